/**
 * Alerts (issue 6 §3, docs/missions.md "Alertes"): scheduled jobs tell the experts a newly
 * published mission fits, and the authors of saved searches the new profiles that fit them; each
 * person by the channel they chose (`preference_alertes`): at once (notification and e-mail), in a
 * daily digest (notification at once, one e-mail a day), or never. Each mission and each saved
 * search is handled in one transaction with its notifications and e-mails (through the outbox), so
 * that a retried job neither loses nor repeats an alert.
 */
import { type Acteur, exigerAutorisation } from "../../domain/acces";
import { perimetre, type Proprietaire } from "../../domain/experts";
import {
  ALERTES_PAR_MISSION,
  besoinDeLaMission,
  LIMITES_RECHERCHES_ENREGISTREES,
  nouveauxProfils,
  type PreferenceAlerte,
  SCORE_MIN_ALERTE,
  schemaNomRecherche,
  schemaPreferenceAlerte,
  texteDuResume,
} from "../../domain/missions";
import { ErreurMetier, erreursDeChamps, introuvable, invalide } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as depot from "../../db/repositories/alertes";
import * as depotMissions from "../../db/repositories/missions";
import type { ServiceCourriels } from "../acces/courriels";
import type { DemandeRecherche, ServiceRecherche } from "../experts/recherche";
import type { ServiceAppariement } from "./appariement";
import { missionDeLigne } from "./missions";

type Alerte = { type: "alerte.mission" | "alerte.recherche"; titre: string; texte: string; lien: string };

/** The criteria a saved search keeps: a search's, without its page. */
export type CriteresEnregistres = Omit<DemandeRecherche, "page" | "parPage">;

export function creerServiceAlertes({
  db,
  courriels,
  appariement,
  recherche,
  urlPublique,
}: {
  db: Db;
  courriels: ServiceCourriels;
  appariement: Pick<ServiceAppariement, "apparier">;
  recherche: Pick<ServiceRecherche, "profilsTrouves">;
  urlPublique: string;
}) {
  /** One alert to each person, as each chose: the notification, and the e-mail now or in the digest. */
  async function alerter(tx: DbOrTx, destinataires: readonly depot.DestinataireAlerte[], alerte: Alerte): Promise<number> {
    const servis = destinataires.filter((d) => d.preference !== "jamais");
    await depot.insererAlertes(
      tx,
      servis.map((d) => ({ utilisateurId: d.utilisateurId, ...alerte, resumeAttendu: d.preference === "quotidienne" })),
    );
    for (const d of servis.filter((x) => x.preference === "immediate")) {
      await courriels.deposer(tx, { destinataire: d.email, sujet: alerte.titre, texte: [`Bonjour ${d.prenom},`, "", alerte.texte, "", `${urlPublique}${alerte.lien}`].join("\n") });
    }
    return servis.length;
  }

  return {
    /**
     * Each mission published since the last run, announced to the experts it fits: the best ranked
     * (at most ALERTES_PAR_MISSION) with a score of SCORE_MIN_ALERTE or more, among those who
     * consented to be seen by its owner (the matching's own rule), and who claimed their profile.
     */
    async annoncerMissionsPubliees(): Promise<{ missions: number; alertes: number }> {
      let alertes = 0;
      const ids = await depot.missionsAAnnoncer(db, 50);
      for (const id of ids) {
        const trouvee = await depotMissions.trouverMission(db, id);
        if (!trouvee) continue;
        const mission = missionDeLigne(trouvee.mission, await depotMissions.sessionsDeMission(db, id));
        const proprietaire: Proprietaire = { id: trouvee.mission.organisationId, type: trouvee.organisationType };
        const { candidats } = await appariement.apparier(proprietaire, besoinDeLaMission(mission), { limite: ALERTES_PAR_MISSION });
        const retenus = candidats.filter((c) => c.score >= SCORE_MIN_ALERTE);
        alertes += await db.transaction(async (tx) => {
          if (!(await depot.marquerAnnoncee(tx, id))) return 0; // another run took it
          const titulaires = await depot.titulairesDesProfils(tx, retenus.map((c) => c.id));
          const destinataires = await depot.destinatairesAlertes(tx, [...new Set(titulaires.values())]);
          return alerter(tx, destinataires, {
            type: "alerte.mission",
            titre: `Une mission pour vous : ${mission.intitule}`,
            texte: `« ${trouvee.organisationNom} » publie la mission « ${mission.intitule} »${mission.pays ? ` (${mission.pays})` : ""}, qui correspond à votre profil d'expert. Consultez-la et candidatez si elle vous intéresse.`,
            lien: `/missions/${id}`,
          });
        });
      }
      return { missions: ids.length, alertes };
    },

    /** One e-mail a day to each person who chose the digest, listing the alerts of the day. */
    async envoyerResumesQuotidiens(): Promise<number> {
      const enAttente = await depot.alertesAResumer(db);
      const parPersonne = new Map<string, typeof enAttente>();
      for (const a of enAttente) parPersonne.set(a.utilisateurId, [...(parPersonne.get(a.utilisateurId) ?? []), a]);
      for (const lignes of parPersonne.values()) {
        await db.transaction(async (tx) => {
          const { sujet, texte } = texteDuResume(lignes[0]!.prenom, lignes, urlPublique);
          await courriels.deposer(tx, { destinataire: lignes[0]!.email, sujet, texte });
          await depot.marquerResumees(tx, lignes.map((l) => l.id));
        });
      }
      return parPersonne.size;
    },

    /** Each saved search run again as its author would; the profiles it finds for the first time announced. */
    async alerterRecherchesEnregistrees(): Promise<{ recherches: number; alertes: number }> {
      let alertes = 0;
      const aExecuter = await depot.recherchesAExecuter(db);
      for (const { recherche: r, email, prenom, preference } of aExecuter) {
        const lecteur = { utilisateurId: r.utilisateurId, organisationId: r.organisationId, role: r.role };
        let trouves: string[];
        try {
          trouves = await recherche.profilsTrouves(perimetre(lecteur), r.criteres as CriteresEnregistres);
        } catch (e) {
          // Criteria that became invalid (a domain removed from the thesaurus): skipped, the others run.
          if (e instanceof ErreurMetier) continue;
          throw e;
        }
        const nouveaux = nouveauxProfils(trouves, await depot.profilsDejaVus(db, r.id));
        if (nouveaux.length === 0) continue;
        alertes += await db.transaction(async (tx) => {
          await depot.ajouterProfilsVus(tx, r.id, nouveaux);
          const n = nouveaux.length;
          return alerter(tx, [{ utilisateurId: r.utilisateurId, email, prenom, preference }], {
            type: "alerte.recherche",
            titre: `${n} nouveau${n > 1 ? "x" : ""} profil${n > 1 ? "s" : ""} pour votre recherche « ${r.nom} »`,
            texte: `Votre recherche enregistrée « ${r.nom} » trouve ${n} profil${n > 1 ? "s" : ""} qu'elle ne trouvait pas encore.`,
            lien: lienDeRecherche(r.criteres as CriteresEnregistres),
          });
        });
      }
      return { recherches: aExecuter.length, alertes };
    },

    async preference(utilisateurId: string): Promise<{ alertes: PreferenceAlerte }> {
      const p = await depot.preferenceAlertes(db, utilisateurId);
      if (!p) throw introuvable("Compte");
      return { alertes: p };
    },

    async changerPreference(utilisateurId: string, saisie: unknown): Promise<{ alertes: PreferenceAlerte }> {
      const lu = schemaPreferenceAlerte.safeParse(saisie);
      if (!lu.success) throw invalide(erreursDeChamps(lu.error, "preference"));
      await db.transaction((tx) => depot.changerPreferenceAlertes(tx, utilisateurId, lu.data.alertes));
      return lu.data;
    },

    /**
     * Saves a search of the pool, with the role and organisation the person acts with: it will run
     * with their perimeter. The profiles it finds today are noted as seen: only later ones alert.
     */
    async enregistrerRecherche(acteur: Acteur, { nom, criteres }: { nom: unknown; criteres: CriteresEnregistres }) {
      exigerAutorisation(acteur, "vivier.rechercher", { organisationId: null });
      const lu = schemaNomRecherche.safeParse(nom);
      if (!lu.success) throw invalide(erreursDeChamps(lu.error, "nom").map((e) => ({ ...e, champ: "nom" })));
      if (!acteur.organisationId) throw new ErreurMetier("interdit", "Choisissez l'organisation pour laquelle vous cherchez.");
      const trouves = await recherche.profilsTrouves(perimetre(acteur), criteres); // also checks the criteria (400)
      return db.transaction(async (tx) => {
        if ((await depot.recherchesDe(tx, acteur.utilisateurId)).length >= LIMITES_RECHERCHES_ENREGISTREES.parPersonne) {
          throw new ErreurMetier("conflit", `Vous avez déjà ${LIMITES_RECHERCHES_ENREGISTREES.parPersonne} recherches enregistrées : supprimez-en une.`);
        }
        const r = await depot.creerRechercheEnregistree(tx, { utilisateurId: acteur.utilisateurId, organisationId: acteur.organisationId!, role: acteur.role, nom: lu.data, criteres });
        await depot.ajouterProfilsVus(tx, r.id, trouves);
        return vue(r);
      });
    },

    async recherches(utilisateurId: string) {
      return (await depot.recherchesDe(db, utilisateurId)).map(vue);
    },

    /** 404 for another person's saved search: its existence is not revealed. */
    async supprimerRecherche(utilisateurId: string, id: string) {
      const fait = await db.transaction((tx) => depot.supprimerRechercheEnregistree(tx, utilisateurId, id));
      if (!fait) throw introuvable("Recherche enregistrée");
    },
  };
}
export type ServiceAlertes = ReturnType<typeof creerServiceAlertes>;

const vue = (r: depot.LigneRechercheEnregistree) => ({
  id: r.id,
  nom: r.nom,
  criteres: r.criteres as CriteresEnregistres,
  role: r.role,
  organisationId: r.organisationId,
  lien: lienDeRecherche(r.criteres as CriteresEnregistres),
  derniereAlerteLe: r.derniereAlerteLe?.toISOString() ?? null,
  creeLe: r.creeLe.toISOString(),
});

/** The search page showing a saved search: the address the page reads (pages/vivier/criteres.ts). */
const lienDeRecherche = (c: CriteresEnregistres) => `/vivier?${new URLSearchParams(versParametres(c)).toString()}`;

/** The criteria as the search page's address reads them (pages/vivier/criteres.ts): one parameter per value. */
function versParametres(c: CriteresEnregistres): [string, string][] {
  const paires: [string, string][] = [];
  const ajouter = (nom: string, v: unknown) => {
    if (Array.isArray(v)) for (const x of v) paires.push([nom, String(x)]);
    else if (v === true) paires.push([nom, "1"]);
    else if (v !== undefined && v !== null && v !== "" && v !== false) paires.push([nom, String(v)]);
  };
  ajouter("q", c.q);
  ajouter("domaine", c.domaines);
  ajouter("langue", c.langues);
  ajouter("pays", c.pays);
  ajouter("position", c.positions);
  ajouter("employeur", c.employeurs);
  ajouter("departement", c.departements);
  ajouter("region", c.regions);
  ajouter("disponibleDu", c.disponibleDu);
  ajouter("disponibleAu", c.disponibleAu);
  ajouter("aJour", c.aJour);
  return paires;
}
