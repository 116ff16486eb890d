/**
 * The React pieces the forms of a procedure's data share (the mise à disposition, the
 * détachement, the partnership convention, the ordre de mission): the hook that runs a form (its
 * values, the errors on their places, the save), the frame (its heading, the list of errors above,
 * the form with its own « Enregistrer les données » button, as the cumul form has its own), a
 * group of fields (fieldset and legend, with its own error) and one field drawn from its
 * description (saisieDonnees.ts).
 *
 * Errors come from the page (`erreurs`: what is missing, by path in the data) and from a refused
 * save (the API's field errors): each under its field, linked to it by the DSFR components
 * (aria-describedby), and all listed above the form with links into the fields (RGAA 11.10);
 * those no field holds are said in an alert above the form. Nothing blocks a save: a draft may be
 * incomplete. The form reads `donnees` when it opens; the page gives it a new `key` to reopen it
 * on other data.
 */
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { type Dispatch, type ReactNode, type RefObject, type SetStateAction, useId, useRef, useState } from "react";
import { ErreurApi, type TypeProcedure } from "../../../api";
import { AlerteErreur } from "../../../components/AlerteErreur";
import { ChampChoix, ChampSaisie, ChampTexteLong } from "../../../components/Champs";
import { phrase, versErreurApi } from "../../../components/formulaire";
import { ResumeErreurs } from "../../../components/ResumeErreurs";
import { LIBELLES_HOTE, LIBELLES_STATUT } from "../../simulateur/saisie";
import { Options } from "../../vivier/ChampsProfilEntrees";
import { manquantEnMots } from "./libelles-donnees";
import { type Champs, type DescriptionChamp, type ErreurDonnees, estVisible, etiquette, idDuChemin, type ModeleFormulaire, repartirSurLeFormulaire, type Valeurs } from "./saisieDonnees";
import type { ProprietesFormulaireDonnees } from "./types";

const ECHEC = "Les données n'ont pas pu être enregistrées";

/** What the frame, the groups and the fields read of a form, whatever its state holds besides its values. */
export type FormulaireDonnees = {
  idFormulaire: string;
  champs: Champs;
  valeurs: Valeurs;
  changer: (chemin: string, valeur: string) => void;
  /** The id of a path's input or group. */
  id: (chemin: string) => string;
  erreur: (chemin: string) => string | undefined;
  /** Each place's message, in a sentence. */
  erreurs: Partial<Record<string, string>>;
  /** The element each place's link in the list of errors brings focus to. */
  ids: Record<string, string>;
  places: Record<string, string>;
  /** The page's errors no field holds. */
  autres: ErreurDonnees[];
  /** The refusal of the last save, with only its errors no field holds. */
  echec: ErreurApi | undefined;
  zoneAlerte: RefObject<HTMLDivElement | null>;
  envoi: boolean;
  enregistre: boolean;
  soumettre: () => Promise<void>;
};

export function useFormulaireDonnees<S extends { valeurs: Valeurs }>(
  p: ProprietesFormulaireDonnees,
  modele: ModeleFormulaire<S>,
): FormulaireDonnees & { saisie: S; setSaisie: Dispatch<SetStateAction<S>> } {
  const [saisie, setSaisie] = useState(() => modele.depuisDonnees(p.donnees));
  const [envoi, setEnvoi] = useState(false);
  const [echec, setEchec] = useState<ErreurApi | undefined>(undefined);
  const [enregistre, setEnregistre] = useState(false);
  const zoneAlerte = useRef<HTMLDivElement>(null);

  const places = modele.places(saisie);
  const repartir = (erreurs: readonly ErreurDonnees[]) => repartirSurLeFormulaire(modele, saisie, erreurs);
  const id = (chemin: string) => idDuChemin(p.idFormulaire, chemin);
  // Radio buttons and boxes: focus goes to the first of them, the DSFR naming them `${id}-0`.
  const premiere = (chemin: string) => ["booleen", "boutons"].includes(modele.champs[chemin]?.genre ?? "") || (modele.premiereCase ?? []).includes(chemin);
  const ids = Object.fromEntries(Object.keys(places).map((chemin) => [chemin, premiere(chemin) ? `${id(chemin)}-0` : id(chemin)]));

  const recues = repartir(p.erreurs);
  const duRefus = repartir(echec?.probleme.erreurs ?? []);
  // The refusal of the last save speaks first: it is about what was just sent.
  const erreurs = Object.fromEntries(Object.entries({ ...recues.parPlace, ...duRefus.parPlace }).map(([chemin, message]) => [chemin, phrase(message ?? "")]));

  async function soumettre() {
    setEnvoi(true);
    setEchec(undefined);
    setEnregistre(false);
    try {
      await p.enregistrer(modele.versDonnees(saisie));
      setEnregistre(true);
    } catch (e) {
      const erreur = versErreurApi(e, `${ECHEC}.`);
      setEchec(erreur);
      const enErreur = repartir(erreur.probleme.erreurs ?? []).parPlace;
      const premier = Object.keys(places).find((chemin) => enErreur[chemin] !== undefined);
      window.setTimeout(() => (premier === undefined ? zoneAlerte.current?.focus() : document.getElementById(ids[premier] ?? "")?.focus()), 0);
    } finally {
      setEnvoi(false);
    }
  }

  return {
    idFormulaire: p.idFormulaire,
    champs: modele.champs,
    saisie,
    setSaisie,
    valeurs: saisie.valeurs,
    changer: (chemin, valeur) => setSaisie((s) => ({ ...s, valeurs: { ...s.valeurs, [chemin]: valeur } })),
    id,
    erreur: (chemin) => erreurs[chemin],
    erreurs,
    ids,
    places,
    autres: recues.autres,
    echec: echec === undefined ? undefined : new ErreurApi({ ...echec.probleme, erreurs: duRefus.autres }),
    zoneAlerte,
    envoi,
    enregistre,
    soumettre,
  };
}

/** The errors no field holds (the whole data, a key the form does not know), as a person reads them. */
function ErreursSansChamp({ type, erreurs }: { type: TypeProcedure; erreurs: ErreurDonnees[] }) {
  if (erreurs.length === 0) return null;
  return (
    <Alert
      className={fr.cx("fr-mb-3w")}
      severity="warning"
      small
      description={
        <ul>
          {erreurs.map((e) => {
            const { libelle, message } = manquantEnMots(type, e);
            return <li key={`${e.champ}-${e.message}`}>{`${libelle} : ${message}`}</li>;
          })}
        </ul>
      }
    />
  );
}

/**
 * The form under its heading: what is to fix or complete above it, the mention of the optional
 * fields, the fields, and its own button. « Données enregistrées », in a status region, tells
 * screen readers the save went through, and how much is left to complete.
 */
export function CadreDonnees({ f, type, titre, children }: { f: FormulaireDonnees; type: TypeProcedure; titre: string; children: ReactNode }) {
  // Read once: the alert's ref is handed to its element, the rest only read.
  const { idFormulaire, erreurs, ids, places, autres, echec, zoneAlerte, envoi, enregistre, soumettre } = f;
  const titreId = `${idFormulaire}-titre`;
  const aCompleter = Object.keys(erreurs).length;
  const reste = aCompleter === 0 ? "" : ` ${aCompleter === 1 ? "Un point reste" : `${aCompleter} points restent`} à compléter ou à corriger (liste en haut du formulaire).`;
  return (
    <section aria-labelledby={titreId}>
      <h3 id={titreId}>{titre}</h3>
      <ResumeErreurs erreurs={erreurs} ids={ids} libelle={(chemin) => places[chemin] ?? chemin} />
      <ErreursSansChamp type={type} erreurs={autres} />
      <div ref={zoneAlerte} tabIndex={-1} className={echec === undefined ? undefined : fr.cx("fr-mb-3w")}>
        {echec !== undefined && <AlerteErreur erreur={echec} titre={ECHEC} />}
      </div>
      <form
        id={idFormulaire}
        noValidate
        aria-labelledby={titreId}
        onSubmit={(e) => {
          e.preventDefault();
          void soumettre();
        }}
      >
        <p className={fr.cx("fr-hint-text")}>
          Les champs sans mention « facultatif » sont nécessaires au document. Vous pouvez enregistrer les données incomplètes et y revenir : la
          liste en haut du formulaire dit ce qui manque encore.
        </p>
        {children}
        <Button type="submit" disabled={envoi}>
          Enregistrer les données
        </Button>
        <p role="status" className={fr.cx("fr-mt-2w")}>
          {enregistre && `Données enregistrées.${reste}`}
        </p>
      </form>
    </section>
  );
}

/**
 * A group of fields under its legend. With a `chemin`, the API may name it as a whole (« l'agent
 * s'écrit { nom, prenom, grade } »): its message shows under it, linked as the DSFR links a group
 * of radio buttons, and the list of errors brings focus to it.
 */
export function Groupe({ f, chemin, legende, aide, children }: { f: FormulaireDonnees; chemin?: string; legende: string; aide?: ReactNode; children: ReactNode }) {
  const base = useId();
  const id = chemin === undefined ? base : f.id(chemin);
  const erreur = chemin === undefined ? undefined : f.erreur(chemin);
  return (
    <fieldset
      id={id}
      tabIndex={chemin === undefined ? undefined : -1}
      className={fr.cx("fr-fieldset", erreur !== undefined && "fr-fieldset--error")}
      aria-labelledby={`${id}-legende ${id}-messages`}
    >
      <legend id={`${id}-legende`} className={fr.cx("fr-fieldset__legend", "fr-h6")} aria-describedby={erreur === undefined ? undefined : `${id}-erreur`}>
        {legende}
        {aide !== undefined && <span className={fr.cx("fr-hint-text")}>{aide}</span>}
      </legend>
      {children}
      <div className={fr.cx("fr-messages-group")} id={`${id}-messages`} aria-live="polite">
        {erreur !== undefined && (
          <p id={`${id}-erreur`} className={fr.cx("fr-message", "fr-message--error")}>
            {erreur}
          </p>
        )}
      </div>
    </fieldset>
  );
}

export const Element = ({ children, enLigne = false }: { children: ReactNode; enLigne?: boolean }) => (
  <div className={fr.cx("fr-fieldset__element", enLigne && "fr-fieldset__element--inline")}>{children}</div>
);

export type OptionsChoix = readonly (readonly [code: string, libelle: string])[];

/** The options of a choice, and the data's value when it is none of them (prefilled from elsewhere), so that it is not lost. */
export function avecLaValeur(options: OptionsChoix, valeur: string): [string, string][] {
  const liste = options.map(([code, libelle]): [string, string] => [code, libelle]);
  return valeur === "" || liste.some(([code]) => code === valeur) ? liste : [...liste, [valeur, valeur]];
}

type Presentation = {
  aide?: ReactNode;
  enLigne?: boolean;
  /** A choice's codes and labels (a list, or radio buttons with `aides`). */
  options?: OptionsChoix;
  aides?: Partial<Record<string, string>>;
  /** Yes and no as the question wants them said (« Gratuite », « Remboursée »), in the order given. */
  ouiNon?: OptionsChoix;
};

/** What ties an input to its value: its id, description, label, value, message and how it changes. */
export type LienChamp = { id: string; description: DescriptionChamp; label: ReactNode; valeur: string; erreur: string | undefined; changer: (valeur: string) => void };

const OUI_NON: OptionsChoix = [
  ["oui", "Oui"],
  ["non", "Non"],
];

/** One input drawn as its description says (a text, a number typed the French way, a date, a choice, yes or no). */
export function ChampDecrit({ lien, aide, enLigne = false, options = [], aides = {}, ouiNon = OUI_NON }: Presentation & { lien: LienChamp }) {
  const { id, description: d, label, valeur, erreur, changer } = lien;
  const commun = { id, label, hintText: aide, erreur, valeur, changer };
  const champ = (() => {
    switch (d.genre) {
      case "texte":
        return <ChampSaisie {...commun} maxLength={d.max} />;
      case "texteLong":
        return <ChampTexteLong {...commun} maxLength={d.max} rows={4} />;
      // A text input: a number input refuses « 12 500,50 ».
      case "nombre":
        return <ChampSaisie {...commun} inputMode="decimal" autoComplete="off" />;
      case "date":
        return <ChampSaisie {...commun} type="date" />;
      case "choix":
        return (
          <ChampChoix {...commun}>
            <Options vide="Non renseigné" requis={false} options={avecLaValeur(options, valeur)} />
          </ChampChoix>
        );
      case "boutons":
      case "booleen":
        return (
          <RadioButtons
            id={id}
            name={id}
            legend={label}
            hintText={aide}
            orientation={d.genre === "booleen" ? "horizontal" : "vertical"}
            state={erreur === undefined ? "default" : "error"}
            stateRelatedMessage={erreur}
            options={avecLaValeur(d.genre === "booleen" ? ouiNon : options, valeur).map(([code, libelle]) => ({
              label: libelle,
              hintText: aides[code],
              nativeInputProps: { value: code, checked: valeur === code, onChange: () => changer(code) },
            }))}
          />
        );
    }
  })();
  return <Element enLigne={enLigne}>{champ}</Element>;
}

/** A field of the form by its path in the data; nothing when another's value hides it. */
export function Champ({ f, chemin, ...presentation }: Presentation & { f: FormulaireDonnees; chemin: string }) {
  const d = f.champs[chemin];
  if (d === undefined || !estVisible(d, f.valeurs)) return null;
  const lien = { id: f.id(chemin), description: d, label: etiquette(d), valeur: f.valeurs[chemin] ?? "", erreur: f.erreur(chemin), changer: (v: string) => f.changer(chemin, v) };
  return <ChampDecrit lien={lien} {...presentation} />;
}

export const OPTIONS_STATUT: OptionsChoix = Object.entries(LIBELLES_STATUT).map(([code, { libelle }]) => [code, libelle]);
export const OPTIONS_TYPE_HOTE: OptionsChoix = Object.entries(LIBELLES_HOTE);

/** The agent as the document names them; `children`, what this document adds (status, service). */
export function GroupeAgent({ f, aide, children }: { f: FormulaireDonnees; aide?: ReactNode; children: ReactNode }) {
  return (
    <Groupe f={f} chemin="agent" legende="L'agent" aide={aide}>
      <Champ f={f} chemin="agent.prenom" enLigne />
      <Champ f={f} chemin="agent.nom" enLigne />
      <Champ f={f} chemin="agent.grade" aide="Par exemple : ingénieur principal, attaché territorial." />
      {children}
    </Groupe>
  );
}

/** A party to a convention and who signs for it; `children`, what this document adds (its type, the agent's service there). */
export function GroupePartie({ f, chemin, legende, children }: { f: FormulaireDonnees; chemin: string; legende: string; children?: ReactNode }) {
  return (
    <Groupe f={f} chemin={chemin} legende={legende}>
      <Champ f={f} chemin={`${chemin}.nom`} />
      {children}
      <Champ f={f} chemin={`${chemin}.representant`} enLigne aide="Qui signe, par exemple : le président." />
      <Champ f={f} chemin={`${chemin}.qualite`} enLigne aide="La fonction au titre de laquelle il signe." />
    </Groupe>
  );
}
