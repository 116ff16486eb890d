import { fr } from "@codegouvfr/react-dsfr";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { ChampSaisie } from "./Champs";

/** A session of a mission, as the advisor counts them: dates (both days included) or a number of days. */
export type ModeSession = "jours" | "dates";
export type SessionEnSaisie = { mode: ModeSession; debut: string; fin: string; jours: string; libelle?: string };
type Champ = "debut" | "fin" | "jours" | "libelle";

const MODES: { mode: ModeSession; libelle: string }[] = [
  { mode: "jours", libelle: "Un nombre de jours" },
  { mode: "dates", libelle: "Des dates" },
];

type Props<S extends SessionEnSaisie> = {
  session: S;
  /** « de la session 2 »: ends each label, which a screen reader may reach without the legend. */
  precision: string;
  /** The id of each input, by field (`mode` for the radio buttons, whose inputs end in -0 and -1). */
  id: (champ: Champ | "mode") => string;
  erreur: (champ: Champ) => string | undefined;
  changer: (patch: Partial<S>) => void;
  /** The session's label (« atelier de restitution »): a mission's sessions have one, the simulator's not. */
  avecLibelle?: boolean;
};

/**
 * A session's fields: how its length is given, then its days or its dates, each with its own
 * error (the simulator's sessions, a mission's). The caller frames them (fieldset and legend).
 */
export function ChampsSession<S extends SessionEnSaisie>({ session, precision, id, erreur, changer, avecLibelle = false }: Props<S>) {
  const changerChamp = (champ: Champ) => (valeur: string) => changer({ [champ]: valeur } as Partial<S>);
  return (
    <>
      <div className={fr.cx("fr-fieldset__element")}>
        <RadioButtons
          id={id("mode")}
          name={id("mode")}
          legend={`Durée ${precision}, indiquée par`}
          orientation="horizontal"
          small
          options={MODES.map(({ mode, libelle }) => ({
            label: libelle,
            nativeInputProps: { value: mode, checked: session.mode === mode, onChange: () => changer({ mode } as Partial<S>) },
          }))}
        />
      </div>
      {session.mode === "jours" ? (
        <div className={fr.cx("fr-fieldset__element")}>
          <ChampSaisie
            id={id("jours")}
            label={`Nombre de jours d'expertise ${precision}`}
            hintText="Par demi-journées : 2, 2,5, 3…"
            type="number"
            inputMode="decimal"
            min={0.5}
            step={0.5}
            erreur={erreur("jours")}
            valeur={session.jours}
            changer={changerChamp("jours")}
          />
        </div>
      ) : (
        <>
          <div className={fr.cx("fr-fieldset__element", "fr-fieldset__element--inline")}>
            <ChampSaisie
              id={id("debut")}
              label={`Début ${precision}`}
              hintText="Premier jour de la session."
              type="date"
              erreur={erreur("debut")}
              valeur={session.debut}
              changer={changerChamp("debut")}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element", "fr-fieldset__element--inline")}>
            <ChampSaisie id={id("fin")} label={`Fin ${precision}`} hintText="Dernier jour, compris." type="date" erreur={erreur("fin")} valeur={session.fin} changer={changerChamp("fin")} />
          </div>
        </>
      )}
      {avecLibelle && (
        <div className={fr.cx("fr-fieldset__element")}>
          <ChampSaisie
            id={id("libelle")}
            label={`Libellé ${precision} (facultatif)`}
            hintText="Par exemple : diagnostic, atelier de restitution."
            maxLength={200}
            erreur={erreur("libelle")}
            valeur={session.libelle ?? ""}
            changer={changerChamp("libelle")}
          />
        </div>
      )}
    </>
  );
}
