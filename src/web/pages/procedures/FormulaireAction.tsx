import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useEffect, useState } from "react";
import { declencherEvenementProcedure, ErreurApi, type EvenementPossibleProcedure, type Procedure } from "../../api";
import { ChampChoix, ChampSaisie, ChampTexteLong } from "../../components/Champs";
import { AlerteFormulaire, useFormulaire } from "../../components/formulaire";
import { majuscule } from "../missions/libelles";
import { Options } from "../vivier/ChampsProfilEntrees";
import { manquantEnMots } from "./donnees/libelles-donnees";
import { type ApresEvenement, champDeLErreur, type ChampEvenement, champsEvenement, phraseApres, valeursVides, versCorpsEvenement } from "./saisie-evenement";

const ID = "procedure-saisie";
const MOTIF_MAX = 2000;

/** The id of an input; a group of radio buttons or a box is focused on its first input (the DSFR names it `<group id>-0`). */
const idDe = (c: ChampEvenement) => `${ID}-${c.champ.replace(/\./g, "-")}`;
const idFocus = (c: ChampEvenement) => (c.genre === "boutons" || c.genre === "case" ? `${idDe(c)}-0` : idDe(c));

type Props = { p: Procedure; action: EvenementPossibleProcedure; apres: ApresEvenement; fermer: () => void };

/** The API's error with its inputs' names as the form has them, and the data's fields in words for the alert above. */
function versErreurDuFormulaire(erreur: unknown, p: Procedure, champs: readonly ChampEvenement[]): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.probleme.erreurs === undefined) return erreur;
  const noms = new Set(champs.map((c) => c.champ));
  const erreurs = erreur.probleme.erreurs.map((e) => {
    const champ = champDeLErreur(e.champ);
    if (noms.has(champ)) return { ...e, champ };
    const m = manquantEnMots(p.type, e);
    return { champ: m.libelle, message: m.message };
  });
  return new ErreurApi({ ...erreur.probleme, erreurs });
}

/**
 * The small form of one action: its inputs with their widgets (an opinion in radio buttons, a
 * legal ground in a list, dates, a number, a box, a reason), sent with the event. The API's field
 * errors show under their field, focused; its success closes the form and is announced.
 */
export function FormulaireAction({ p, action, apres, fermer }: Props) {
  const champs = champsEvenement(action);
  const [valeurs, setValeurs] = useState(() => valeursVides(champs));
  const ids = Object.fromEntries(champs.map((c) => [c.champ, idFocus(c)]));
  const formulaire = useFormulaire(ids);
  const erreurs: Partial<Record<string, string>> = formulaire.champs;
  const titreId = `${ID}-titre`;
  const libelle = majuscule(action.libelle);
  const premier = champs[0];

  // The form opened: its first field, ready to fill in.
  useEffect(() => {
    if (premier !== undefined) document.getElementById(idFocus(premier))?.focus();
    // Once, when this action's form opens (it is keyed by the action).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function soumettre() {
    const envoyees = valeurs;
    void formulaire.envoyer(async () => {
      try {
        const r = await declencherEvenementProcedure(p.id, versCorpsEvenement(action.evenement, champs, envoyees));
        apres(r, phraseApres(p, r, action.libelle));
      } catch (erreur) {
        throw versErreurDuFormulaire(erreur, p, champs);
      }
    }, `Impossible de ${action.libelle}.`);
  }

  const changer = (champ: string) => (v: string) => setValeurs((x) => ({ ...x, [champ]: v }));
  const etiquette = (c: ChampEvenement) => `${c.libelle}${c.facultatif ? " (facultatif)" : ""}`;

  function champ(c: ChampEvenement) {
    const commun = { id: idDe(c), label: etiquette(c), hintText: c.aide, erreur: erreurs[c.champ], valeur: valeurs[c.champ] ?? "", changer: changer(c.champ) };
    const etat = { state: erreurs[c.champ] === undefined ? ("default" as const) : ("error" as const), stateRelatedMessage: erreurs[c.champ] };
    switch (c.genre) {
      case "boutons":
        return (
          <RadioButtons
            id={idDe(c)}
            name={idDe(c)}
            legend={etiquette(c)}
            hintText={c.aide}
            orientation="horizontal"
            {...etat}
            options={(c.options ?? []).map(([code, texte]) => ({
              label: texte,
              nativeInputProps: { value: code, checked: valeurs[c.champ] === code, onChange: () => changer(c.champ)(code) },
            }))}
          />
        );
      case "case":
        return (
          <Checkbox
            id={idDe(c)}
            {...etat}
            options={[
              {
                label: c.libelle,
                hintText: c.aide,
                nativeInputProps: { checked: valeurs[c.champ] === "oui", onChange: (e) => changer(c.champ)(e.target.checked ? "oui" : "") },
              },
            ]}
          />
        );
      case "choix":
        return (
          <ChampChoix {...commun} required={!c.facultatif}>
            <Options vide="Choisir" options={(c.options ?? []).map(([code, texte]) => [code, texte])} />
          </ChampChoix>
        );
      case "texteLong":
        return <ChampTexteLong {...commun} rows={3} maxLength={c.champ === "motif" ? MOTIF_MAX : 20_000} required={!c.facultatif} />;
      case "date":
        return <ChampSaisie {...commun} type="date" required={!c.facultatif} />;
      case "nombre":
        return <ChampSaisie {...commun} type="number" inputMode="numeric" step={1} required={!c.facultatif} />;
      case "montant":
        return <ChampSaisie {...commun} inputMode="decimal" required={!c.facultatif} />;
      default:
        return <ChampSaisie {...commun} required={!c.facultatif} />;
    }
  }

  return (
    <section aria-labelledby={titreId} className={fr.cx("fr-mb-4w", "fr-p-3w")} style={{ background: "var(--background-alt-grey)" }}>
      <h3 id={titreId} className={fr.cx("fr-h5")}>
        {libelle}
      </h3>
      <AlerteFormulaire erreur={formulaire.generale} zone={formulaire.zoneAlerte} titre={`Impossible de ${action.libelle}`} />
      <form
        noValidate
        aria-labelledby={titreId}
        onSubmit={(e) => {
          e.preventDefault();
          soumettre();
        }}
      >
        {champs.some((c) => c.facultatif) && <p className={fr.cx("fr-hint-text")}>Les champs sans mention « facultatif » sont obligatoires.</p>}
        {champs.map((c) => (
          <div key={c.champ} className={fr.cx("fr-mb-2w")}>
            {champ(c)}
          </div>
        ))}
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--sm")}>
          <li>
            <Button type="submit" disabled={formulaire.envoi}>
              Confirmer : {action.libelle}
            </Button>
          </li>
          <li>
            <Button type="button" priority="tertiary" onClick={fermer}>
              Annuler
            </Button>
          </li>
        </ul>
      </form>
    </section>
  );
}
