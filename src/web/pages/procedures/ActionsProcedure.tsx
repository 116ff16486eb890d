import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { declencherEvenementProcedure, ErreurApi, type EvenementPossibleProcedure, type Procedure } from "../../api";
import { phrase, versErreurApi } from "../../components/formulaire";
import { majuscule } from "../missions/libelles";
import { manquantEnMots } from "./donnees/libelles-donnees";
import { FormulaireAction } from "./FormulaireAction";
import { FormulaireAvenant } from "./FormulaireAvenant";
import { type ApresEvenement, demandeUneSaisie, estAvenant, phraseApres } from "./saisie-evenement";

type Props = {
  p: Procedure;
  /** The case as the API answered the event, and the sentence that says what happened. */
  apres: ApresEvenement;
  /** Says a failure that no field shows (a state that changed meanwhile: 409). */
  signaler: (texte: string) => void;
  /** The data's errors a step found (a deposit refused for what the request lacks), for the data's form. */
  signalerDonnees: (erreurs: { champ: string; message: string }[]) => void;
};

const ID = "procedure-action";
const idBouton = (e: string) => `${ID}-${e}`;
const idRaison = (e: string) => `${ID}-${e}-raison`;
const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/** « Grade : le grade est obligatoire ». */
const enMots = (p: Procedure, x: { champ: string; message: string }) => {
  const m = manquantEnMots(p.type, x);
  return `${m.libelle} : ${m.message}`;
};

/** Whether what blocks an action is what the data section already lists as missing (said there once). */
const dansLesManquants = (p: Procedure, erreurs: readonly { champ: string }[]) => erreurs.every((x) => p.manquants.some((m) => m.champ === x.champ));

/**
 * Why an action is blocked, without the list of its field errors when they are listed below it
 * (a guard's reason reads « la demande ne peut être déposée : le nom est obligatoire ; … »).
 */
const raisonSeule = (b: NonNullable<EvenementPossibleProcedure["bloquee"]>) =>
  b.erreurs !== undefined && b.erreurs.length > 0 && b.raison.includes(" : ") ? b.raison.slice(0, b.raison.indexOf(" : ")) : b.raison;

/**
 * « Prochaines actions »: one button per action the person may take now. One that asks inputs
 * (an opinion, a legal ground, dates…) or a reason opens its small form in place, its first field
 * focused; one the case does not allow yet is shown disabled, with why and what is missing.
 */
export function ActionsProcedure({ p, apres, signaler, signalerDonnees }: Props) {
  const [ouverte, setOuverte] = useState<string | undefined>(undefined);
  const [enCours, setEnCours] = useState(false);
  const possibles = p.evenementsPossibles.filter((e) => e.bloquee === undefined);
  const bloquees = p.evenementsPossibles.filter((e) => e.bloquee !== undefined);
  const formulaire = p.evenementsPossibles.find((e) => e.evenement === ouverte);

  if (p.evenementsPossibles.length === 0) {
    return <p>{p.termine ? "La procédure est terminée : plus aucune action n'est attendue." : "Aucune action ne vous revient pour l'instant."}</p>;
  }

  async function enUnClic(e: EvenementPossibleProcedure) {
    setEnCours(true);
    try {
      const r = await declencherEvenementProcedure(p.id, { evenement: e.evenement });
      apres(r, phraseApres(p, r, e.libelle));
    } catch (erreur) {
      const api = versErreurApi(erreur, `Impossible de ${e.libelle}.`);
      const erreurs = erreur instanceof ErreurApi ? (api.probleme.erreurs ?? []) : [];
      if (erreurs.length > 0) signalerDonnees(erreurs);
      signaler(
        erreurs.length > 0
          ? `${phrase(api.probleme.detail)} ${erreurs.map((x) => enMots(p, x)).join(" ; ")}.`
          : phrase(api.probleme.detail || `Impossible de ${e.libelle}`),
      );
    } finally {
      setEnCours(false);
    }
  }

  function fermer() {
    const bouton = ouverte === undefined ? undefined : idBouton(ouverte);
    setOuverte(undefined);
    if (bouton !== undefined) focaliser(bouton);
  }

  return (
    <>
      {possibles.length > 0 && (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          {possibles.map((e, i) => {
            const saisie = demandeUneSaisie(e) || estAvenant(p.type, e);
            return (
              <li key={e.evenement}>
                <Button
                  id={idBouton(e.evenement)}
                  priority={i === 0 && !e.motifObligatoire ? "primary" : "secondary"}
                  disabled={enCours}
                  aria-expanded={saisie ? ouverte === e.evenement : undefined}
                  aria-controls={saisie ? `${ID}-formulaire` : undefined}
                  onClick={() => {
                    if (!saisie) return void enUnClic(e);
                    setOuverte(e.evenement);
                  }}
                >
                  {majuscule(e.libelle)}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div id={`${ID}-formulaire`}>
        {formulaire !== undefined &&
          (estAvenant(p.type, formulaire) ? (
            <FormulaireAvenant key={formulaire.evenement} p={p} action={formulaire} apres={apres} fermer={fermer} />
          ) : (
            <FormulaireAction key={formulaire.evenement} p={p} action={formulaire} apres={apres} fermer={fermer} />
          ))}
      </div>
      {bloquees.length > 0 && (
        <>
          <h3 className={fr.cx("fr-h6", "fr-mt-2w")}>Actions bloquées, et pourquoi</h3>
          <ul className={fr.cx("fr-raw-list")}>
            {bloquees.map((e) => (
              <li key={e.evenement} className={fr.cx("fr-mb-3w")}>
                <Button id={idBouton(e.evenement)} priority="secondary" disabled aria-describedby={idRaison(e.evenement)}>
                  {majuscule(e.libelle)}
                </Button>
                <div id={idRaison(e.evenement)} className={fr.cx("fr-mt-1w")}>
                  <p className={fr.cx("fr-mb-1w")}>{phrase(raisonSeule(e.bloquee!))}</p>
                  {e.bloquee!.erreurs !== undefined && e.bloquee!.erreurs.length > 0 &&
                    (dansLesManquants(p, e.bloquee!.erreurs) ? (
                      <p>
                        Ce qui manque est listé dans la section{" "}
                        <a
                          href="#procedure-section-donnees"
                          onClick={(ev) => {
                            // Focus, not just scroll: the reader goes on from the section.
                            ev.preventDefault();
                            document.getElementById("procedure-section-donnees")?.focus();
                          }}
                        >
                          « Données »
                        </a>
                        .
                      </p>
                    ) : (
                      <ul>
                        {e.bloquee!.erreurs.map((x) => (
                          <li key={`${x.champ}-${x.message}`}>{enMots(p, x)}</li>
                        ))}
                      </ul>
                    ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
