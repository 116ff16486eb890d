/**
 * The ordre de mission for a mission on work time, and the employer's safety and insurance
 * checklist (the note, II-A-1): the agent, the framework and the object, the destination and the
 * dates, the transport and the costs, then the country's travel advice level and when it was
 * read, the traveller's registration on Ariane, the assistance and repatriation insurance. The
 * checklist may be filled in over time: the order goes to signature once nothing is missing.
 *
 * The countries are read from the API first: without them no destination could be offered.
 *
 * The form renders its own « Enregistrer les données » button (CadreDonnees), as the cumul form
 * does; its <form> has the id `idFormulaire`. Each input's id is `idFormulaire` followed by its
 * path in the data (`…-securite-assurance-assureur`), and each error of `erreurs` shows under the
 * field or group of its path (saisieDonnees.ts, repartirErreurs).
 */
import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { type Pays, rechercherPays, useRequete } from "../../../api";
import { AlerteErreur } from "../../../components/AlerteErreur";
import { LIBELLES_CADRE } from "../../simulateur/saisie";
import { CadreDonnees, Champ, Element, Groupe, GroupeAgent, useFormulaireDonnees } from "./ChampsDonnees";
import { LIBELLES_MODE_TRANSPORT, LIBELLES_NIVEAU_VIGILANCE } from "./libelles-donnees";
import { cocher, MODES, modeleOrdreDeMission } from "./ordreDeMission";
import type { ProprietesFormulaireDonnees } from "./types";

const CADRES = Object.entries(LIBELLES_CADRE).map(([code, { libelle }]): [string, string] => [code, libelle]);
const AIDES_CADRE = Object.fromEntries(Object.entries(LIBELLES_CADRE).map(([code, { aide }]) => [code, aide]));
const MODES_TRANSPORT = Object.entries(LIBELLES_MODE_TRANSPORT);
const ORDRE_DES_MODES = Object.keys(LIBELLES_MODE_TRANSPORT);

/** A link of France Diplomatie, in a new window so that the form being filled in stays as it is. */
const LienExterne = ({ href, children }: { href: string; children: string }) => (
  <a href={href} target="_blank" rel="noopener noreferrer" title={`${children} - nouvelle fenêtre`}>
    {children}
  </a>
);

export function FormulaireOrdreDeMission(p: ProprietesFormulaireDonnees) {
  const pays = useRequete("pays", (signal) => rechercherPays("", signal));
  if (pays.etat === "chargement") return <p role="status">Chargement du formulaire…</p>;
  if (pays.etat === "erreur") return <AlerteErreur erreur={pays.erreur} titre="Le formulaire n'a pas pu être chargé" />;
  return <Champs {...p} pays={pays.donnees.resultats} />;
}

function Champs({ pays, ...p }: ProprietesFormulaireDonnees & { pays: Pays[] }) {
  const f = useFormulaireDonnees(p, modeleOrdreDeMission);
  const { modes } = f.saisie;
  const erreurModes = f.erreur(MODES);
  return (
    <CadreDonnees f={f} type="ordre_de_mission" titre="Ordre de mission">
      <GroupeAgent f={f}>
        <Champ f={f} chemin="agent.service" />
      </GroupeAgent>

      <Groupe f={f} legende="La mission">
        <Champ f={f} chemin="cadre" options={CADRES} aides={AIDES_CADRE} />
        <Champ f={f} chemin="objet" aide="Ce que l'agent va faire, pour qui." />
        <Champ f={f} chemin="depart" enLigne />
        <Champ f={f} chemin="retour" enLigne aide="Voyage compris : sept jours au plus pour une mission EXPE-CT." />
      </Groupe>

      <Groupe f={f} chemin="destination" legende="La destination">
        <Champ f={f} chemin="destination.pays" enLigne options={pays.map((x) => [x.code, x.nom])} />
        <Champ f={f} chemin="destination.ville" enLigne />
      </Groupe>

      <Groupe f={f} chemin="transport" legende="Le transport et les frais">
        <Element>
          <Checkbox
            id={f.id(MODES)}
            legend="Modes de transport"
            hintText="Tous ceux du voyage, aller et retour."
            orientation="horizontal"
            state={erreurModes === undefined ? "default" : "error"}
            stateRelatedMessage={erreurModes}
            // A mode the data holds that the list does not (an older one) stays, ticked, so that it is not lost.
            options={[...MODES_TRANSPORT, ...modes.filter((m) => !ORDRE_DES_MODES.includes(m)).map((m) => [m, m])].map(([code = "", libelle]) => ({
              label: libelle,
              nativeInputProps: {
                value: code,
                checked: modes.includes(code),
                onChange: (e) => f.setSaisie((s) => ({ ...s, modes: cocher(s.modes, code, e.target.checked, ORDRE_DES_MODES) })),
              },
            }))}
          />
        </Element>
        <Champ f={f} chemin="transport.precisions" aide="Horaires, compagnie, location d'un véhicule sur place…" />
        <Champ f={f} chemin="priseEnChargeFrais" aide="Qui paie le voyage, l'hébergement et les repas, et comment (frais réels, per diem)." />
      </Groupe>

      <Groupe
        f={f}
        chemin="securite"
        legende="La sécurité du voyageur"
        aide="Ce que l'employeur vérifie avant le départ : l'ordre ne part à la signature qu'une fois la liste complète."
      >
        <Element>
          <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
            Le niveau de vigilance se lit sur la fiche du pays des{" "}
            <LienExterne href="https://www.diplomatie.gouv.fr/fr/conseils-aux-voyageurs/">Conseils aux voyageurs</LienExterne> ; le voyageur s'inscrit sur{" "}
            <LienExterne href="https://pastel.diplomatie.gouv.fr/fildariane/">Ariane</LienExterne>.
          </p>
        </Element>
        <Champ f={f} chemin="securite.niveauVigilance" options={Object.entries(LIBELLES_NIVEAU_VIGILANCE)} aide="Celui de la destination, ville ou région comprise." />
        <Champ f={f} chemin="securite.vigilanceConsulteeLe" aide="Le jour où la fiche du pays a été lue : aujourd'hui ou avant." />
        <Champ f={f} chemin="securite.inscriptionAriane" />
      </Groupe>

      <Groupe f={f} chemin="securite.assurance" legende="L'assurance">
        <Champ f={f} chemin="securite.assurance.rapatriement" />
        <Champ f={f} chemin="securite.assurance.assureur" enLigne />
        <Champ f={f} chemin="securite.assurance.contrat" enLigne />
      </Groupe>
    </CadreDonnees>
  );
}
