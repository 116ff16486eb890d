export const TYPES_ORGANISATION = [
  "collectivite",
  "association_elus",
  "operateur",
  "ministere",
  "ambassade",
  "organisme_partenaire",
  "plateforme",
] as const;
export type TypeOrganisation = (typeof TYPES_ORGANISATION)[number];

export const LIBELLES_TYPE_ORGANISATION: Record<TypeOrganisation, string> = {
  collectivite: "Collectivité territoriale",
  association_elus: "Association d'élus",
  operateur: "Opérateur d'assistance technique",
  ministere: "Ministère",
  ambassade: "Ambassade de France",
  organisme_partenaire: "Organisme partenaire",
  plateforme: "Plateforme Vivier",
};
