import { fr } from "@codegouvfr/react-dsfr";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { Link } from "react-router";
import { chemins, GUIDES } from "../chemins";
import { BadgeAConfirmer } from "../components/BadgeAConfirmer";
import { Page } from "../components/Page";
import { AUTRES_SITUATIONS, CONTENU_GUIDES, SEUILS } from "./guides/contenu";
import { TITRE_GUIDES } from "./Guide";

/** `/guide`: the five instruments, the note's thresholds, and the people no instrument covers. */
export function Guides() {
  return (
    <Page
      titre={TITRE_GUIDES}
      chapo="Pour envoyer un agent en mission à l'étranger, une collectivité dispose de cinq instruments. Chacun a ses conditions, ses documents, ses délais et ses flux financiers."
    >
      <p>
        La note d'information du ministère de l'Europe et des Affaires étrangères recommande un instrument selon le nombre de
        jours ouvrés d'expertise d'un agent sur un projet : moins de {SEUILS.miseADisposition} jours, le cumul d'activités (ou
        l'ordre de mission) ; de {SEUILS.miseADisposition} à {SEUILS.detachement} jours, la mise à disposition ; au-delà de{" "}
        {SEUILS.detachement} jours, le détachement ou la disponibilité. Ces seuils sont des recommandations, pas des règles de
        droit ; l'éligibilité de chaque instrument, elle, se vérifie toujours.
      </p>
      <p>
        <Link to={chemins.simulateur}>Quel cadre juridique pour ma mission ? Ouvrir le simulateur</Link>
      </p>
      <ul className={fr.cx("fr-raw-list", "fr-grid-row", "fr-grid-row--gutters", "fr-mt-2w")} aria-label="Les guides">
        {GUIDES.map((g) => (
          <li key={g.slug} className={fr.cx("fr-col-12", "fr-col-md-6", "fr-col-lg-4")}>
            <Card title={g.titre} titleAs="h2" desc={CONTENU_GUIDES[g.slug].resume} linkProps={{ to: chemins.guide(g.slug) }} enlargeLink border />
          </li>
        ))}
      </ul>
      <section className={fr.cx("fr-mt-6w")} aria-labelledby="autres-situations">
        <h2 id="autres-situations">Les autres situations</h2>
        {AUTRES_SITUATIONS.map((s) => (
          <div key={s.titre}>
            <h3>{s.titre}</h3>
            <ul>
              {s.texte.map((t) => (
                <li key={t}>{t}</li>
              ))}
              {s.aConfirmer.map((t) => (
                <li key={t}>
                  <BadgeAConfirmer />
                  {t}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </Page>
  );
}
