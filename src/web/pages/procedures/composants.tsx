import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { EcheanceProcedure, NiveauEcheance, ResumeProcedure } from "../../api";
import { NonRenseigne } from "../../components/NonRenseigne";
import { formaterJourCivil } from "../vivier/libelles";
import { LIBELLES_NIVEAU_ECHEANCE, SEVERITE_NIVEAU_ECHEANCE, severiteEtat } from "./libelles";

export const TITRE_PROCEDURES = "Mes procédures";

/** A case's state, in the API's words. */
export function BadgeEtatProcedure({ etat, libelle, petit = false }: { etat: string; libelle: string; petit?: boolean }) {
  return (
    <Badge as="span" small={petit} noIcon severity={severiteEtat(etat)}>
      {libelle}
    </Badge>
  );
}

/** How near a deadline is: past in red, near in orange, to come in blue. */
export function BadgeNiveauEcheance({ niveau, petit = true }: { niveau: NiveauEcheance; petit?: boolean }) {
  return (
    <Badge as="span" small={petit} severity={SEVERITE_NIVEAU_ECHEANCE[niveau]}>
      {LIBELLES_NIVEAU_ECHEANCE[niveau]}
    </Badge>
  );
}

/** The first deadline still to meet (the API sorts them by date). */
export const prochaineEcheance = (p: Pick<ResumeProcedure, "echeances">): EcheanceProcedure | undefined => p.echeances[0];

/** A deadline on one line: its level, its day, what it is. */
export function LigneEcheance({ e }: { e: EcheanceProcedure }) {
  return (
    <>
      <BadgeNiveauEcheance niveau={e.niveau} /> <strong>{formaterJourCivil(e.date)}</strong> : {e.libelle}
    </>
  );
}

/** The agent of a case, or « non renseigné » (a partnership convention has none; an erased profile leaves none). */
export function NomAgent({ p }: { p: Pick<ResumeProcedure, "agent"> }) {
  return p.agent === null ? <NonRenseigne /> : <>{`${p.agent.prenom} ${p.agent.nom}`}</>;
}

/** The host or the operator party to the case, when there is one. */
export const autrePartie = (p: Pick<ResumeProcedure, "accueil" | "operateur">) => p.accueil ?? p.operateur;
