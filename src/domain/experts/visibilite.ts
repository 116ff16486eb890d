/**
 * Who sees a profile, and what of it (PRODUCT.md §2): the agent chooses how far the profile goes —
 * their employer only, also the operators, also the ministry. The same rule serves the profile
 * page, the search, the export and matching: `perimetre` is what a reader may find, turned into a
 * query by the repository; `regard` is how a reader sees one profile. Nobody but the agent and
 * their employer's HR writes to a profile.
 */
import { z } from "zod";
import type { Role } from "../acces/roles";
import type { TypeOrganisation } from "../organisations/types";

export const VISIBILITES = ["employeur", "operateurs", "ministere"] as const;
export type Visibilite = (typeof VISIBILITES)[number];
export const LIBELLES_VISIBILITE: Record<Visibilite, string> = {
  employeur: "Mon employeur seulement",
  operateurs: "Mon employeur et les opérateurs (Expertise France…)",
  ministere: "Mon employeur, les opérateurs et le ministère de l'Europe et des Affaires étrangères",
};

export const schemaConsentement = z.strictObject({
  visibilite: z.enum(VISIBILITES, { error: `visibilité attendue : ${VISIBILITES.join(", ")}` }),
  maintienApresRetraite: z.boolean({ error: "maintienApresRetraite vaut true ou false" }),
});
export type Consentement = z.output<typeof schemaConsentement>;

export type Lecteur = { utilisateurId: string; organisationId: string; role: Role };
export type ProfilVu = { organisationId: string; utilisateurId: string | null; visibilite: Visibilite };

/**
 * How a reader sees a profile: as its holder, as the employer's HR or international relations,
 * as an operator or as the ministry (within the consent); null: not at all.
 */
export type Regard = "titulaire" | "employeur" | "operateur" | "ministere";

/** The employer's roles that see and keep the pool of their own agents. */
export const ROLES_EMPLOYEUR: readonly Role[] = ["gestionnaire_rh", "charge_ri"];
/** The roles of the ministry that see the profiles consented to it. */
export const ROLES_MINISTERE: readonly Role[] = ["agent_daect", "membre_comite"];
/** The visibilities each outside reader may see. */
const VISIBILITES_ADMISES: Partial<Record<Role, readonly Visibilite[]>> = {
  operateur: ["operateurs", "ministere"],
  agent_daect: ["ministere"],
  membre_comite: ["ministere"],
};

/** What a reader may find: the repository turns it into a WHERE clause. */
export type Perimetre = {
  utilisateurId: string;
  /** The employer whose whole pool the reader sees (HR, international relations). */
  organisationEmployeur: string | null;
  /** Profiles of any employer consented at one of these levels. */
  visibilites: readonly Visibilite[];
};

export function perimetre(lecteur: Lecteur): Perimetre {
  return {
    utilisateurId: lecteur.utilisateurId,
    organisationEmployeur: ROLES_EMPLOYEUR.includes(lecteur.role) ? lecteur.organisationId : null,
    visibilites: VISIBILITES_ADMISES[lecteur.role] ?? [],
  };
}

export function regard(lecteur: Lecteur, profil: ProfilVu): Regard | null {
  if (profil.utilisateurId !== null && profil.utilisateurId === lecteur.utilisateurId) return "titulaire";
  const p = perimetre(lecteur);
  if (p.organisationEmployeur === profil.organisationId) return "employeur";
  if (!p.visibilites.includes(profil.visibilite)) return null;
  return lecteur.role === "operateur" ? "operateur" : "ministere";
}

/** The organisation that owns a mission (issue 6): matching shows it experts, not a person's account. */
export type Proprietaire = { id: string; type: TypeOrganisation };

/**
 * The role through which a mission's owner reads the pool: an operator as the operators, the
 * ministry as the DAECT, a collectivité (decentralised cooperation) or an association of elected
 * officials as the employer of its own agents and nobody else's; any other organisation, nobody.
 */
const LECTEUR_PROPRIETAIRE: Partial<Record<TypeOrganisation, Role>> = {
  operateur: "operateur",
  ministere: "agent_daect",
  collectivite: "charge_ri",
  association_elus: "charge_ri",
};
/** An organisation holds no profile: the holder's branch of its perimeter must match none (no account has the nil UUID). */
const AUCUN_TITULAIRE = "00000000-0000-0000-0000-000000000000";
const lecteurProprietaire = (o: Proprietaire): Lecteur | undefined => {
  const role = LECTEUR_PROPRIETAIRE[o.type];
  return role && { utilisateurId: AUCUN_TITULAIRE, organisationId: o.id, role };
};

/** What matching may show a mission's owner: `perimetre` of the role it reads the pool through. */
export function perimetreDuProprietaire(o: Proprietaire): Perimetre {
  const lecteur = lecteurProprietaire(o);
  return lecteur ? perimetre(lecteur) : { utilisateurId: AUCUN_TITULAIRE, organisationEmployeur: null, visibilites: [] };
}

/** How a mission's owner sees a profile, by the same rule; null: not at all. */
export function regardDuProprietaire(o: Proprietaire, profil: Pick<ProfilVu, "organisationId" | "visibilite">): Regard | null {
  const lecteur = lecteurProprietaire(o);
  return lecteur ? regard(lecteur, { ...profil, utilisateurId: null }) : null;
}

/** The agent and their employer's HR write to a profile; nobody else (not even international relations). */
export const peutModifier = (lecteur: Lecteur, r: Regard | null) => r === "titulaire" || (r === "employeur" && lecteur.role === "gestionnaire_rh");
/** Only the agent chooses their consent. */
export const peutConsentir = (r: Regard | null) => r === "titulaire";

/** The fields kept from readers outside the employer: contact by phone, identifiers, dates of life. */
export const CHAMPS_RESERVES_EMPLOYEUR = ["telephone", "numeroAgent", "dateNaissance", "dateRetraitePrevue"] as const;

type ChampReserve = (typeof CHAMPS_RESERVES_EMPLOYEUR)[number];
export type Projete<T> = Omit<T, ChampReserve> & Partial<Pick<T, Extract<keyof T, ChampReserve>>>;

/** A profile as a reader sees it: outside readers do not get the employer's fields. */
export function projeter<T extends object>(profil: T, r: Regard): Projete<T> {
  if (r === "titulaire" || r === "employeur") return profil;
  const copie = { ...profil } as Record<string, unknown>;
  for (const champ of CHAMPS_RESERVES_EMPLOYEUR) delete copie[champ];
  return copie as Projete<T>;
}
