import { fr } from "@codegouvfr/react-dsfr";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { type ReactNode, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { ErreurApi } from "../api";
import { chemins, connexionPuisRetour, DOCUMENTATION_API } from "../chemins";
import { useSession } from "../session";
import { estAdministrateur, peutRechercherVivier, peutSuivreProcedures } from "../roles";
import { SelecteurRole } from "./SelecteurRole";
import { useBoiteEnvoiDisponible } from "./useBoiteEnvoi";
import { useNotificationsNonLues } from "./useNotificationsNonLues";
import { focaliserTitrePrincipal, useFocusAuChangementDePage } from "./useFocusAuChangementDePage";

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

/**
 * `vivier`: the role acted with may search the pool of experts (its entry is shown to them only);
 * `missions`: someone is signed in (missions are for signed-in people); `procedures`: the role
 * acted with has cases of statutory procedures.
 */
function navigation(pathname: string, vivier: boolean, missions: boolean, procedures: boolean): MainNavigationProps.Item[] {
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
  // The missions' pages, HR's view of its agents' staffings included (under its organisation's address).
  const enMissions =
    [chemins.missions, chemins.projets, "/candidatures", chemins.mesCandidatures].some((c) => estDans(pathname, c)) ||
    /^\/organisations\/[^/]+\/affectations$/.test(pathname);
  return [
    lien("Accueil", chemins.accueil),
    ...(missions ? [{ ...lien("Missions", chemins.missions), isActive: enMissions }] : []),
    ...(procedures ? [lien("Procédures", chemins.procedures)] : []),
    ...(vivier ? [lien("Vivier d'experts", chemins.vivier)] : []),
    { ...lien("Annuaire des organisations", chemins.organisations), isActive: estDans(pathname, chemins.organisations) && !enMissions },
    lien("Simulateur", chemins.simulateur),
    lien("Guides juridiques", chemins.guides),
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

/** Pages the sign-in link should not come back to: they are where one goes once signed in anyway. */
const SANS_RETOUR = new Set<string>([chemins.accueil, chemins.connexion, chemins.compte]);

/** The header's quick access: sign-in link, or the person's name, role switcher and sign-out. */
function useAccesRapide(pathname: string): { items: HeaderProps["quickAccessItems"]; erreur: ErreurApi | undefined } {
  const { etat, utilisateur, appartenances, appartenanceActive, deconnecter } = useSession();
  const navigate = useNavigate();
  const [erreur, setErreur] = useState<ErreurApi | undefined>(undefined);
  const nonLues = useNotificationsNonLues(utilisateur?.id);

  async function seDeconnecter() {
    setErreur(undefined);
    // Home first: a page for signed-in people only would otherwise, once signed out, send to the
    // sign-in page.
    navigate(chemins.accueil);
    try {
      await deconnecter();
    } catch (e) {
      if (e instanceof ErreurApi) setErreur(e);
      return;
    }
    // The button just pressed is gone: focus goes to the page's title, even when already home.
    window.setTimeout(focaliserTitrePrincipal, 0);
  }

  if (etat.etat === "chargement") return { items: [], erreur };
  if (utilisateur === undefined) {
    return {
      items: [
        {
          iconId: "fr-icon-account-circle-line",
          text: "Se connecter",
          linkProps: { to: SANS_RETOUR.has(pathname) ? chemins.connexion : connexionPuisRetour(pathname) },
        },
      ],
      erreur,
    };
  }
  return {
    items: [
      {
        iconId: "fr-icon-account-circle-line",
        text: `${utilisateur.prenom} ${utilisateur.nom}`,
        linkProps: { to: chemins.compte, title: "Mon compte" },
      },
      // What happened to one's missions and candidacies; the unread count in a badge.
      {
        iconId: "fr-icon-notification-3-line",
        text:
          nonLues === undefined || nonLues === 0 ? (
            "Notifications"
          ) : (
            <>
              Notifications{" "}
              <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--new", "fr-badge--no-icon")}>
                {nonLues}
                <span className={fr.cx("fr-sr-only")}> non lue{nonLues > 1 ? "s" : ""}</span>
              </span>
            </>
          ),
        linkProps: { to: chemins.notifications },
      },
      // An agent's own profile in the pool, where they keep it and choose who sees it.
      appartenanceActive?.role === "agent" ? { iconId: "fr-icon-user-star-line", text: "Mon profil d'expert", linkProps: { to: chemins.monProfil } } : null,
      appartenances.length > 1 ? <SelecteurRole key="role" /> : null,
      // Administrators acting as such reach their organisation's members and invitations from anywhere.
      appartenanceActive !== undefined && estAdministrateur(appartenanceActive)
        ? {
            iconId: "fr-icon-team-line",
            text: "Gérer mon organisation",
            linkProps: { to: chemins.administrationOrganisation(appartenanceActive.organisation.id) },
          }
        : null,
      {
        iconId: "fr-icon-logout-box-r-line",
        text: "Se déconnecter",
        buttonProps: { type: "button", onClick: () => void seDeconnecter() },
      },
    ],
    erreur,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  useFocusAuChangementDePage();
  const { instance, appartenanceActive } = useSession();
  const { items, erreur } = useAccesRapide(pathname);
  const boiteEnvoi = useBoiteEnvoiDisponible();

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
        serviceTagline={
          appartenanceActive === undefined ? (
            "Mobiliser l'expertise territoriale à l'international"
          ) : (
            // Who the person acts as, on every page.
            <>
              <span className={fr.cx("fr-sr-only")}>Rôle actif : </span>
              {appartenanceActive.roleLibelle} · {appartenanceActive.organisation.nom}
            </>
          )
        }
        homeLinkProps={homeLinkProps}
        navigation={navigation(pathname, peutRechercherVivier(appartenanceActive), appartenanceActive !== undefined, peutSuivreProcedures(appartenanceActive))}
        quickAccessItems={items}
        // The Header mounts the display settings (theme) modal itself: react-dsfr 1.33's <Display />
        // is a deprecated no-op. The footer button below opens that modal.
      />
      {instance?.demo === true && (
        <Notice title="Démonstration : les données et les comptes sont fictifs." severity="info" />
      )}
      {erreur !== undefined && (
        <div className={fr.cx("fr-container", "fr-mt-2w")}>
          <Alert severity="error" small role="alert" description={`La déconnexion a échoué : ${erreur.probleme.detail}`} />
        </div>
      )}
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
          // Development only: shown once the outbox's route has answered (it does not exist in production).
          ...(boiteEnvoi ? [{ text: "Boîte d'envoi (développement)", linkProps: { to: chemins.boiteEnvoi } }] : []),
        ]}
      />
    </>
  );
}
