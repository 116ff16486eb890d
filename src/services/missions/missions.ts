/**
 * Projects and missions as use cases (docs/missions.md): the owner organisation writes its
 * projects and draft missions, publishes them and moves them along the state table
 * (../../domain/missions/etats-mission.ts); everyone signed in reads published missions, drafts
 * stay with their owner (404 for the others). Every write is one transaction with its history row,
 * its audit line and its notifications; e-mails leave after the commit.
 */
import countries from "i18n-iso-countries";
import { type Acteur, autoriser, exigerAutorisation, REGLES } from "../../domain/acces";
import { domaine, estDomaine, langue } from "../../domain/experts";
import { decompterSessions, franchissementDeSeuil, SESSIONS_MAX } from "../../domain/instruments";
import {
  CANDIDATURES_EN_COURS,
  chevauchements,
  type ContexteMission,
  effetDUneNouvelleSession,
  ETATS_FINAUX_MISSION,
  ETATS_MISSION_EN_MOTS,
  type EtatMission,
  type EvenementMission,
  evenementsPossibles,
  joursFaitsEtRestants,
  joursSurLeProjet,
  LIBELLES_ETAT_MISSION,
  LIBELLES_SOURCE_MISSION,
  lireMission,
  lireProjet,
  type Mission,
  type MissionEnEtat,
  peut,
  peutCandidature,
  refusDeSource,
  schemaSession,
  type SessionMission,
  sourcesPermises,
  territoireDeLEmployeur,
} from "../../domain/missions";
import { type ErreurChamp, erreursDeChamps, ErreurMetier, introuvable, invalide } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as candidatures from "../../db/repositories/candidatures";
import * as depot from "../../db/repositories/missions";
import { documentsDeMission } from "../../db/repositories/missions-documents";
import * as orgs from "../../db/repositories/organisations";
import { journaliser } from "../acces/audit";
import type { ServiceCourriels } from "../acces/courriels";
import type { Destinataires } from "./destinataires";
import { type CalculJours, colonnesDeSession, sessionDeLigne } from "./jours";
import type { ServiceNotifications } from "./notifications";

/** What the missions' use cases are created with (services/index.ts). */
export type DependancesMissions = {
  db: Db;
  courriels: ServiceCourriels;
  notifications: ServiceNotifications;
  destinataires: Destinataires;
  jours: CalculJours;
  aujourdhui: () => string;
};

/** The candidacies still alive: their experts hear about what happens to the mission. */
const CANDIDATURES_VIVANTES = ["proposee", "deposee", "preselectionnee", "retenue", "affectee"] as const;

/** What a reader asks: the repository's filters, with a raw text and a page instead of an offset. */
export type DemandeMissions = Omit<depot.FiltresMissions, "brouillonsDe" | "texte" | "limite" | "decalage"> & { q?: string | undefined; page: number; parPage: number };

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A mission as stored, as the domain reads it (already checked when it was written). */
export function missionDeLigne(m: depot.LigneMission, sessions: readonly depot.LigneSession[]): MissionEnEtat {
  return {
    intitule: m.intitule,
    source: m.source,
    termesDeReference: m.termesDeReference ?? undefined,
    pays: m.pays ?? undefined,
    beneficiaire: m.beneficiaire ?? undefined,
    domaines: m.domaines as Mission["domaines"],
    langues: m.langues as Mission["langues"],
    nombreExperts: m.nombreExperts,
    cadre: m.cadre ?? undefined,
    hote: m.hoteType ? { type: m.hoteType } : undefined,
    remuneration: m.remuneration ?? undefined,
    dateLimiteCandidature: m.dateLimiteCandidature ?? undefined,
    sessions: sessions.map(sessionDeLigne),
    etat: m.etat,
  };
}

/** What a mission writes to the database: its fields and the flattened domains for matching. */
/** What a mission writes to the database (also used by the demo, services/demo/missions-demo.ts). */
export function colonnesDeMission(m: Mission): depot.ColonnesMission {
  return {
    source: m.source,
    cadre: m.cadre ?? null,
    hoteType: m.hote?.type ?? null,
    intitule: m.intitule,
    termesDeReference: m.termesDeReference ?? null,
    pays: m.pays ?? null,
    beneficiaire: m.beneficiaire ?? null,
    domaines: m.domaines,
    langues: m.langues,
    nombreExperts: m.nombreExperts,
    remuneration: m.remuneration ?? null,
    dateLimiteCandidature: m.dateLimiteCandidature ?? null,
    domainesCodes: m.domaines.map((d) => d.code),
  };
}

/** The input form of a mission read back (to check it again with one field changed). */
function saisieDe(m: MissionEnEtat, sessions: readonly SessionMission[]): Record<string, unknown> {
  const { sessions: _s, etat: _e, ...champs } = m;
  return { ...champs, sessions };
}

const vueSession = (rang: number, s: SessionMission) => ({
  rang,
  debut: "debut" in s ? s.debut : null,
  fin: "debut" in s ? s.fin : null,
  jours: "debut" in s ? null : s.jours,
  libelle: s.libelle ?? null,
});

/** Acts for the owner organisation (its operator, DAECT officer or RI officer; the platform administrator). */
export const estProprietaire = (acteur: Acteur, organisationId: string) => autoriser(acteur, "missions.publier", { organisationId }).autorise;

/** Everyone signed in sees published missions (and later states); a draft only its owner. */
export const voitLaMission = (acteur: Acteur, m: Pick<depot.LigneMission, "etat" | "organisationId">) => m.etat !== "brouillon" || estProprietaire(acteur, m.organisationId);

export function creerServiceMissions({ db, courriels, notifications, destinataires, jours, aujourdhui }: DependancesMissions) {
  /** The mission if the actor may see it; 404 for a draft of another organisation (its existence not revealed). */
  async function chargerMission(acteur: Acteur, id: string, tx: DbOrTx = db) {
    const m = await depot.trouverMission(tx, id);
    if (!m || !voitLaMission(acteur, m.mission)) throw introuvable("Mission");
    return m;
  }

  /** The owner only; someone who sees the published mission but does not own it gets 403. */
  function exigerProprietaire(acteur: Acteur, organisationId: string) {
    const d = autoriser(acteur, "missions.publier", { organisationId });
    if (d.autorise) return;
    throw new ErreurMetier("interdit", d.motif === "role" ? `Votre rôle ne permet pas de ${REGLES["missions.publier"].libelle}.` : "Seule l'organisation propriétaire de la mission peut la modifier.");
  }

  async function chargerProjet(acteur: Acteur, id: string) {
    const p = await depot.trouverProjet(db, id);
    if (!p) throw introuvable("Projet");
    exigerAutorisation(acteur, "missions.publier", { organisationId: p.projet.organisationId }, "Projet");
    return p;
  }

  const contexte = (acteur: Acteur, m: depot.LigneMission, comptes: { total: number; affectees: number }, motif?: string): ContexteMission => ({
    estProprietaire: estProprietaire(acteur, m.organisationId),
    aujourdhui: aujourdhui(),
    affectationsConfirmees: comptes.affectees,
    candidatures: comptes.total,
    ...(motif === undefined ? {} : { motif }),
  });

  const vueResume = (m: depot.MissionAvecProjet & { sessions?: number }) => ({
    id: m.mission.id,
    intitule: m.mission.intitule,
    etat: m.mission.etat,
    etatLibelle: LIBELLES_ETAT_MISSION[m.mission.etat],
    source: m.mission.source,
    sourceLibelle: LIBELLES_SOURCE_MISSION[m.mission.source],
    pays: m.mission.pays,
    paysLibelle: m.mission.pays ? (countries.getName(m.mission.pays, "fr") ?? m.mission.pays) : null,
    domaines: m.mission.domainesCodes,
    organisation: { id: m.mission.organisationId, nom: m.organisationNom },
    projet: { id: m.mission.projetId, intitule: m.projetIntitule },
    nombreExperts: m.mission.nombreExperts,
    dateLimiteCandidature: m.mission.dateLimiteCandidature,
    publieeLe: m.mission.publieeLe?.toISOString() ?? null,
  });

  async function vueMission(acteur: Acteur, m: depot.MissionAvecProjet, tx: DbOrTx = db) {
    const lignes = await depot.sessionsDeMission(tx, m.mission.id);
    const comptes = await candidatures.compterCandidatures(tx, m.mission.id);
    const enEtat = missionDeLigne(m.mission, lignes);
    const proprietaire = estProprietaire(acteur, m.mission.organisationId);
    const ouverte = m.mission.etat === "publiee" || m.mission.etat === "en_selection";
    return {
      ...vueResume(m),
      projet: { id: m.mission.projetId, intitule: m.projetIntitule, programme: m.projetProgramme, bailleur: m.projetBailleur },
      organisation: { id: m.mission.organisationId, nom: m.organisationNom, type: m.organisationType },
      cadre: m.mission.cadre,
      hote: m.mission.hoteType ? { type: m.mission.hoteType } : null,
      termesDeReference: m.mission.termesDeReference,
      beneficiaire: m.mission.beneficiaire,
      domaines: enEtat.domaines.map((d) => ({ code: d.code, libelle: domaine(d.code)?.fr ?? d.code, niveauMin: d.niveauMin ?? null })),
      langues: enEtat.langues.map((l) => ({ code: l.code, libelle: langue(l.code)?.fr ?? l.code, niveau: l.niveau })),
      remuneration: m.mission.remuneration,
      sessions: lignes.map((l, i) => vueSession(l.rang, enEtat.sessions[i]!)),
      // Counted on the metropolitan calendar: an agent overseas or in Alsace-Moselle may count one day less or more.
      joursParExpert: decompterSessions(enEtat.sessions, "metropole").jours,
      creeLe: m.mission.creeLe.toISOString(),
      modifieLe: m.mission.modifieLe.toISOString(),
      candidatures: proprietaire ? comptes : null,
      // Attached files (./documents.ts), listed for whoever sees the mission.
      documents: (await documentsDeMission(tx, m.mission.id)).map((d) => ({ id: d.id, nom: d.nom, type: d.type, typeMime: d.typeMime, taille: d.taille, ajouteLe: d.ajouteLe.toISOString() })),
      evenementsPossibles: evenementsPossibles(enEtat, contexte(acteur, m.mission, comptes)),
      droits: {
        modifier: proprietaire && m.mission.etat === "brouillon",
        gererSessions: proprietaire && !ETATS_FINAUX_MISSION.includes(m.mission.etat),
        candidater: ouverte && autoriser(acteur, "missions.candidater", { organisationId: null }).autorise,
      },
    };
  }

  const vueProjet = (p: NonNullable<Awaited<ReturnType<typeof depot.trouverProjet>>>["projet"], organisationNom: string) => ({
    id: p.id,
    organisation: { id: p.organisationId, nom: organisationNom },
    intitule: p.intitule,
    programme: p.programme,
    bailleur: p.bailleur,
    description: p.description,
    creeLe: p.creeLe.toISOString(),
    modifieLe: p.modifieLe.toISOString(),
  });

  function lireProjetOuRefuser(saisie: unknown) {
    const r = lireProjet(saisie);
    if (!r.ok) throw invalide(r.erreurs);
    return { intitule: r.projet.intitule, programme: r.projet.programme ?? null, bailleur: r.projet.bailleur ?? null, description: r.projet.description ?? null };
  }

  /** The mission read and checked for its owner: field errors, and a source the organisation may not publish. */
  function lireMissionOuRefuser(saisie: unknown, typeOrganisation: depot.MissionAvecProjet["organisationType"]): Mission {
    const r = lireMission(saisie);
    if (!r.ok) throw invalide(r.erreurs);
    const refus = refusDeSource(typeOrganisation, r.mission.source);
    if (refus) throw invalide([{ champ: "source", message: refus }]);
    return r.mission;
  }

  /** Tells the experts of the mission's living candidacies, and their employers' HR, that the mission moved. */
  async function notifierCandidats(tx: DbOrTx, acteur: Acteur, m: depot.LigneMission, evenement: EvenementMission, vers: EtatMission, motif?: string) {
    // Publishing is announced by the alerts (matching); a draft again had no candidacy.
    if (evenement === "publier" || evenement === "repasserEnBrouillon") return;
    const vivantes = await candidatures.listerCandidatures(tx, { missionId: m.id, etats: CANDIDATURES_VIVANTES });
    const pour = [];
    for (const c of vivantes) pour.push(...(await destinataires.expert(tx, c.profil.utilisateurId)), ...(await destinataires.rh(tx, c.profil.organisationId)));
    await notifications.notifier(
      tx,
      pour,
      {
        type: `mission.${evenement}`,
        titre: `Mission « ${m.intitule} » : ${LIBELLES_ETAT_MISSION[vers].toLowerCase()}`,
        texte: `La mission « ${m.intitule} » est désormais ${ETATS_MISSION_EN_MOTS[vers]}.${motif ? ` Motif : ${motif}` : ""}`,
        lien: `/missions/${m.id}`,
      },
      acteur.utilisateurId,
    );
  }

  /**
   * A cancelled mission closes the candidacies still in progress: each is declined by the owner
   * with the cancellation's reason (its history row), so that nobody waits on it any more — the
   * experts and their HR were told by `notifierCandidats`. Staffings stay as they were.
   */
  async function declinerCandidaturesEnCours(tx: DbOrTx, acteur: Acteur, m: depot.LigneMission, motif: string | undefined): Promise<number> {
    const texte = `La mission est annulée${motif ? ` : ${motif}` : "."}`;
    let declinees = 0;
    for (const { candidature: c } of await candidatures.listerCandidatures(tx, { missionId: m.id, etats: CANDIDATURES_EN_COURS })) {
      const r = peutCandidature("decliner", c, { estTitulaire: false, estRhEmployeur: false, estProprietaireMission: true, etatMission: "annulee", motif: texte });
      if (!r.ok) continue;
      await candidatures.changerEtatCandidature(tx, c.id, { etat: r.vers, accordEmployeur: c.accordEmployeur, motif: r.motif });
      await candidatures.ajouterHistoriqueCandidature(tx, [{ candidatureId: c.id, evenement: r.evenement, de: r.de, vers: r.vers, motif: r.motif ?? null, acteurId: acteur.utilisateurId }]);
      declinees++;
    }
    return declinees;
  }

  type Rangee = { rang: number; session: SessionMission };
  type Changement = { type: "ajout" | "modification" | "retrait"; rang: number; avant?: SessionMission; apres?: SessionMission };

  /** A session as sent, checked field by field (`debut`, `fin`, `jours`, `libelle`). */
  function lireSession(saisie: unknown): SessionMission {
    const r = schemaSession.safeParse(saisie);
    if (!r.success) throw invalide(erreursDeChamps(r.error, "session"));
    return r.data;
  }

  /**
   * The mission's sessions once changed, checked as a whole: no overlap with the changed session
   * (named by its rang), at most SESSIONS_MAX, what the mission's own checks say (a deadline that
   * must precede the first session), at least one once published.
   */
  function verifierSessions(m: depot.LigneMission, apres: readonly Rangee[], ch: Changement) {
    const erreurs: ErreurChamp[] = [];
    const liste = apres.map((x) => x.session);
    const ici = apres.findIndex((x) => x.rang === ch.rang);
    for (const { session, avec } of chevauchements(liste)) {
      if (session !== ici && avec !== ici) continue;
      const autre = apres[session === ici ? avec : session]!;
      erreurs.push({ champ: "debut", message: `chevauche la session ${autre.rang}${autre.session.libelle ? ` (« ${autre.session.libelle} »)` : ""}` });
    }
    if (liste.length > SESSIONS_MAX) erreurs.push({ champ: "sessions", message: `au plus ${SESSIONS_MAX} sessions` });
    if (m.etat !== "brouillon" && liste.length === 0) erreurs.push({ champ: "sessions", message: "une mission publiée garde au moins une session ; annulez-la plutôt" });
    if (erreurs.length) throw invalide(erreurs);
    const r = lireMission(saisieDe(missionDeLigne(m, []), liste));
    if (!r.ok) {
      throw invalide(r.erreurs.map((e) => ({ ...e, champ: ici >= 0 && e.champ.startsWith(`sessions.${ici}.`) ? e.champ.slice(`sessions.${ici}.`.length) : e.champ })));
    }
  }

  /**
   * Once experts are staffed, days already done keep their instrument (LEGAL.md T5): a session that
   * has started neither changes nor goes, and no session is added in the past.
   */
  function verifierJoursFaits(ch: Changement) {
    const jour = aujourdhui();
    if (ch.avant && "debut" in ch.avant && ch.avant.debut < jour) {
      throw new ErreurMetier("conflit", `La session ${ch.rang} a commencé le ${ch.avant.debut} et la mission a des experts affectés : les jours déjà faits ne changent pas. Ajoutez plutôt une session.`);
    }
    if (ch.apres && "debut" in ch.apres && ch.apres.debut < jour) {
      throw invalide([{ champ: "debut", message: `la mission a des experts affectés : une session ne commence pas dans le passé (avant le ${jour}) ; les jours déjà faits ne changent pas` }]);
    }
  }

  /**
   * For each expert staffed on the mission, what the change does to their total on the project,
   * and the warning of rule T5 when it crosses a threshold (6 or 130 days by default).
   */
  async function franchissementsDe(tx: DbOrTx, m: depot.LigneMission, apres: readonly Rangee[], ch: Changement) {
    const affectees = await candidatures.listerCandidatures(tx, { missionId: m.id, etats: ["affectee"] });
    const seuils = jours.seuils();
    const resultat = [];
    for (const c of affectees) {
      const territoire = territoireDeLEmployeur(c.profil.codeDepartement);
      const affectations = await jours.affectationsSurProjet(tx, c.profil.id, m.projetId);
      const autres = affectations.filter((a) => a.missionId !== m.id);
      const avant = [...autres.flatMap((a) => a.sessions), ...(affectations.find((a) => a.missionId === m.id)?.sessions ?? [])];
      const effet =
        ch.type === "ajout" && ch.apres
          ? effetDUneNouvelleSession(avant, ch.apres, seuils, territoire)
          : (() => {
              const a = joursSurLeProjet([{ sessions: avant }], { territoire, seuils }).jours;
              const b = joursSurLeProjet([...autres, { sessions: apres.map((x) => x.session) }], { territoire, seuils }).jours;
              const f = franchissementDeSeuil(a, b, seuils);
              return f ? { avant: a, apres: b, franchissement: f } : { avant: a, apres: b };
            })();
      if (!effet.franchissement) continue;
      const toutes = [...autres.flatMap((a) => a.sessions), ...apres.map((x) => x.session)];
      const { faits, restants } = joursFaitsEtRestants(toutes, aujourdhui(), territoire);
      resultat.push({
        candidature: c,
        vue: {
          profilId: c.profil.id,
          candidatureId: c.candidature.id,
          prenom: c.profil.prenom,
          nom: c.profil.nom,
          avant: effet.avant,
          apres: effet.apres,
          de: effet.franchissement.de,
          vers: effet.franchissement.vers,
          joursFaits: faits,
          joursRestants: restants,
          message: effet.franchissement.message,
        },
      });
    }
    return resultat;
  }

  /** Adds, changes or removes one session: checked, written with its audit line, thresholds warned. */
  async function changerSessions(acteur: Acteur, id: string, requestId: string, preparer: (actuelles: Rangee[], dernier: number) => Changement) {
    const m = await chargerMission(acteur, id);
    exigerProprietaire(acteur, m.mission.organisationId);
    const resultat = await db.transaction(async (tx) => {
      const ligne = (await depot.verrouillerMission(tx, id))!;
      if (ETATS_FINAUX_MISSION.includes(ligne.etat)) throw new ErreurMetier("conflit", `La mission est ${ETATS_MISSION_EN_MOTS[ligne.etat]} : ses sessions ne changent plus.`);
      const actuelles = (await depot.sessionsDeMission(tx, id)).map((l) => ({ rang: l.rang, session: sessionDeLigne(l) }));
      const ch = preparer(actuelles, await depot.dernierRang(tx, id));
      const apres =
        ch.type === "ajout"
          ? [...actuelles, { rang: ch.rang, session: ch.apres! }]
          : ch.type === "modification"
            ? actuelles.map((x) => (x.rang === ch.rang ? { rang: ch.rang, session: ch.apres! } : x))
            : actuelles.filter((x) => x.rang !== ch.rang);
      const { affectees } = await candidatures.compterCandidatures(tx, id);
      if (affectees > 0) verifierJoursFaits(ch);
      verifierSessions(ligne, apres, ch);
      const franchissements = affectees > 0 ? await franchissementsDe(tx, ligne, apres, ch) : [];

      if (ch.type === "ajout") await depot.ajouterSession(tx, id, ch.rang, colonnesDeSession(ch.apres!));
      else if (ch.type === "modification") await depot.modifierSession(tx, id, ch.rang, colonnesDeSession(ch.apres!));
      else await depot.retirerSession(tx, id, ch.rang);
      await depot.modifierMission(tx, id, {});
      await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.organisationId, requestId }, `${ch.type}_session_mission`, { type: "mission", id }, {
        rang: ch.rang,
        ...(ch.avant ? { avant: ch.avant } : {}),
        ...(ch.apres ? { apres: ch.apres } : {}),
        ...(franchissements.length ? { franchissements: franchissements.map((f) => ({ profilId: f.vue.profilId, avant: f.vue.avant, apres: f.vue.apres })) } : {}),
      });
      for (const { candidature: c, vue } of franchissements) {
        // Not `sauf` the actor: the warning is what they must act on (switch the instrument), kept in their notifications.
        const pour = [...(await destinataires.rh(tx, c.profil.organisationId)), ...(await destinataires.proprietaire(tx, ligne))];
        await notifications.notifier(tx, pour, {
          type: "mission.seuil",
          titre: `Seuil de jours franchi : ${c.profil.prenom} ${c.profil.nom} sur le projet « ${c.projetIntitule} »`,
          texte:
            `${vue.message} Mission « ${ligne.intitule} ». Jours déjà faits : ${nombre.format(vue.joursFaits)} ; jours restants : ${nombre.format(vue.joursRestants)}. ` +
            "Le conseiller indique l'instrument recommandé sur la page de l'affectation.",
          lien: `/candidatures/${c.candidature.id}`,
        });
      }
      return { franchissements: franchissements.map((f) => f.vue) };
    });
    if (resultat.franchissements.length) courriels.livrerEnArrierePlan();
    return { mission: await vueMission(acteur, (await depot.trouverMission(db, id))!), franchissements: resultat.franchissements };
  }

  return {
    // ——————————————————————————————————————— Projects

    async creerProjet(acteur: Acteur, saisie: unknown, requestId: string) {
      exigerAutorisation(acteur, "missions.publier", { organisationId: acteur.organisationId });
      const organisation = await orgs.trouverParId(db, acteur.organisationId);
      if (!organisation || sourcesPermises(organisation.type).length === 0) throw new ErreurMetier("interdit", "Votre organisation ne publie pas de missions.");
      const p = lireProjetOuRefuser(saisie);
      const cree = await db.transaction(async (tx) => {
        const l = await depot.creerProjet(tx, { ...p, organisationId: acteur.organisationId, creePar: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: acteur.organisationId, requestId }, "creation_projet", { type: "projet", id: l.id }, { intitule: p.intitule });
        return l;
      });
      return this.lireProjet(acteur, cree.id);
    },

    async listerProjets(acteur: Acteur, { page, parPage }: { page: number; parPage: number }) {
      exigerAutorisation(acteur, "missions.publier", { organisationId: acteur.organisationId });
      const organisation = await orgs.trouverParId(db, acteur.organisationId);
      const { total, resultats } = await depot.listerProjets(db, acteur.organisationId, parPage, (page - 1) * parPage);
      return { total, page, parPage, resultats: resultats.map((r) => ({ ...vueProjet(r.projet, organisation?.nom ?? ""), missions: r.missions })) };
    },

    async lireProjet(acteur: Acteur, id: string) {
      const p = await chargerProjet(acteur, id);
      const { resultats } = await depot.listerMissions(db, { brouillonsDe: p.projet.organisationId, projetId: id, limite: 500, decalage: 0 });
      return { ...vueProjet(p.projet, p.organisationNom), missions: resultats.map(vueResume) };
    },

    async modifierProjet(acteur: Acteur, id: string, saisie: unknown, requestId: string) {
      const avant = await chargerProjet(acteur, id);
      const p = lireProjetOuRefuser(saisie);
      await db.transaction(async (tx) => {
        await depot.modifierProjet(tx, id, p);
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: avant.projet.organisationId, requestId }, "modification_projet", { type: "projet", id }, { intitule: p.intitule });
      });
      return this.lireProjet(acteur, id);
    },

    // ——————————————————————————————————————— Missions

    /** A draft mission in the project, with its sessions if given. */
    async creerMission(acteur: Acteur, projetId: string, saisie: unknown, requestId: string) {
      const p = await chargerProjet(acteur, projetId);
      const m = lireMissionOuRefuser(saisie, p.organisationType);
      const id = await db.transaction(async (tx) => {
        const l = await depot.creerMission(tx, { ...colonnesDeMission(m), projetId, organisationId: p.projet.organisationId, creePar: acteur.utilisateurId });
        await depot.remplacerSessions(tx, l.id, m.sessions.map(colonnesDeSession));
        await depot.ajouterHistoriqueMission(tx, { missionId: l.id, evenement: "creer", de: null, vers: "brouillon", acteurId: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: p.projet.organisationId, requestId }, "creation_mission", { type: "mission", id: l.id }, { projetId, intitule: m.intitule });
        return l.id;
      });
      return this.lire(acteur, id);
    },

    async lire(acteur: Acteur, id: string) {
      return vueMission(acteur, await chargerMission(acteur, id));
    },

    /**
     * Rewrites a draft. Without `sessions` in the body, the sessions stay as they are; with it,
     * they are replaced (and numbered again from 1).
     */
    async modifierMission(acteur: Acteur, id: string, saisie: unknown, requestId: string) {
      const m = await chargerMission(acteur, id);
      exigerProprietaire(acteur, m.mission.organisationId);
      if (m.mission.etat !== "brouillon") {
        throw new ErreurMetier("conflit", `La mission est ${ETATS_MISSION_EN_MOTS[m.mission.etat]} : seul un brouillon se modifie ; ses sessions se gèrent une à une (POST /api/v1/missions/${id}/sessions).`);
      }
      const remplaceSessions = !estObjet(saisie) || "sessions" in saisie;
      const actuelles = remplaceSessions ? [] : (await depot.sessionsDeMission(db, id)).map(sessionDeLigne);
      const lue = lireMissionOuRefuser(remplaceSessions ? saisie : { ...(saisie as object), sessions: actuelles }, m.organisationType);
      await db.transaction(async (tx) => {
        const ligne = (await depot.verrouillerMission(tx, id))!;
        if (ligne.etat !== "brouillon") throw new ErreurMetier("conflit", "La mission vient d'être publiée : seul un brouillon se modifie.");
        await depot.modifierMission(tx, id, colonnesDeMission(lue));
        if (remplaceSessions) await depot.remplacerSessions(tx, id, lue.sessions.map(colonnesDeSession));
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.organisationId, requestId }, "modification_mission", { type: "mission", id }, { intitule: lue.intitule, sessions: remplaceSessions });
      });
      return this.lire(acteur, id);
    },

    async lister(acteur: Acteur, d: DemandeMissions) {
      const erreurs: ErreurChamp[] = [];
      d.domaines?.forEach((v, i) => {
        if (!estDomaine(v)) erreurs.push({ champ: `domaine.${i}`, message: `« ${v} » : domaine inconnu du thésaurus` });
      });
      d.pays?.forEach((v, i) => {
        if (!/^[a-z]{2}$/i.test(v) || !countries.isValid(v.toUpperCase())) erreurs.push({ champ: `pays.${i}`, message: `« ${v} » : code de pays ISO 3166 inconnu (SN, MA…)` });
      });
      if (erreurs.length) throw invalide(erreurs, "Certains critères de recherche sont invalides.");
      const texte = d.q ? await orgs.normaliser(db, d.q) : undefined;
      const { total, resultats } = await depot.listerMissions(db, {
        brouillonsDe: estProprietaire(acteur, acteur.organisationId) ? acteur.organisationId : null,
        etats: d.etats,
        pays: d.pays?.map((p) => p.toUpperCase()),
        domaines: d.domaines,
        sources: d.sources,
        organisationId: d.organisationId,
        projetId: d.projetId,
        texte: texte || undefined,
        limite: d.parPage,
        decalage: (d.page - 1) * d.parPage,
      });
      return { total, page: d.page, parPage: d.parPage, resultats: resultats.map((r) => ({ ...vueResume(r), sessions: r.sessions })) };
    },

    /** Fires an event of the state table: the new state and its history row, the audit line, the candidates told. */
    async transition(acteur: Acteur, id: string, { evenement, motif }: { evenement: EvenementMission; motif?: string | undefined }, requestId: string) {
      await chargerMission(acteur, id);
      await db.transaction(async (tx) => {
        const ligne = (await depot.verrouillerMission(tx, id))!;
        const sessions = await depot.sessionsDeMission(tx, id);
        const comptes = await candidatures.compterCandidatures(tx, id);
        const r = peut(evenement, missionDeLigne(ligne, sessions), contexte(acteur, ligne, comptes, motif));
        if (!r.ok) throw new ErreurMetier(r.code, r.raison.charAt(0).toUpperCase() + r.raison.slice(1) + ".", r.erreurs);
        await depot.changerEtatMission(tx, id, r.vers, r.evenement === "publier");
        await depot.ajouterHistoriqueMission(tx, { missionId: id, evenement: r.evenement, de: r.de, vers: r.vers, motif: r.motif ?? null, acteurId: acteur.utilisateurId });
        await notifierCandidats(tx, acteur, ligne, r.evenement, r.vers, r.motif);
        const declinees = r.vers === "annulee" ? await declinerCandidaturesEnCours(tx, acteur, ligne, r.motif) : 0;
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.organisationId, requestId }, "transition_mission", { type: "mission", id }, {
          evenement: r.evenement,
          de: r.de,
          vers: r.vers,
          ...(r.motif ? { motif: r.motif } : {}),
          ...(declinees ? { candidaturesDeclinees: declinees } : {}),
        });
      });
      courriels.livrerEnArrierePlan();
      const mission = await this.lire(acteur, id);
      return { etat: mission.etat, evenementsPossibles: mission.evenementsPossibles, mission };
    },

    async historique(acteur: Acteur, id: string) {
      await chargerMission(acteur, id);
      return (await depot.historiqueMission(db, id)).map((h) => ({
        evenement: h.evenement,
        de: h.de,
        vers: h.vers,
        motif: h.motif,
        acteur: h.acteurPrenom ? `${h.acteurPrenom} ${h.acteurNom}` : null,
        horodatage: h.horodatage.toISOString(),
      }));
    },

    // ——————————————————————————————————————— Sessions

    ajouterSession(acteur: Acteur, id: string, saisie: unknown, requestId: string) {
      const session = lireSession(saisie);
      return changerSessions(acteur, id, requestId, (_actuelles, dernier) => ({ type: "ajout", rang: dernier + 1, apres: session }));
    },

    modifierSession(acteur: Acteur, id: string, rang: number, saisie: unknown, requestId: string) {
      const session = lireSession(saisie);
      return changerSessions(acteur, id, requestId, (actuelles) => {
        const avant = actuelles.find((x) => x.rang === rang);
        if (!avant) throw introuvable("Session");
        return { type: "modification", rang, avant: avant.session, apres: session };
      });
    },

    retirerSession(acteur: Acteur, id: string, rang: number, requestId: string) {
      return changerSessions(acteur, id, requestId, (actuelles) => {
        const avant = actuelles.find((x) => x.rang === rang);
        if (!avant) throw introuvable("Session");
        return { type: "retrait", rang, avant: avant.session };
      });
    },
  };
}
export type ServiceMissions = ReturnType<typeof creerServiceMissions>;
