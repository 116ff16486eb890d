import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { LIBELLES_TERRITOIRE, TERRITOIRES, type Territoire } from "../../api";
import { ChampChoix, ChampSaisie } from "../../components/Champs";
import { ChampsSession } from "../../components/ChampsSession";
import {
  idSession,
  LIBELLES_CADRE,
  LIBELLES_HOTE,
  LIBELLES_STATUT,
  nouvelleSession,
  type Saisie,
  type SessionSaisie,
  type Statut,
  type Cadre,
  type TypeHote,
} from "./saisie";

/** The API can count this many sessions at most: the button goes away there. */
const SESSIONS_MAX = 200;

type Props = {
  saisie: Saisie;
  changer: (saisie: Saisie) => void;
  /** The message of each field in error, by the API's field name (`sessions.1.fin`). */
  erreurs: Partial<Record<string, string>>;
};

const etat = (message: string | undefined) => (message === undefined ? {} : { state: "error" as const, stateRelatedMessage: message });

/** Focus once React has drawn the element (added session, or the one taking a removed one's place). */
const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * The situation's fields: who goes, in what framework, where, and the sessions. Every input is
 * controlled by `saisie`, which the page keeps: an answer or an error never empties a field.
 */
export function ChampsSituation({ saisie, changer, erreurs }: Props) {
  // What adding or removing a session did, read out by screen readers (the buttons move focus).
  const [annonce, setAnnonce] = useState("");
  const maj = (patch: Partial<Saisie>) => changer({ ...saisie, ...patch });
  const majSession = (cle: number, patch: Partial<SessionSaisie>) =>
    maj({ sessions: saisie.sessions.map((s) => (s.cle === cle ? { ...s, ...patch } : s)) });

  function ajouterSession() {
    // Same kind as the last one: someone entering dates usually goes on with dates.
    const mode = saisie.sessions.at(-1)?.mode ?? "jours";
    const session = nouvelleSession(mode);
    maj({ sessions: [...saisie.sessions, session] });
    setAnnonce(`Session ${saisie.sessions.length + 1} ajoutée.`);
    focaliser(`${idSession(session, "mode")}-${mode === "jours" ? 0 : 1}`);
  }

  function retirerSession(i: number) {
    const sessions = saisie.sessions.filter((_, j) => j !== i);
    maj({ sessions });
    const restantes = sessions.length;
    setAnnonce(`Session ${i + 1} retirée ; il reste ${restantes} session${restantes > 1 ? "s" : ""}.`);
    // The button is gone with its session: focus goes to the session now in its place.
    const suivante = sessions[Math.min(i, restantes - 1)];
    if (suivante !== undefined) focaliser(idSession(suivante, "fieldset"));
  }

  return (
    <>
      <RadioButtons
        id="simulateur-statut"
        name="statut"
        legend="Statut de la personne mobilisée"
        {...etat(erreurs["agent.statut"])}
        options={(Object.keys(LIBELLES_STATUT) as Statut[]).map((statut) => ({
          label: LIBELLES_STATUT[statut].libelle,
          hintText: LIBELLES_STATUT[statut].aide,
          nativeInputProps: { value: statut, checked: saisie.statut === statut, onChange: () => maj({ statut }) },
        }))}
      />

      <RadioButtons
        id="simulateur-cadre"
        name="cadre"
        legend="Cadre de la mission"
        {...etat(erreurs.cadre)}
        options={(Object.keys(LIBELLES_CADRE) as Cadre[]).map((cadre) => ({
          label: LIBELLES_CADRE[cadre].libelle,
          hintText: LIBELLES_CADRE[cadre].aide,
          nativeInputProps: { value: cadre, checked: saisie.cadre === cadre, onChange: () => maj({ cadre }) },
        }))}
      />

      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <ChampChoix
            id="simulateur-hote"
            label="Organisme d'accueil (facultatif)"
            hintText="Il décide si une mise à disposition est possible."
            erreur={erreurs["hote.type"]}
            valeur={saisie.hote}
            changer={(v) => maj({ hote: v as TypeHote | "" })}
          >
            <option value="">Non précisé</option>
            {(Object.keys(LIBELLES_HOTE) as TypeHote[]).map((t) => (
              <option key={t} value={t}>
                {LIBELLES_HOTE[t]}
              </option>
            ))}
          </ChampChoix>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <ChampChoix
            id="simulateur-territoire"
            label="Territoire de l'employeur"
            hintText="Ses jours fériés sont retirés du décompte des jours ouvrés."
            erreur={erreurs["agent.territoire"]}
            valeur={saisie.territoire}
            changer={(v) => maj({ territoire: v as Territoire })}
          >
            {TERRITOIRES.map((t) => (
              <option key={t} value={t}>
                {LIBELLES_TERRITOIRE[t]}
              </option>
            ))}
          </ChampChoix>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <ChampSaisie
            id="simulateur-age"
            label="Âge (facultatif)"
            hintText="En années. Utile pour une personne retraitée : les contrats de droit public s'arrêtent à 67 ans."
            type="number"
            inputMode="numeric"
            min={16}
            max={110}
            step={1}
            erreur={erreurs["agent.age"]}
            valeur={saisie.age}
            changer={(age) => maj({ age })}
          />
        </div>
      </div>

      <Checkbox
        // The DSFR names the box after this id ("simulateur-temps-0") and labels it by that name.
        id="simulateur-temps"
        className={fr.cx("fr-mt-3w")}
        {...etat(erreurs.surTempsDeTravail)}
        options={[
          {
            label: "Sur le temps de travail",
            hintText: "Pour une courte mission, la collectivité peut juger la mission dans son intérêt et l'envoyer en ordre de mission plutôt qu'en cumul d'activités.",
            nativeInputProps: { checked: saisie.surTempsDeTravail, onChange: (e) => maj({ surTempsDeTravail: e.target.checked }) },
          },
        ]}
      />

      <h3 className={fr.cx("fr-mt-4w")}>Les sessions de la mission</h3>
      <p className={fr.cx("fr-hint-text")}>
        Toutes les sessions d'expertise de la personne sur le projet. Avec des dates, Vivier compte les jours ouvrés du territoire ;
        avec un nombre de jours, il compte ce nombre (les demi-journées comptent).
      </p>
      {saisie.sessions.map((session, i) => (
        <Session
          key={session.cle}
          session={session}
          rang={i}
          erreurs={erreurs}
          retirable={saisie.sessions.length > 1}
          changer={(patch) => majSession(session.cle, patch)}
          retirer={() => retirerSession(i)}
        />
      ))}
      <p className={fr.cx("fr-sr-only")} role="status">
        {annonce}
      </p>
      <div className={fr.cx("fr-mb-5w")}>
        {saisie.sessions.length < SESSIONS_MAX && (
          <Button type="button" priority="secondary" iconId="fr-icon-add-line" iconPosition="left" onClick={ajouterSession}>
            Ajouter une session
          </Button>
        )}
      </div>
    </>
  );
}

type PropsSession = {
  session: SessionSaisie;
  rang: number;
  erreurs: Partial<Record<string, string>>;
  retirable: boolean;
  changer: (patch: Partial<SessionSaisie>) => void;
  retirer: () => void;
};

/** One session: days or dates, each field with its own error (`sessions.<rang>.fin`…). */
function Session({ session, rang, erreurs, retirable, changer, retirer }: PropsSession) {
  const numero = rang + 1;
  // The frame is around the fieldset, not on it: a legend sits on its fieldset's border.
  return (
    <div className={`vivier-session ${fr.cx("fr-mb-3w")}`}>
      <fieldset id={idSession(session, "fieldset")} tabIndex={-1} className={fr.cx("fr-fieldset", "fr-mb-0")}>
        <legend className={fr.cx("fr-fieldset__legend")}>Session {numero}</legend>
        <ChampsSession
          session={session}
          precision={`de la session ${numero}`}
          id={(champ) => idSession(session, champ)}
          erreur={(champ) => erreurs[`sessions.${rang}.${champ}`]}
          changer={changer}
        />
        {retirable && (
          <div className={fr.cx("fr-fieldset__element")}>
            <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={retirer}>
              Retirer<span className={fr.cx("fr-sr-only")}> la session {numero}</span>
            </Button>
          </div>
        )}
      </fieldset>
    </div>
  );
}
