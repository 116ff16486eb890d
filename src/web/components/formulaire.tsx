import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type ReactNode, type RefObject, useRef, useState } from "react";
import { ErreurApi } from "../api";
import { AlerteErreur } from "./AlerteErreur";

/**
 * A form's errors, as the API gives them (RFC 9457 problem with `erreurs: [{champ, message}]`):
 * each field's message goes under that field, and the rest (the problem's detail, field errors
 * this form has no field for) in one alert above the form. Focus goes where there is something
 * to do: the first field in error, else the alert.
 */

/** "l'adresse électronique est obligatoire" → "L'adresse électronique est obligatoire." */
export function phrase(message: string): string {
  const texte = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(texte) ? texte : `${texte}.`;
}

/** Any failure as an ErreurApi (a network failure already is one), with `detail` for the rest. */
export function versErreurApi(erreur: unknown, detail: string): ErreurApi {
  if (erreur instanceof ErreurApi) return erreur;
  return new ErreurApi({ type: "about:blank", title: "Erreur", status: 0, detail, code: "inconnu" });
}

/** A field error found before asking the API, in the API's shape, so that it shows the same way. */
export function erreurDeChamp(champ: string, message: string): ErreurApi {
  return new ErreurApi({
    type: "about:blank",
    title: "Données invalides",
    status: 400,
    detail: "Certaines données sont invalides.",
    code: "validation",
    erreurs: [{ champ, message }],
  });
}

export type ErreursChamps<C extends string> = Partial<Record<C, string>>;

/**
 * The API's field errors for the fields of this form (the first message of each), and what is
 * left for the general alert: undefined when every field error found its field (the fields say
 * it all), else the error with only the field errors no field shows.
 */
export function repartirErreurs<C extends string>(erreur: ErreurApi, champs: readonly C[]): { champs: ErreursChamps<C>; reste: ErreurApi | undefined } {
  const trouves: ErreursChamps<C> = {};
  const autres: { champ: string; message: string }[] = [];
  for (const e of erreur.probleme.erreurs ?? []) {
    const champ = champs.find((c) => c === e.champ);
    if (champ !== undefined && trouves[champ] === undefined) trouves[champ] = phrase(e.message);
    else if (champ === undefined) autres.push(e);
  }
  const aucunChamp = Object.keys(trouves).length === 0;
  if (!aucunChamp && autres.length === 0) return { champs: trouves, reste: undefined };
  return { champs: trouves, reste: new ErreurApi({ ...erreur.probleme, erreurs: autres }) };
}

/**
 * A form sent to the API: whether it is being sent, and its errors. `ids` maps each field the API
 * may name to the id of its input, so that focus can go to the first one in error (in the order
 * of `ids`: the form's order).
 */
export function useFormulaire<C extends string>(ids: Record<C, string>) {
  const [champs, setChamps] = useState<ErreursChamps<C>>({});
  const [generale, setGenerale] = useState<ErreurApi | undefined>(undefined);
  const [envoi, setEnvoi] = useState(false);
  const zoneAlerte = useRef<HTMLDivElement>(null);

  function effacer() {
    setChamps({});
    setGenerale(undefined);
  }

  /** Shows `erreur` (anything thrown by an API call; `detail` when it is not an ErreurApi). */
  function signaler(erreur: unknown, detail: string) {
    const noms = Object.keys(ids) as C[];
    const repartition = repartirErreurs(versErreurApi(erreur, detail), noms);
    setChamps(repartition.champs);
    setGenerale(repartition.reste);
    const premier = noms.find((c) => repartition.champs[c] !== undefined);
    window.setTimeout(() => {
      if (premier !== undefined) document.getElementById(ids[premier])?.focus();
      else zoneAlerte.current?.focus();
    }, 0);
  }

  /**
   * Runs `action` (the API call and what follows its success), the form marked as being sent
   * meanwhile; a failure is shown (`detail` when it is not an API error).
   */
  async function envoyer(action: () => Promise<void>, detail: string) {
    setEnvoi(true);
    effacer();
    try {
      await action();
    } catch (erreur) {
      signaler(erreur, detail);
    } finally {
      setEnvoi(false);
    }
  }

  return { champs, generale, zoneAlerte, envoi, effacer, signaler, envoyer };
}

/** Above the form: the general alert of `useFormulaire` (always in the page, to take focus). */
export function AlerteFormulaire({ erreur, zone, titre }: { erreur: ErreurApi | undefined; zone: RefObject<HTMLDivElement | null>; titre: string }) {
  return (
    <div ref={zone} tabIndex={-1} className={erreur === undefined ? undefined : fr.cx("fr-mb-3w")}>
      {erreur !== undefined && <AlerteErreur erreur={erreur} titre={titre} />}
    </div>
  );
}

/**
 * A form of the app: its general alert above, the mention of what is required, the fields
 * (`children`, e.g. ChampSaisie) and the button that sends it (disabled while it is sent).
 * `soumettre` runs instead of the browser's own submission.
 */
export function Formulaire({
  etat,
  titreErreur,
  mention = "Tous les champs sont obligatoires.",
  bouton,
  soumettre,
  titreId,
  children,
}: {
  etat: { generale: ErreurApi | undefined; zoneAlerte: RefObject<HTMLDivElement | null>; envoi: boolean };
  titreErreur: string;
  mention?: string;
  bouton: string;
  soumettre: () => void;
  /** The id of the heading that names the form, when there is one. */
  titreId?: string;
  children: ReactNode;
}) {
  return (
    <>
      <AlerteFormulaire erreur={etat.generale} zone={etat.zoneAlerte} titre={titreErreur} />
      <form
        noValidate
        aria-labelledby={titreId}
        onSubmit={(e) => {
          e.preventDefault();
          soumettre();
        }}
      >
        <p className={fr.cx("fr-hint-text")}>{mention}</p>
        {children}
        <Button type="submit" disabled={etat.envoi}>
          {bouton}
        </Button>
      </form>
    </>
  );
}
