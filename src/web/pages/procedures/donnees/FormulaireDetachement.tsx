/**
 * The détachement (LEGAL.md D1–D4): the agent (a titulaire), the host and the functions there,
 * short or long with its dates (and the current period of a renewed long one), whether the agent
 * serves abroad, whether it is a cooperation mission and then the prior convention (D3b), the
 * notice.
 *
 * The form renders its own « Enregistrer les données » button (CadreDonnees), as the cumul form
 * does; its <form> has the id `idFormulaire`. Each input's id is `idFormulaire` followed by its
 * path in the data (`…-conventionPrealable-reference`), and each error of `erreurs` shows under
 * the field or group of its path (saisieDonnees.ts, repartirErreurs).
 */
import { CadreDonnees, Champ, Groupe, GroupeAgent, GroupePartie, OPTIONS_STATUT, OPTIONS_TYPE_HOTE, useFormulaireDonnees } from "./ChampsDonnees";
import { avecConventionPrealable, modeleDetachement } from "./detachement";
import { LIBELLES_TYPE_DETACHEMENT } from "./libelles-donnees";
import type { ProprietesFormulaireDonnees } from "./types";

// The durations as the domain checks them (detachement-donnees.ts, D3 and D4).
const AIDES_TYPE: Partial<Record<string, string>> = {
  courte_duree: "Six mois au plus, un an pour servir à l'étranger ; non renouvelable (D3).",
  longue_duree: "Plus de six mois, cinq ans au plus par période ; renouvelable (D4).",
};

export function FormulaireDetachement(p: ProprietesFormulaireDonnees) {
  const f = useFormulaireDonnees(p, modeleDetachement);
  return (
    <CadreDonnees f={f} type="detachement" titre="Détachement">
      <GroupeAgent f={f}>
        <Champ f={f} chemin="agent.statut" options={OPTIONS_STATUT} aide="Le détachement est réservé aux fonctionnaires titulaires (D1)." />
      </GroupeAgent>

      <GroupePartie f={f} chemin="accueil" legende="L'organisme d'accueil">
        <Champ f={f} chemin="accueil.type" options={OPTIONS_TYPE_HOTE} />
      </GroupePartie>

      <Groupe f={f} legende="Les fonctions">
        <Champ f={f} chemin="fonctions" aide="Ce que l'agent fera auprès de l'organisme d'accueil." />
      </Groupe>

      <Groupe f={f} legende="Durée">
        <Champ f={f} chemin="type" options={Object.entries(LIBELLES_TYPE_DETACHEMENT)} aides={AIDES_TYPE} />
        <Champ f={f} chemin="dateDebut" enLigne />
        <Champ f={f} chemin="dateFin" enLigne aide="Dernier jour, compris." />
        <Champ f={f} chemin="debutPeriode" aide="Après un renouvellement, le premier jour de la période en cours ; sinon, laissez vide." />
        <Champ f={f} chemin="preavisMois" aide="Le préavis, en mois, pour mettre fin au détachement avant son terme." />
      </Groupe>

      <Groupe f={f} legende="La mission">
        <Champ f={f} chemin="aLEtranger" aide="Un détachement de courte durée pour servir à l'étranger peut durer un an." />
        <Champ f={f} chemin="cooperation" aide="Une mission de coopération demande une convention préalable entre l'employeur et l'organisme d'accueil (D3b)." />
      </Groupe>

      {avecConventionPrealable(f.valeurs) && (
        <Groupe f={f} chemin="conventionPrealable" legende="La convention préalable" aide="Signée avant l'accord de l'organisme d'accueil et l'arrêté (D3b).">
          <Champ f={f} chemin="conventionPrealable.reference" enLigne />
          <Champ f={f} chemin="conventionPrealable.signeeLe" enLigne />
        </Groupe>
      )}
    </CadreDonnees>
  );
}
