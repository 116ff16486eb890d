import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { Link } from "react-router";
import { chemins } from "../chemins";
import { useTitreDePage } from "../components/useTitreDePage";
import { useSession } from "../session";

/** Who Vivier is for, and what it will do for each (PRODUCT.md, "Who uses it"). */
const publics = [
  {
    titre: "Collectivités territoriales",
    pour: "Gestionnaires RH, chargé·es de relations internationales, autorités territoriales",
    texte:
      "Tenir le fichier des agents mobilisables et y importer les tableurs existants ; répondre aux demandes des opérateurs et du ministère en proposant des experts ; conduire jusqu'au bout le cumul d'activités, la mise à disposition ou le détachement, avec des documents préremplis à signer ; suivre les remboursements.",
  },
  {
    titre: "Agents et experts",
    pour: "Agents des collectivités, élu·es, retraité·es, personnels d'organismes partenaires",
    texte:
      "Tenir à jour son profil d'expert et ses disponibilités, choisir qui peut le consulter, être prévenu·e des missions qui correspondent à ses compétences, y répondre, demander une autorisation de cumul et déposer ses rapports de mission.",
  },
  {
    titre: "Opérateurs de l'assistance technique",
    pour: "Expertise France et les autres opérateurs",
    texte:
      "Publier les besoins d'expertise des projets financés par les bailleurs, rechercher dans le vivier partagé les profils qui y répondent, proposer des conventions de partenariat aux collectivités et suivre les remboursements qui leur sont dus.",
  },
  {
    titre: "Ministère et ambassades",
    pour: "Délégation pour l'action extérieure des collectivités territoriales (DAECT), comité de sélection, ambassades de France",
    texte:
      "Instruire les candidatures au label EXPE-CT et proposer des missions aux collectivités labellisées ; valider, pour chaque ambassade, les missions dans son pays ; suivre les rapports de mission et les chiffres nationaux.",
  },
] as const;

/** The services open today. */
const disponibles = [
  {
    titre: "Annuaire des collectivités et organisations",
    texte:
      "Les communes, intercommunalités, départements, régions et collectivités d'outre-mer, avec leurs codes INSEE et SIREN, ainsi que les opérateurs, ambassades et autres organisations de Vivier.",
    chemin: chemins.organisations,
  },
  {
    titre: "Quel cadre juridique pour ma mission ?",
    texte:
      "Ouvert à tous, sans compte : l'instrument que recommande la note du ministère (ordre de mission, cumul d'activités, mise à disposition, détachement, disponibilité), s'il est ouvert à la personne, pourquoi, et ce qu'il implique ; avec un guide par instrument.",
    chemin: chemins.simulateur,
  },
] as const;

/** What Vivier will do and does not do yet: said plainly, the platform is being built. */
const aVenir = [
  "Le conseiller d'instruments au fil des missions : l'instrument recalculé à chaque nouvelle session, avec le choix de l'utilisateur et sa justification conservés.",
  "Les procédures statutaires suivies de bout en bout, avec les documents préremplis (conventions, demandes, arrêtés) au format DOCX et PDF.",
  "Le vivier d'experts : des profils tenus par les agents eux-mêmes, visibles seulement par ceux qu'ils ont choisis, et une recherche à l'échelle nationale.",
  "Les besoins de mission et la mise en relation avec les experts qui y correspondent.",
  "Le label EXPE-CT : candidatures, avis du comité, décisions, missions et rapports.",
  "Les tableaux de bord et exports pour les collectivités et le ministère.",
];

function BadgeStatut({ disponible }: { disponible: boolean }) {
  return (
    <ul className={fr.cx("fr-badges-group")}>
      <li>
        <Badge as="span" small severity={disponible ? "success" : "new"}>
          {disponible ? "Disponible" : "À venir"}
        </Badge>
      </li>
    </ul>
  );
}

/** Signed in: who the person is and the role they act with (the home of that role, for now). */
function Bienvenue() {
  const { utilisateur, appartenanceActive } = useSession();
  if (utilisateur === undefined) return null;
  return (
    <section className={fr.cx("fr-callout", "fr-mb-6w")} aria-labelledby="bienvenue">
      <h2 id="bienvenue" className={fr.cx("fr-callout__title")}>
        Bonjour {utilisateur.prenom}
      </h2>
      <p className={fr.cx("fr-callout__text")}>
        {appartenanceActive === undefined ? (
          "Votre compte n'a encore aucun rôle dans une organisation."
        ) : (
          <>
            Vous agissez en tant que <strong>{appartenanceActive.roleLibelle}</strong> pour{" "}
            <strong>{appartenanceActive.organisation.nom}</strong>.
          </>
        )}
      </p>
      <p className={fr.cx("fr-mt-2w")}>
        <Link to={chemins.compte}>Mon compte : rôles et sessions</Link>
      </p>
    </section>
  );
}

export function Accueil() {
  useTitreDePage("Accueil");
  return (
    <div className={fr.cx("fr-container", "fr-pt-6w")}>
      <h1 tabIndex={-1}>Vivier, l'expertise des collectivités territoriales au service de l'action internationale</h1>
      <Bienvenue />
      <p className={fr.cx("fr-text--lead")}>
        Vivier aide les collectivités territoriales, leurs agents, les opérateurs de l'assistance technique et le
        ministère de l'Europe et des Affaires étrangères à mobiliser l'expertise territoriale pour des missions à
        l'étranger.
      </p>

      <CallOut
        title="Vivier est en construction"
        titleAs="h2"
        buttonProps={{ linkProps: { to: chemins.organisations }, children: "Consulter l'annuaire" }}
      >
        Aujourd'hui, vous pouvez consulter l'annuaire des collectivités et organisations, et demander au simulateur quel
        cadre juridique convient à une mission. Les autres services présentés sur cette page sont à venir.
      </CallOut>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="obstacles">
        <h2 id="obstacles">Deux obstacles à lever</h2>
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
          <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <h3>Personne ne connaît les outils juridiques</h3>
            <p>
              Chaque nature et chaque durée de mission appelle un instrument différent : ordre de mission, cumul
              d'activités, mise à disposition, détachement ou disponibilité, chacun avec ses formulaires, ses
              consentements, ses délais et ses flux financiers.
            </p>
            <p>
              <strong>Ce que fera Vivier :</strong> indiquer à chacun l'instrument qui s'applique et pourquoi, en citant
              les textes, produire chaque document et accompagner chaque procédure jusqu'à son terme.
            </p>
          </div>
          <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <h3>Personne ne trouve les profils</h3>
            <p>
              Des dizaines de milliers d'employeurs, des centaines de métiers : les viviers existants sont tenus de façon
              inégale, et les appels des opérateurs n'atteignent pas les bonnes personnes.
            </p>
            <p>
              <strong>Ce que fera Vivier :</strong> tenir un vivier d'experts vivant, fondé sur le consentement de
              chacun, que les opérateurs et le ministère peuvent consulter, et prévenir les experts des missions qui leur
              correspondent.
            </p>
          </div>
        </div>
      </section>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="publics">
        <h2 id="publics">Pour qui ?</h2>
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
          {publics.map((p) => (
            <div key={p.titre} className={fr.cx("fr-col-12", "fr-col-md-6")}>
              <Card
                title={p.titre}
                titleAs="h3"
                start={<BadgeStatut disponible={false} />}
                detail={p.pour}
                desc={p.texte}
                border
                className={fr.cx("fr-card--no-arrow")}
              />
            </div>
          ))}
        </div>
      </section>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="disponible">
        <h2 id="disponible">Disponible aujourd'hui</h2>
        <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
          {disponibles.map((d) => (
            <div key={d.titre} className={fr.cx("fr-col-12", "fr-col-md-6")}>
              <Card title={d.titre} titleAs="h3" start={<BadgeStatut disponible />} desc={d.texte} linkProps={{ to: d.chemin }} enlargeLink border />
            </div>
          ))}
        </div>
      </section>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="a-venir">
        <h2 id="a-venir">À venir</h2>
        <ul>
          {aVenir.map((ligne) => (
            <li key={ligne}>{ligne}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
