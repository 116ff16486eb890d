import { fr } from "@codegouvfr/react-dsfr";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Header } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { chemins, DOCUMENTATION_API } from "../chemins";
import { useFocusAuChangementDePage } from "./useFocusAuChangementDePage";

const brandTop = (
  <>
    République
    <br />
    Française
  </>
);
const homeLinkProps = { to: chemins.accueil, title: "Accueil - Vivier" };

/** True when `pathname` is `chemin` or a page below it (a detail page lights up its list). */
function estDans(pathname: string, chemin: string): boolean {
  if (chemin === chemins.accueil) return pathname === chemin;
  return pathname === chemin || pathname.startsWith(`${chemin}/`);
}

function navigation(pathname: string): MainNavigationProps.Item[] {
  const lien = (texte: string, chemin: string): MainNavigationProps.Item => ({
    text: texte,
    linkProps: { to: chemin },
    isActive: estDans(pathname, chemin),
  });
  const informations = [
    { text: "Déclaration d'accessibilité", chemin: chemins.accessibilite },
    { text: "Mentions légales", chemin: chemins.mentionsLegales },
    { text: "Données personnelles", chemin: chemins.donneesPersonnelles },
    { text: "Plan du site", chemin: chemins.planDuSite },
  ];
  return [
    lien("Accueil", chemins.accueil),
    lien("Annuaire des organisations", chemins.organisations),
    // The legal pages are in the footer too; grouped here so the main bar stays short on a phone.
    {
      text: "Informations sur le site",
      isActive: informations.some((i) => estDans(pathname, i.chemin)),
      menuLinks: informations.map((i) => ({
        text: i.text,
        linkProps: { to: i.chemin },
        isActive: estDans(pathname, i.chemin),
      })),
    },
  ];
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  useFocusAuChangementDePage();

  return (
    <>
      <SkipLinks
        links={[
          { label: "Contenu", anchor: "#contenu" },
          { label: "Pied de page", anchor: "#pied-de-page" },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle="Vivier"
        serviceTagline="Mobiliser l'expertise territoriale à l'international"
        homeLinkProps={homeLinkProps}
        navigation={navigation(pathname)}
        // The Header mounts the display settings (theme) modal itself: react-dsfr 1.33's <Display />
        // is a deprecated no-op. The footer button below opens that modal.
      />
      <main id="contenu" tabIndex={-1} className={fr.cx("fr-pb-6w")}>
        {children}
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        accessibility="non compliant"
        accessibilityLinkProps={{ to: chemins.accessibilite }}
        contentDescription="Vivier aide les collectivités territoriales, leurs agents, les opérateurs de l'assistance technique et le ministère de l'Europe et des Affaires étrangères à mobiliser l'expertise territoriale pour des missions à l'international."
        termsLinkProps={{ to: chemins.mentionsLegales }}
        websiteMapLinkProps={{ to: chemins.planDuSite }}
        bottomItems={[
          { text: "Données personnelles", linkProps: { to: chemins.donneesPersonnelles } },
          // Served by the API server, not by the router: a plain link makes the browser load it.
          <a key="api" className={fr.cx("fr-footer__bottom-link")} href={DOCUMENTATION_API}>
            Documentation de l'API
          </a>,
          headerFooterDisplayItem,
        ]}
      />
    </>
  );
}
