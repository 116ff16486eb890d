/**
 * The convention of mise à disposition (annex 2 of the note), drafted by HR: the agent, the
 * employer, the host and where the agent works there, the activities and working conditions, the
 * dates and the share of working time, the reimbursement (or why it is free) and the complement
 * of remuneration, the notice of an early end.
 *
 * The form renders its own « Enregistrer les données » button (CadreDonnees), as the cumul form
 * does; its <form> has the id `idFormulaire`. Each input's id is `idFormulaire` followed by its
 * path in the data (`…-remboursement-montantParPeriode`), and each error of `erreurs` shows under
 * the field of its path (saisieDonnees.ts, repartirErreurs).
 */
import { CadreDonnees, Champ, Groupe, GroupeAgent, GroupePartie, OPTIONS_STATUT, OPTIONS_TYPE_HOTE, useFormulaireDonnees } from "./ChampsDonnees";
import { LIBELLES_PERIODICITE } from "./libelles-donnees";
import { modeleMiseADisposition } from "./miseADisposition";
import type { ProprietesFormulaireDonnees } from "./types";

const MONTANT = "En euros, par exemple 12 500,50.";

export function FormulaireMiseADisposition(p: ProprietesFormulaireDonnees) {
  const f = useFormulaireDonnees(p, modeleMiseADisposition);
  return (
    <CadreDonnees f={f} type="mise_a_disposition" titre="Convention de mise à disposition (annexe 2)">
      <GroupeAgent f={f}>
        <Champ
          f={f}
          chemin="agent.statut"
          options={OPTIONS_STATUT}
          aide="La mise à disposition est ouverte aux fonctionnaires titulaires et, vers certains organismes, aux contractuels en CDI (M1)."
        />
      </GroupeAgent>

      <GroupePartie f={f} chemin="employeur" legende="L'employeur" />

      <GroupePartie f={f} chemin="accueil" legende="L'organisme d'accueil">
        <Champ f={f} chemin="accueil.type" options={OPTIONS_TYPE_HOTE} aide="Un organisme privé ne peut accueillir une mise à disposition (M2)." />
        <Champ f={f} chemin="accueil.affectation" aide="Où l'agent exerce ses fonctions chez l'organisme d'accueil." />
      </GroupePartie>

      <Groupe f={f} legende="Activités et conditions d'emploi">
        <Champ f={f} chemin="activites" aide="Les missions confiées à l'agent, telles que la convention les décrit." />
        <Champ f={f} chemin="conditionsEmploi" aide="Horaires, lieu, congés, encadrement : ce que l'organisme d'accueil fixe." />
      </Groupe>

      <Groupe f={f} legende="Durée et temps de travail">
        <Champ f={f} chemin="dateDebut" enLigne />
        <Champ f={f} chemin="dateFin" enLigne aide="Dernier jour, compris. Trois ans au plus par période (M4)." />
        <Champ f={f} chemin="debutPeriode" aide="Après un renouvellement par avenant, le premier jour de la période en cours ; sinon, laissez vide." />
        <Champ f={f} chemin="quotite" aide="Un pourcentage entier d'un temps complet, de 1 à 100 : 50 pour un mi-temps." />
      </Groupe>

      <Groupe f={f} chemin="remboursement" legende="Remboursement et complément de rémunération">
        <Champ
          f={f}
          chemin="remboursement.gratuite"
          aide="Le remboursement par l'organisme d'accueil est la règle (M3)."
          ouiNon={[
            ["non", "Remboursée par l'organisme d'accueil"],
            ["oui", "Gratuite"],
          ]}
        />
        <Champ f={f} chemin="remboursement.montantParPeriode" enLigne aide={MONTANT} />
        <Champ f={f} chemin="remboursement.periodicite" enLigne options={Object.entries(LIBELLES_PERIODICITE)} />
        <Champ f={f} chemin="remboursement.delaiPaiementJours" aide="Le délai laissé à l'organisme d'accueil pour payer chaque période échue." />
        <Champ f={f} chemin="remboursement.justificationGratuite" aide="Pourquoi l'organisme d'accueil ne rembourse pas (M3) : sans justification, la gratuité est refusée." />
        <Champ f={f} chemin="complementRemuneration" aide={`Versé à l'agent par l'organisme d'accueil. ${MONTANT}`} />
        <Champ f={f} chemin="fraisEtSujetions" aide="Frais de déplacement, de séjour, sujétions : ce que l'organisme d'accueil prend en charge." />
      </Groupe>

      <Groupe f={f} legende="Fin anticipée">
        <Champ f={f} chemin="preavisFinJours" aide="Le préavis, en jours, avant qu'une partie ou l'agent mette fin à la mise à disposition avant son terme." />
      </Groupe>
    </CadreDonnees>
  );
}
