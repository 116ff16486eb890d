import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { chemins, DOCUMENTATION_API } from "../chemins";
import { Page } from "../components/Page";

export function MentionsLegales() {
  return (
    <Page titre="Mentions légales" lecture>
      <h2>Objet du service</h2>
      <p>
        Vivier est la plateforme qui permet aux collectivités territoriales, à leurs agents, aux opérateurs de
        l'assistance technique internationale et au ministère de l'Europe et des Affaires étrangères (Délégation pour
        l'action extérieure des collectivités territoriales, DAECT) de mobiliser l'expertise territoriale pour des
        missions à l'étranger. Elle met en œuvre les outils juridiques décrits par la note d'information du ministère
        sur les missions d'expertise des agents territoriaux à l'étranger.
      </p>
      <p>
        La plateforme est en construction : seul l'annuaire des collectivités et organisations est aujourd'hui ouvert.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Éditeur, directeur de la publication et hébergement</h2>
      <p>
        L'éditeur, le directeur ou la directrice de la publication et l'hébergeur de la plateforme seront indiqués sur
        cette page avant sa mise en service.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Sources des données</h2>
      <p>
        Les collectivités territoriales, leurs codes INSEE et leurs numéros SIREN proviennent du Code officiel
        géographique publié par l'Insee, dans sa mise à disposition par Etalab (découpage administratif). Les populations
        sont celles de ce même jeu de données. Les noms des pays suivent la norme ISO 3166-1.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Réutilisation</h2>
      <p>
        Sauf mention contraire, les contenus de ce site sont proposés sous licence ouverte Etalab 2.0. Les données de
        l'annuaire sont aussi accessibles par l'interface de programmation de Vivier, décrite dans la{" "}
        <a href={DOCUMENTATION_API}>documentation de l'API</a>.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Accessibilité</h2>
      <p>
        L'état de conformité de la plateforme au référentiel général d'amélioration de l'accessibilité est décrit dans la{" "}
        <Link to={chemins.accessibilite}>déclaration d'accessibilité</Link>.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Données personnelles et cookies</h2>
      <p>
        Le traitement des données personnelles et l'usage du stockage local du navigateur sont décrits dans la page{" "}
        <Link to={chemins.donneesPersonnelles}>données personnelles</Link>. Vivier ne dépose aucun cookie de mesure
        d'audience ni de publicité.
      </p>
    </Page>
  );
}
