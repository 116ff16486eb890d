/**
 * Rule T5: when a new session pushes an agent's total on a project across a threshold, the switch
 * is recommended for the remaining days only — days already done keep their instrument.
 */
export type Tranche = "T1" | "T2" | "T3";
export type Seuils = { miseADisposition: number; detachement: number };

/** The note's bracket of a total (T4: "under 6", "6 to 130", "over 130"). */
export function tranche(jours: number, seuils: Seuils): Tranche {
  if (jours < seuils.miseADisposition) return "T1";
  return jours <= seuils.detachement ? "T2" : "T3";
}

export type Franchissement = { avant: number; apres: number; de: Tranche; vers: Tranche; message: string };

const INSTRUMENT_DE: Record<Tranche, string> = { T1: "le cumul d'activités", T2: "la mise à disposition", T3: "le détachement ou la disponibilité" };
const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

export function franchissementDeSeuil(avant: number, apres: number, seuils: Seuils): Franchissement | undefined {
  const de = tranche(avant, seuils);
  const vers = tranche(apres, seuils);
  if (de === vers) return undefined;
  return {
    avant,
    apres,
    de,
    vers,
    message:
      `Le total passe de ${nombre.format(avant)} à ${nombre.format(apres)} jours d'expertise sur le projet : la note recommande ` +
      `désormais ${INSTRUMENT_DE[vers]} pour les jours restants. Les jours déjà faits gardent leur instrument (${INSTRUMENT_DE[de]}).`,
  };
}
