import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import type { AccordEmployeur, EtatCandidature, EtatMission, EtapeHistorique } from "../../api";
import { formaterDate } from "../../components/dates";
import { Valeur } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import {
  libelleAccord,
  libelleEtatCandidature,
  libelleEtatMission,
  SEVERITE_ACCORD,
  SEVERITE_ETAT_CANDIDATURE,
  SEVERITE_ETAT_MISSION,
} from "./libelles";

/** A mission's state; the API's label when it gives one. */
export function BadgeEtatMission({ etat, libelle, petit = false }: { etat: EtatMission; libelle?: string; petit?: boolean }) {
  return (
    <Badge as="span" small={petit} noIcon severity={SEVERITE_ETAT_MISSION[etat]}>
      {libelle ?? libelleEtatMission(etat)}
    </Badge>
  );
}

export function BadgeEtatCandidature({ etat, petit = false }: { etat: EtatCandidature; petit?: boolean }) {
  return (
    <Badge as="span" small={petit} noIcon severity={SEVERITE_ETAT_CANDIDATURE[etat]}>
      {libelleEtatCandidature(etat)}
    </Badge>
  );
}

export function BadgeAccord({ accord, petit = false }: { accord: AccordEmployeur; petit?: boolean }) {
  return (
    <Badge as="span" small={petit} noIcon severity={SEVERITE_ACCORD[accord]}>
      {libelleAccord(accord)}
    </Badge>
  );
}

/** A candidacy's state and its employer's agreement, side by side. */
export function BadgesCandidature({ etat, accord, petit = false }: { etat: EtatCandidature; accord: AccordEmployeur; petit?: boolean }) {
  return (
    <ul className={fr.cx("fr-badges-group")}>
      <li>
        <BadgeEtatCandidature etat={etat} petit={petit} />
      </li>
      {accord !== "non_requis" && (
        <li>
          <BadgeAccord accord={accord} petit={petit} />
        </li>
      )}
    </ul>
  );
}

/**
 * The history of a mission or a candidacy: every step (from a state to the next, or the
 * employer's agreement changing), who took it and why. `etat` names the states.
 */
export function Historique<E extends string>({ legende, lignes, etat }: { legende: string; lignes: EtapeHistorique<E>[]; etat: (code: E) => string }) {
  if (lignes.length === 0) return <p>Aucune étape enregistrée.</p>;
  return (
    <Tableau sansLegende legende={legende} entetes={["Date", "Étape", "Par", "Motif"]}>
      {lignes.map((l, i) => (
        <tr key={`${l.horodatage}-${i}`}>
          <td>{formaterDate(l.horodatage)}</td>
          <th scope="row" className={fr.cx("fr-cell--multiline")}>
            {l.de === null ? `Création : ${etat(l.vers)}` : l.de === l.vers ? etat(l.vers) : `${etat(l.de)} → ${etat(l.vers)}`}
            {l.accordVers !== undefined && l.accordVers !== null && l.accordVers !== l.accordDe && (
              <>
                <br />
                {libelleAccord(l.accordVers)}
              </>
            )}
          </th>
          <td>{l.acteur ?? "Automatiquement"}</td>
          <td className={fr.cx("fr-cell--multiline")}><Valeur>{l.motif}</Valeur></td>
        </tr>
      ))}
    </Tableau>
  );
}

/** What a page hands the page it leads to (history state), for that one to say it: « Le projet est créé. » */
export const etatAnnonce = (annonce: string) => ({ annonce });

const lireAnnonce = (state: unknown) =>
  typeof state === "object" && state !== null && "annonce" in state && typeof state.annonce === "string" ? state.annonce : undefined;

/**
 * The message handed by the page before (see etatAnnonce), once, at the top of this one: taken
 * out of the history entry as soon as it is shown, so that reloading the page does not say it again.
 */
export function AnnonceNavigation() {
  const { pathname, search, state } = useLocation();
  const navigate = useNavigate();
  const [annonce] = useState(() => lireAnnonce(state));
  useEffect(() => {
    if (lireAnnonce(state) !== undefined) navigate(`${pathname}${search}`, { replace: true, state: null });
  }, [navigate, pathname, search, state]);
  if (annonce === undefined) return null;
  return <Alert className={fr.cx("fr-mb-3w")} severity="success" small role="status" description={annonce} />;
}
