import { fr } from "@codegouvfr/react-dsfr";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Link, useParams } from "react-router";
import { chemins, GUIDES } from "../chemins";
import { BadgeAConfirmer } from "../components/BadgeAConfirmer";
import { Page } from "../components/Page";
import { CONTENU_GUIDES, type Reference } from "./guides/contenu";
import { PageNonTrouvee } from "./PageNonTrouvee";

export const TITRE_GUIDES = "Guides des instruments juridiques";

/** A section of a guide: its heading and its points (a paragraph when there is one only). */
function Section({ titre, points }: { titre: string; points: string[] }) {
  if (points.length === 0) return null;
  return (
    <section className={fr.cx("fr-mt-5w")} aria-labelledby={idDe(titre)}>
      <h2 id={idDe(titre)}>{titre}</h2>
      {points.length === 1 ? (
        <p>{points[0]}</p>
      ) : (
        <ul>
          {points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

const idDe = (titre: string) => `guide-${titre.normalize("NFD").replace(/[^\w]+/g, "-").toLowerCase()}`;

function References({ titre, references }: { titre: string; references: Reference[] }) {
  return (
    <>
      <h3 className={fr.cx("fr-h6")}>{titre}</h3>
      <ul>
        {references.map((r) => (
          <li key={r.texte}>
            <strong>{r.texte}</strong> : {r.objet}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Points still open (LEGAL.md §7): marked as such, so that nobody takes them as settled law. */
export function PointsAConfirmer({ points, titre = "Points à confirmer" }: { points: string[]; titre?: string }) {
  if (points.length === 0) return null;
  return (
    <section className={fr.cx("fr-mt-5w")} aria-labelledby={idDe(titre)}>
      <h2 id={idDe(titre)}>{titre}</h2>
      <p>Ces règles n'ont pas pu être vérifiées dans les textes officiels : faites-les confirmer avant de vous y fier.</p>
      <ul>
        {points.map((p) => (
          <li key={p}>
            <BadgeAConfirmer />
            {p}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/guide/:slug`: one instrument, in plain words, from pages/guides/contenu.ts. */
export function Guide() {
  const { slug } = useParams();
  const guide = GUIDES.find((g) => g.slug === slug);
  if (guide === undefined) return <PageNonTrouvee />;
  const c = CONTENU_GUIDES[guide.slug];
  return (
    <Page titre={guide.titre} parents={[{ label: TITRE_GUIDES, to: chemins.guides }]} chapo={c.resume} lecture>
      <Section titre="Ce que c'est" points={c.quoi} />
      <Section titre="Qui peut en bénéficier" points={c.qui} />
      <Section titre="Quand la note le recommande" points={c.quand} />
      <Section titre="Qui paie" points={c.quiPaie} />
      <Section titre="Le retour au poste" points={c.retourAuPoste} />
      <Section titre="Les étapes et les documents" points={c.etapes} />
      <Section titre="Les délais" points={c.delais} />
      <section className={fr.cx("fr-mt-5w")} aria-labelledby="guide-textes">
        <h2 id="guide-textes">Les textes de référence</h2>
        <References titre="Les textes en vigueur" references={c.references} />
        <References titre="Les textes tels que la note les cite" references={c.referencesDeLaNote} />
      </section>
      <PointsAConfirmer points={c.aConfirmer} />
      <CallOut
        className={fr.cx("fr-mt-6w")}
        title="Quel cadre pour votre mission ?"
        titleAs="h2"
        buttonProps={{ linkProps: { to: chemins.simulateur }, children: "Ouvrir le simulateur" }}
      >
        Le simulateur indique l'instrument recommandé pour une situation donnée, l'éligibilité de chacun et ce qui changerait la
        réponse.
      </CallOut>
      <nav className={fr.cx("fr-mt-4w")} aria-labelledby="guide-autres">
        <h2 id="guide-autres" className={fr.cx("fr-h6")}>
          Les autres guides
        </h2>
        <ul>
          {GUIDES.filter((g) => g.slug !== guide.slug).map((g) => (
            <li key={g.slug}>
              <Link to={chemins.guide(g.slug)}>{g.titre}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </Page>
  );
}
