import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { modifierDonneesProcedure, type Procedure } from "../../api";
import { AffichageDonnees } from "./donnees/AffichageDonnees";
import { FormulaireDonnees } from "./donnees";
import { manquantEnMots, phraseEnregistrement } from "./donnees/libelles-donnees";
import type { ApresEvenement } from "./saisie-evenement";

type Props = {
  p: Procedure;
  apres: ApresEvenement;
  /** What a step found missing in the data (a deposit refused), to show under the fields. */
  erreursEtape: { champ: string; message: string }[];
};

const ID = "procedure-donnees";
const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);
/** The form opened: its first field, ready to fill in (the form is the procedure's own: found in the page). */
const focaliserPremierChamp = () =>
  window.setTimeout(() => document.getElementById(`${ID}-edition`)?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus(), 0);

/**
 * « Données »: what the case's document still lacks, its data read-only and in words, and, while
 * the person may change it, its form (the procedure's own, see donnees/index.tsx). The form opens
 * on demand; once a save was made, it shows what is still missing under each field.
 */
export function DonneesProcedure({ p, apres, erreursEtape }: Props) {
  const [edition, setEdition] = useState(false);
  const [dejaEnregistre, setDejaEnregistre] = useState(false);
  const erreurs = erreursEtape.length > 0 ? erreursEtape : dejaEnregistre ? p.manquants : [];
  const libelleBouton = Object.keys(p.donnees).length === 0 || p.manquants.length > 0 ? "Compléter les données" : "Modifier les données";

  async function enregistrer(donnees: Record<string, unknown>) {
    const r = await modifierDonneesProcedure(p.id, donnees);
    setEdition(false);
    setDejaEnregistre(true);
    apres(r, phraseEnregistrement(r.manquants.length));
  }

  return (
    <section aria-labelledby="procedure-section-donnees" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-section-donnees" tabIndex={-1}>
        Données
      </h2>
      {p.manquants.length > 0 && !p.termine && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          as="h3"
          title="Ce qui manque encore"
          description={
            <>
              <p>Les étapes suivantes le demandent{p.modifiable ? " : complétez les données." : "."}</p>
              <ul>
                {p.manquants.map((m) => {
                  const e = manquantEnMots(p.type, m);
                  return (
                    <li key={`${m.champ}-${m.message}`}>
                      {e.libelle} : {e.message}
                    </li>
                  );
                })}
              </ul>
            </>
          }
        />
      )}
      {p.modifiable && !edition && (
        <Button
          id={`${ID}-modifier`}
          className={fr.cx("fr-mb-3w")}
          iconId="fr-icon-edit-line"
          aria-expanded={false}
          aria-controls={`${ID}-edition`}
          onClick={() => {
            setEdition(true);
            focaliserPremierChamp();
          }}
        >
          {libelleBouton}
        </Button>
      )}
      <div id={`${ID}-edition`}>
        {edition && (
          <>
            <FormulaireDonnees type={p.type} donnees={p.donnees} enregistrer={enregistrer} erreurs={erreurs} idFormulaire={ID} />
            <Button
              className={fr.cx("fr-mt-2w")}
              type="button"
              priority="tertiary"
              onClick={() => {
                setEdition(false);
                focaliser(`${ID}-modifier`);
              }}
            >
              Fermer le formulaire sans enregistrer
            </Button>
          </>
        )}
      </div>
      {!edition && <AffichageDonnees type={p.type} donnees={p.donnees} />}
      {!p.modifiable && !p.termine && <p className={fr.cx("fr-hint-text", "fr-mt-2w")}>Les données ne se modifient plus à cette étape, ou pas par vous.</p>}
    </section>
  );
}
