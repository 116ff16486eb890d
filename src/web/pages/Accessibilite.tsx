import { fr } from "@codegouvfr/react-dsfr";
import { Page } from "../components/Page";

/** The RGAA accessibility statement every French public website must publish (loi 2005-102, art. 47). */
export function Accessibilite() {
  return (
    <Page titre="Déclaration d'accessibilité" lecture>
      <p>
        Vivier s'engage à rendre son service numérique accessible, conformément à l'article 47 de la loi n° 2005-102 du
        11 février 2005 pour l'égalité des droits et des chances, la participation et la citoyenneté des personnes
        handicapées.
      </p>
      <p>Cette déclaration d'accessibilité s'applique à la plateforme Vivier.</p>

      <h2 className={fr.cx("fr-mt-4w")}>État de conformité</h2>
      <p>
        Vivier est <strong>non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA),
        version 4.1 : aucun audit de conformité n'a encore été réalisé.
      </p>
      <p>
        La plateforme est en construction. Elle est bâtie avec le système de design de l'État (DSFR), et ses pages sont
        vérifiées automatiquement avec l'outil axe-core sur les critères des WCAG 2.1 aux niveaux A et AA. Ces contrôles
        automatiques ne remplacent pas un audit : un audit complet sera mené avant la mise en
        service, et ses résultats seront publiés sur cette page.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Contenus non accessibles</h2>
      <p>
        Faute d'audit, la liste des non-conformités n'est pas encore établie. Les documents produits par la plateforme
        (conventions, demandes, arrêtés au format PDF et DOCX) n'existent pas encore ; leur accessibilité sera évaluée
        lors de l'audit.
      </p>

      <h2 className={fr.cx("fr-mt-4w")}>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie en novembre 2026.</p>
      <h3>Technologies utilisées</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>JavaScript (React)</li>
        <li>WAI-ARIA</li>
      </ul>

      <h2 className={fr.cx("fr-mt-4w")}>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service de Vivier, signalez-le à l'équipe de Vivier : nous
        vous orienterons vers une alternative accessible ou vous fournirons le contenu sous une autre forme. L'adresse de
        contact sera publiée sur cette page à la mise en service de la plateforme.
      </p>
      <p>Pour que nous puissions vous aider, indiquez-nous :</p>
      <ul>
        <li>l'adresse de la page concernée ;</li>
        <li>ce que vous cherchiez à faire et le problème rencontré ;</li>
        <li>le navigateur et, le cas échéant, l'aide technique que vous utilisez (lecteur d'écran, loupe…).</li>
      </ul>

      <h2 className={fr.cx("fr-mt-4w")}>Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service et que
        vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :
      </p>
      <ul>
        <li>
          par le formulaire en ligne sur le site du Défenseur des droits (
          <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noreferrer" title="Formulaire du Défenseur des droits - nouvelle fenêtre">
            formulaire.defenseurdesdroits.fr
          </a>
          ) ;
        </li>
        <li>en contactant le délégué du Défenseur des droits dans votre région ;</li>
        <li>
          par courrier, gratuitement et sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris
          CEDEX 07.
        </li>
      </ul>
    </Page>
  );
}
