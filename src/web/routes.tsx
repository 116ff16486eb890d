import { Route, Routes } from "react-router";
import { chemins } from "./chemins";
import { Accessibilite } from "./pages/Accessibilite";
import { Accueil } from "./pages/Accueil";
import { AdministrationOrganisation } from "./pages/AdministrationOrganisation";
import { BoiteEnvoi } from "./pages/BoiteEnvoi";
import { Compte } from "./pages/Compte";
import { JournalAudit } from "./pages/JournalAudit";
import { Connexion } from "./pages/Connexion";
import { DonneesPersonnelles } from "./pages/DonneesPersonnelles";
import { Guide } from "./pages/Guide";
import { Guides } from "./pages/Guides";
import { Invitation } from "./pages/Invitation";
import { MentionsLegales } from "./pages/MentionsLegales";
import { NouvelleOrganisation } from "./pages/NouvelleOrganisation";
import { Organisation } from "./pages/Organisation";
import { Organisations } from "./pages/Organisations";
import { PageNonTrouvee } from "./pages/PageNonTrouvee";
import { PlanDuSite } from "./pages/PlanDuSite";
import { ImportVivier } from "./pages/ImportVivier";
import { ModifierProfil } from "./pages/ModifierProfil";
import { MonProfil } from "./pages/MonProfil";
import { NouveauProfil } from "./pages/NouveauProfil";
import { ProfilExpert } from "./pages/ProfilExpert";
import { RechercheVivier } from "./pages/RechercheVivier";
import { Simulateur } from "./pages/Simulateur";
import { AffectationsOrganisation } from "./pages/missions/AffectationsOrganisation";
import { ModifierMission, NouvelleMission } from "./pages/missions/EditionMission";
import { MesCandidatures } from "./pages/missions/MesCandidatures";
import { Notifications } from "./pages/missions/Notifications";
import { PageCandidature } from "./pages/missions/PageCandidature";
import { PageMission } from "./pages/missions/PageMission";
import { PageProjet } from "./pages/missions/PageProjet";
import { NouveauProjet, PageProjets } from "./pages/missions/PageProjets";
import { RechercheMissions } from "./pages/missions/RechercheMissions";
import { MesProcedures } from "./pages/procedures/MesProcedures";
import { NouvelleProcedure } from "./pages/procedures/NouvelleProcedure";
import { PageProcedure } from "./pages/procedures/PageProcedure";

/** Every route of the app, in one place. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path={chemins.accueil} element={<Accueil />} />
      <Route path={chemins.organisations} element={<Organisations />} />
      <Route path="/organisations/:id" element={<Organisation />} />
      <Route path={chemins.simulateur} element={<Simulateur />} />
      <Route path={chemins.guides} element={<Guides />} />
      <Route path="/guide/:slug" element={<Guide />} />
      <Route path="/organisations/:id/administration" element={<AdministrationOrganisation />} />
      <Route path={chemins.nouvelleOrganisation} element={<NouvelleOrganisation />} />
      <Route path={chemins.accessibilite} element={<Accessibilite />} />
      <Route path={chemins.mentionsLegales} element={<MentionsLegales />} />
      <Route path={chemins.donneesPersonnelles} element={<DonneesPersonnelles />} />
      <Route path={chemins.planDuSite} element={<PlanDuSite />} />
      <Route path={chemins.connexion} element={<Connexion />} />
      <Route path={chemins.compte} element={<Compte />} />
      <Route path={chemins.journalAudit} element={<JournalAudit />} />
      <Route path={chemins.invitation} element={<Invitation />} />
      <Route path={chemins.boiteEnvoi} element={<BoiteEnvoi />} />
      <Route path={chemins.vivier} element={<RechercheVivier />} />
      <Route path="/vivier/profils/:id" element={<ProfilExpert />} />
      <Route path="/vivier/profils/:id/modifier" element={<ModifierProfil />} />
      <Route path="/organisations/:id/vivier/nouveau" element={<NouveauProfil />} />
      <Route path={chemins.monProfil} element={<MonProfil />} />
      <Route path="/organisations/:id/vivier/import" element={<ImportVivier />} />
      <Route path={chemins.missions} element={<RechercheMissions />} />
      <Route path="/missions/:id" element={<PageMission />} />
      <Route path="/missions/:id/modifier" element={<ModifierMission />} />
      <Route path={chemins.projets} element={<PageProjets />} />
      <Route path={chemins.nouveauProjet} element={<NouveauProjet />} />
      <Route path="/projets/:id" element={<PageProjet />} />
      <Route path="/projets/:id/missions/nouvelle" element={<NouvelleMission />} />
      <Route path="/candidatures/:id" element={<PageCandidature />} />
      <Route path={chemins.mesCandidatures} element={<MesCandidatures />} />
      <Route path="/organisations/:id/affectations" element={<AffectationsOrganisation />} />
      <Route path={chemins.notifications} element={<Notifications />} />
      <Route path={chemins.procedures} element={<MesProcedures />} />
      <Route path={chemins.nouvelleProcedure} element={<NouvelleProcedure />} />
      <Route path="/procedures/:id" element={<PageProcedure />} />
      {/* Any other path, including unknown /organisations/x/y: the 404 page. */}
      <Route path="*" element={<PageNonTrouvee />} />
    </Routes>
  );
}
