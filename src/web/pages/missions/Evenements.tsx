import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { type DetailCandidature, ErreurApi, transitionCandidature, type VueCandidature } from "../../api";
import { ChampTexteLong } from "../../components/Champs";
import { phrase, versErreurApi } from "../../components/formulaire";
import { majuscule } from "./libelles";

export type Evenement<E extends string> = { evenement: E; libelle: string; motifObligatoire: boolean };

type Props<E extends string> = {
  /** Unique in the page: the ids of the reason's field and buttons derive from it. */
  id: string;
  evenements: Evenement<E>[];
  /** « de la candidature d'Amina Diallo »: said to screen readers after each button, when several rows have the same buttons. */
  precision?: string;
  /** Fires the event; throws what the API call threw. */
  declencher: (evenement: E, motif?: string) => Promise<void>;
  /** Says a failure other than the reason's (a state that changed meanwhile: 409). */
  signaler: (texte: string) => void;
  petits?: boolean;
};

const MOTIF_MAX = 2000;
const focaliser = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0);

/**
 * The next steps the API offers the viewer (`evenementsPossibles`), a button each. A step that
 * needs a reason (decline, refuse a release, cancel) opens a short form in place, its field
 * focused; the API's refusal of the reason shows under it.
 */
export function Evenements<E extends string>({ id, evenements, precision, declencher, signaler, petits = false }: Props<E>) {
  const [enCours, setEnCours] = useState(false);
  const [motive, setMotive] = useState<Evenement<E> | undefined>(undefined);
  const [motif, setMotif] = useState("");
  const [erreurMotif, setErreurMotif] = useState<string | undefined>(undefined);
  const idMotif = `${id}-motif`;

  async function envoyer(e: Evenement<E>, texte?: string) {
    setEnCours(true);
    setErreurMotif(undefined);
    try {
      await declencher(e.evenement, texte);
      setMotive(undefined);
      setMotif("");
    } catch (erreur) {
      const api = versErreurApi(erreur, `Impossible de ${e.libelle}.`);
      const surMotif = erreur instanceof ErreurApi ? api.probleme.erreurs?.find((c) => c.champ === "motif") : undefined;
      if (surMotif !== undefined && texte !== undefined) {
        setErreurMotif(phrase(surMotif.message));
        focaliser(idMotif);
      } else signaler(api.probleme.detail || `Impossible de ${e.libelle}.`);
    } finally {
      setEnCours(false);
    }
  }

  if (evenements.length === 0) return null;
  const apres = precision === undefined ? null : <span className={fr.cx("fr-sr-only")}> {precision}</span>;
  return (
    <>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", petits && "fr-btns-group--sm")}>
        {evenements.map((e, i) => (
          <li key={e.evenement}>
            <Button
              id={`${id}-${e.evenement}`}
              priority={i === 0 && !e.motifObligatoire ? "primary" : "secondary"}
              disabled={enCours}
              aria-expanded={e.motifObligatoire ? motive?.evenement === e.evenement : undefined}
              aria-controls={e.motifObligatoire ? `${id}-formulaire` : undefined}
              onClick={() => {
                if (!e.motifObligatoire) return void envoyer(e);
                setMotive(e);
                setErreurMotif(undefined);
                focaliser(idMotif);
              }}
            >
              {majuscule(e.libelle)}
              {apres}
            </Button>
          </li>
        ))}
      </ul>
      <div id={`${id}-formulaire`}>
        {motive !== undefined && (
          <form
            className={fr.cx("fr-mb-3w")}
            noValidate
            onSubmit={(ev) => {
              ev.preventDefault();
              void envoyer(motive, motif);
            }}
          >
            <ChampTexteLong
              id={idMotif}
              label={`Motif : ${motive.libelle}`}
              hintText="Obligatoire. Il est gardé dans l'historique et communiqué aux personnes concernées."
              erreur={erreurMotif}
              valeur={motif}
              changer={setMotif}
              maxLength={MOTIF_MAX}
              rows={3}
              required
            />
            <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--sm")}>
              <li>
                <Button type="submit" disabled={enCours}>
                  Confirmer : {motive.libelle}
                  {apres}
                </Button>
              </li>
              <li>
                <Button
                  type="button"
                  priority="tertiary"
                  onClick={() => {
                    const bouton = `${id}-${motive.evenement}`;
                    setMotive(undefined);
                    setErreurMotif(undefined);
                    focaliser(bouton);
                  }}
                >
                  Annuler
                </Button>
              </li>
            </ul>
          </form>
        )}
      </div>
    </>
  );
}

/** A candidacy's next steps in a row of a table: its buttons, or « Aucune ». */
export function EtapesCandidature({
  c,
  precision,
  apres,
  signaler,
}: {
  c: VueCandidature;
  /** What tells this row's buttons from the other rows' (the expert's name, the mission's title). */
  precision: string;
  apres: (candidature: DetailCandidature) => void;
  signaler: (texte: string) => void;
}) {
  if (c.evenementsPossibles.length === 0) return <>Aucune</>;
  return (
    <Evenements
      id={`candidature-${c.id}`}
      evenements={c.evenementsPossibles}
      precision={`: ${precision}`}
      petits
      declencher={async (evenement, motif) => apres(await transitionCandidature(c.id, evenement, motif))}
      signaler={signaler}
    />
  );
}
