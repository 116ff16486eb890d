import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { type ReactNode, type RefObject, useState } from "react";
import { Link } from "react-router";
import { type DecompteSession, type Instrument, LIBELLES_TERRITOIRE, type ReponseConseil as Reponse } from "../../api";
import { chemins } from "../../chemins";
import { BadgeAConfirmer } from "../../components/BadgeAConfirmer";
import { Fiche } from "../../components/Fiche";
import { formaterNombre } from "../../components/format";
import { NonRenseigne } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import { guideDeLInstrument } from "../guides/contenu";
import { LIBELLES_CADRE, LIBELLES_HOTE, LIBELLES_STATUT, type Saisie } from "./saisie";

const jourLong = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
/** "2026-04-03" → "3 avril 2026" (read as a calendar day, whatever the browser's time zone). */
const jour = (iso: string) => jourLong.format(new Date(`${iso}T00:00:00Z`));
/** "1 jour", "5,5 jours": in French the plural starts at 2. */
const jours = (n: number) => `${formaterNombre(n)} jour${n >= 2 ? "s" : ""}`;

/** An instrument's name, a link to its guide when it has one (retirees, elected officials… have none). */
function LienInstrument({ instrument, libelle }: { instrument: Instrument; libelle: string }) {
  const guide = guideDeLInstrument(instrument);
  return guide === undefined ? <>{libelle}</> : <Link to={chemins.guide(guide.slug)}>{libelle}</Link>;
}

function Rubrique({ id, titre, children }: { id: string; titre: string; children: ReactNode }) {
  return (
    <section className={fr.cx("fr-mt-5w")} aria-labelledby={id}>
      <h3 id={id}>{titre}</h3>
      {children}
    </section>
  );
}

function Liste({ elements }: { elements: string[] }) {
  return elements.length === 0 ? (
    <NonRenseigne />
  ) : (
    <ul>
      {elements.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** A part of the answer made of its messages (points to confirm, what would change it, EXPE-CT), each with its rule; none, no part. */
function RubriqueMessages({
  id,
  titre,
  messages,
  aConfirmer = false,
  children,
}: {
  id: string;
  titre: string;
  messages: Reponse["alertes"];
  aConfirmer?: boolean;
  children?: ReactNode;
}) {
  if (messages.length === 0) return null;
  return (
    <Rubrique id={id} titre={titre}>
      {children}
      <ul>
        {messages.map((m) => (
          <li key={`${m.regle}-${m.titre}`}>
            {aConfirmer && <BadgeAConfirmer />}
            <strong>{m.titre}</strong> : {m.message} (règle {m.regle})
          </li>
        ))}
      </ul>
    </Rubrique>
  );
}

function LigneSession({ session, numero }: { session: DecompteSession; numero: number }) {
  if ("jours" in session) {
    return (
      <tr>
        <th scope="row">Session {numero}</th>
        <td>{jours(session.jours)} déclarés</td>
        <td>{jours(session.jours)}</td>
        <td className={fr.cx("fr-cell--multiline")}>Aucun : le nombre de jours déclaré est compté tel quel.</td>
      </tr>
    );
  }
  const retires = [
    ...(session.joursDeWeekEnd > 0 ? [`${jours(session.joursDeWeekEnd)} de week-end`] : []),
    ...session.joursFeries.map((f) => `${f.nom} (${jour(f.date)})`),
  ];
  return (
    <tr>
      <th scope="row">Session {numero}</th>
      <td>
        Du {jour(session.debut)} au {jour(session.fin)} ({jours(session.joursCalendaires)})
      </td>
      <td>{jours(session.joursOuvres)} ouvrés</td>
      <td className={fr.cx("fr-cell--multiline")}>{retires.length === 0 ? "Aucun" : retires.join(" ; ")}</td>
    </tr>
  );
}

/** The situation in words: printed with the answer, where the form is not. */
function SituationImprimee({ saisie }: { saisie: Saisie }) {
  return (
    <div className="vivier-impression-seule">
      <h3>La situation étudiée</h3>
      <Fiche
        lignes={[
          { libelle: "Statut", valeur: saisie.statut === "" ? <NonRenseigne /> : LIBELLES_STATUT[saisie.statut].libelle },
          { libelle: "Cadre", valeur: saisie.cadre === "" ? <NonRenseigne /> : LIBELLES_CADRE[saisie.cadre].libelle },
          { libelle: "Organisme d'accueil", valeur: saisie.hote === "" ? "Non précisé" : LIBELLES_HOTE[saisie.hote] },
          { libelle: "Territoire", valeur: LIBELLES_TERRITOIRE[saisie.territoire] },
          { libelle: "Âge", valeur: saisie.age === "" ? <NonRenseigne /> : `${saisie.age} ans` },
          { libelle: "Sur le temps de travail", valeur: saisie.surTempsDeTravail ? "Oui" : "Non" },
        ]}
      />
    </div>
  );
}

type Props = {
  reponse: Reponse;
  /** The situation answered (not the form as it may have changed since). */
  saisie: Saisie;
  /** The address that reopens this situation. */
  lien: string;
  titre: RefObject<HTMLHeadingElement | null>;
  /** A newer answer is being computed: this one stays, marked busy. */
  perimee: boolean;
};

/** The advisor's answer, every part of it, each instrument's name leading to its guide. */
export function ReponseConseil({ reponse, saisie, lien, titre, perimee }: Props) {
  const [copie, setCopie] = useState("");

  async function copier() {
    try {
      await navigator.clipboard.writeText(lien);
      setCopie("Lien copié : collez-le pour retrouver cette situation et sa réponse.");
    } catch {
      // No clipboard (an insecure origin, a refused permission): the link is on the page to copy by hand.
      setCopie("La copie a échoué : copiez le lien « Lien vers cette situation » ci-dessus.");
    }
  }

  const d = reponse.decompte;
  const libelle = (i: Instrument) => reponse.eligibilite.find((e) => e.instrument === i);
  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="simulateur-reponse" aria-busy={perimee}>
      <h2 id="simulateur-reponse" ref={titre} tabIndex={-1}>
        Réponse : {reponse.instrumentLibelle.toLowerCase()}
      </h2>
      <p className={fr.cx("fr-hint-text")}>Selon les règles en vigueur le {jour(reponse.date)}.</p>
      <SituationImprimee saisie={saisie} />

      <CallOut title={`Cadre recommandé : ${reponse.instrumentLibelle}`} titleAs="h3" iconId="fr-icon-scales-3-line" bodyAs="div">
        <p>{libelle(reponse.instrument)?.raison}</p>
        {reponse.recommandationDeLaNote !== reponse.instrument && (
          <p>
            La note recommande : {libelle(reponse.recommandationDeLaNote)?.libelle.toLowerCase()} ; cet instrument n'est pas ouvert à la
            personne (voir l'éligibilité ci-dessous).
          </p>
        )}
        <LienGuide instrument={reponse.instrument} libelle={reponse.instrumentLibelle} />
      </CallOut>

      <div className={fr.cx("fr-no-print")}>
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: "Imprimer", priority: "secondary", iconId: "fr-icon-printer-line", onClick: () => window.print() },
            { children: "Copier le lien", priority: "secondary", iconId: "fr-icon-links-line", onClick: () => void copier() },
          ]}
        />
        <p>
          <a href={lien}>Lien vers cette situation</a>
          <span className={fr.cx("fr-hint-text")}>
            Il rouvre ce simulateur avec les mêmes données (statut, cadre, territoire, âge, sessions) et la même réponse.
          </span>
        </p>
        <p role="status">{copie}</p>
      </div>

      {reponse.alertes.length > 0 && (
        <Rubrique id="reponse-alertes" titre="Alertes">
          {reponse.alertes.map((a) => (
            <Alert key={`${a.regle}-${a.titre}`} className={fr.cx("fr-mb-2w")} severity="warning" as="h4" title={a.titre} description={`${a.message} (règle ${a.regle})`} />
          ))}
        </Rubrique>
      )}

      <RubriqueMessages id="reponse-incertitudes" titre="À confirmer" messages={reponse.incertitudes} aConfirmer>
        <p>Ces règles n'ont pas pu être vérifiées dans les textes officiels : faites-les confirmer avant de vous y fier.</p>
      </RubriqueMessages>

      <Rubrique id="reponse-pourquoi" titre="Pourquoi">
        <ol>
          {reponse.explication.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ol>
      </Rubrique>

      <Rubrique id="reponse-jours" titre="Les jours ouvrés comptés">
        <p>
          <strong>{jours(reponse.joursOuvres)} d'expertise</strong> au total, comptés en jours ouvrés (du lundi au vendredi, hors jours
          fériés) selon le calendrier de {LIBELLES_TERRITOIRE[d.territoire]}.
          {d.joursOuvresAbsence > 0 && <> Les sessions datées éloignent la personne de son poste {jours(d.joursOuvresAbsence)} ouvrés.</>}
        </p>
        <Tableau legende="Décompte par session" entetes={["Session", "Saisie", "Jours comptés", "Jours non comptés"]}>
          {d.sessions.map((s, i) => (
            <LigneSession key={`${i}-${JSON.stringify(s)}`} session={s} numero={i + 1} />
          ))}
        </Tableau>
      </Rubrique>

      <RubriqueMessages id="reponse-changements" titre="Ce qui changerait la réponse" messages={reponse.ceQuiChangerait} />

      <Rubrique id="reponse-eligibilite" titre="L'éligibilité de chaque instrument">
        <Tableau legende="Chaque instrument, ouvert ou non à cette personne, et pourquoi" entetes={["Instrument", "Ouvert", "Raison"]}>
          {reponse.eligibilite.map((e) => (
            <tr key={e.instrument}>
              <th scope="row">
                <LienInstrument instrument={e.instrument} libelle={e.libelle} />
              </th>
              <td>{e.ouvert ? "Oui" : "Non"}</td>
              <td className={fr.cx("fr-cell--multiline")}>
                {e.raison} (règle {e.regle})
              </td>
            </tr>
          ))}
        </Tableau>
      </Rubrique>

      <Rubrique id="reponse-alternatives" titre="Les autres instruments possibles">
        {reponse.alternatives.length === 0 ? (
          <p>Aucun autre instrument n'est ouvert à cette personne.</p>
        ) : (
          <ul>
            {reponse.alternatives.map((a) => (
              <li key={a.instrument}>
                <LienInstrument instrument={a.instrument} libelle={a.libelle} /> : {a.description}
              </li>
            ))}
          </ul>
        )}
      </Rubrique>

      <Rubrique id="reponse-consequences" titre={`Ce qu'implique : ${reponse.instrumentLibelle.toLowerCase()}`}>
        <Fiche
          lignes={[
            { libelle: "Qui paie", valeur: reponse.consequences.quiPaie },
            { libelle: "Remboursement", valeur: reponse.consequences.remboursement },
            { libelle: "Retour au poste", valeur: reponse.consequences.retourAuPoste },
            { libelle: "Consentements", valeur: <Liste elements={reponse.consequences.consentements} /> },
            { libelle: "Documents", valeur: <Liste elements={reponse.consequences.documents} /> },
            { libelle: "Délais", valeur: <Liste elements={reponse.consequences.delais} /> },
          ]}
        />
      </Rubrique>

      <RubriqueMessages id="reponse-expe-ct" titre="Le programme EXPE-CT" messages={reponse.informations} />

      <Rubrique id="reponse-references" titre="Les textes de référence">
        <ul>
          {reponse.references.map((r) => (
            <li key={r.titre}>
              <strong>{r.titre}</strong> : {r.source}
            </li>
          ))}
        </ul>
      </Rubrique>
    </section>
  );
}

function LienGuide({ instrument, libelle }: { instrument: Instrument; libelle: string }) {
  const guide = guideDeLInstrument(instrument);
  if (guide === undefined) return null;
  return (
    <p>
      <Link className={fr.cx("fr-link")} to={chemins.guide(guide.slug)}>
        Lire le guide : {libelle.toLowerCase()}
      </Link>
    </p>
  );
}
