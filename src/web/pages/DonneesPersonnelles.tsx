import { fr } from "@codegouvfr/react-dsfr";
import { Page } from "../components/Page";

export function DonneesPersonnelles() {
  return (
    <Page
      titre="Données personnelles"
      lecture
      chapo="Ce que Vivier fait et fera de vos données personnelles, et comment exercer vos droits."
    >
      <h2>Aujourd'hui</h2>
      <p>
        L'annuaire des collectivités et organisations, seul service ouvert à ce jour, ne contient que des informations
        sur des organisations, et aucune donnée sur des personnes. Il se consulte sans compte.
      </p>
      <p>
        Vivier ne dépose aucun cookie. Le choix du thème d'affichage (clair, sombre ou système) est conservé dans le
        stockage local de votre navigateur ; il n'est jamais transmis au serveur. Le serveur conserve un journal
        technique des requêtes (adresse demandée, date, résultat) pour assurer la sécurité du service.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Quand la plateforme sera ouverte</h2>
      <h3>Les comptes</h3>
      <p>
        Pour se connecter (par ProConnect ou par adresse électronique et mot de passe), Vivier conservera votre nom,
        votre adresse électronique professionnelle, vos organisations et vos rôles, ainsi que vos sessions de
        connexion. Un journal d'audit enregistrera qui a fait quoi, quand, et sur quel dossier.
      </p>
      <h3>Les profils d'experts</h3>
      <p>
        Un agent qui rejoint le vivier d'experts y tient son profil : identité et coordonnées, employeur, situation
        statutaire, grade, métier, domaines d'expertise, langues, pays où il a travaillé, missions passées,
        disponibilités, date prévisionnelle de départ à la retraite, CV.
      </p>
      <ul>
        <li>
          <strong>Consentement :</strong> le profil n'est visible qu'avec l'accord de l'agent, qui choisit qui peut le
          consulter : son employeur seulement, ou aussi les opérateurs, ou aussi le ministère. Rien n'est montré au-delà
          de ce choix, et chaque changement de consentement est enregistré.
        </li>
        <li>
          <strong>Fraîcheur :</strong> chaque profil indique quand il a été confirmé pour la dernière fois ; les
          titulaires des profils anciens sont invités à les mettre à jour.
        </li>
      </ul>
      <h3>Les procédures</h3>
      <p>
        Les demandes de cumul d'activités, conventions de mise à disposition, arrêtés et autres documents des procédures
        statutaires seront conservés avec leur dossier, visibles seulement des organisations concernées.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Bases légales</h2>
      <p>
        La présence d'un profil dans le vivier d'experts et sa visibilité reposent sur le consentement de l'agent
        (article 6-1-a du règlement général sur la protection des données, RGPD), qu'il peut retirer à tout moment. Les
        procédures statutaires relèvent des obligations légales de l'employeur et de l'exécution d'une mission d'intérêt
        public (article 6-1-c et 6-1-e du RGPD).
      </p>
      <p>
        Le responsable de traitement et les durées de conservation seront précisés sur cette page avant l'ouverture des
        comptes.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Vos droits</h2>
      <p>Vous disposez, sur les données qui vous concernent, des droits suivants :</p>
      <ul>
        <li>droit d'accès et de rectification ;</li>
        <li>droit à l'effacement ;</li>
        <li>droit à la limitation du traitement et droit d'opposition ;</li>
        <li>droit à la portabilité : vous pourrez exporter votre profil ;</li>
        <li>droit de retirer à tout moment votre consentement, sans conséquence pour les traitements passés.</li>
      </ul>
      <p>
        Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une
        réclamation à la Commission nationale de l'informatique et des libertés (
        <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noreferrer" title="Adresser une plainte à la CNIL - nouvelle fenêtre">
          CNIL
        </a>
        ).
      </p>
    </Page>
  );
}
