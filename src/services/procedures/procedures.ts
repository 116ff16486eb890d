/**
 * Statutory procedures as cases (issue 7, docs/procedures.md): opened from a staffing with the
 * advisor's instrument (or another, justified) or by hand; their data edited while the table
 * allows it; moved by the events of their table (src/domain/procedures), each with its history
 * row, audit line and the notifications of the people who act next, in one transaction.
 *
 * Who is who on a case is decided here, from the person's active membership and identity:
 * `acteursProcedure` turns them into the tables' abstract actors (the agent concerned, the
 * employer's HR, superior, authority, RI officer, the host, the operator). Nobody else sees a
 * case: 404, as for any record one may not know of.
 */
import { type Acteur } from "../../domain/acces";
import type { Instrument } from "../../domain/instruments";
import {
  ACTEURS_PROCEDURE,
  type ActeurProcedure,
  actionsAttendues,
  definitionDossier,
  type DefinitionDossier,
  type Dossier,
  LIBELLES_ACTEUR_PROCEDURE,
  LIBELLES_EVENEMENT_PROCEDURE,
  LIBELLES_MODELE_PROCEDURE,
  LIBELLES_TYPE_PROCEDURE,
  messageEtapeProcedure,
  quiAgitEnsuite,
  type IdRegleProcedure,
  LIBELLES_STATUT_REMBOURSEMENT,
  REGLES_PAR_PROCEDURE,
  REGLES_PROCEDURES,
  sourceDe,
  type Saisie,
  type CasDuChoix,
  INSTRUMENT_DE_LA_PROCEDURE,
  type Statut,
  type TypeHote,
  type TypeProcedure,
  verifierChoixInstrument,
} from "../../domain/procedures";
import { ErreurMetier, introuvable, invalide } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as depotMissions from "../../db/repositories/missions";
import * as depotOrganisations from "../../db/repositories/organisations";
import * as depot from "../../db/repositories/procedures";
import * as depotProfils from "../../db/repositories/profils";
import { journaliser } from "../acces/audit";
import type { ServiceCourriels } from "../acces/courriels";
import type { ServiceCandidatures } from "../missions/candidatures";
import type { Destinataire, ServiceNotifications } from "../missions/notifications";
import { acteursSur, type Parties } from "./acteurs";
import { modelesDisponibles } from "./documents";
import { lireOuverture, type Ouverture } from "./ouverture";
import { preremplir } from "./preremplissage";

export type DependancesProcedures = {
  db: Db;
  courriels: ServiceCourriels;
  notifications: ServiceNotifications;
  candidatures: Pick<ServiceCandidatures, "lire">;
  aujourdhui: () => string;
};

/** Roles that act for an employer on its agents' cases; the operator acts for a host or a partner. */
const ROLES_EMPLOYEUR = ["gestionnaire_rh", "superieur_hierarchique", "autorite_territoriale", "charge_ri"] as const;
const ROLE_POUR: Record<Exclude<ActeurProcedure, "agent">, { role: string; ou: "organisationId" | "accueilId" | "operateurId" }> = {
  rh: { role: "gestionnaire_rh", ou: "organisationId" },
  superieur: { role: "superieur_hierarchique", ou: "organisationId" },
  autorite: { role: "autorite_territoriale", ou: "organisationId" },
  charge_ri: { role: "charge_ri", ou: "organisationId" },
  accueil: { role: "operateur", ou: "accueilId" },
  operateur: { role: "operateur", ou: "operateurId" },
};

const DONNEES_MAX_OCTETS = 200_000;

/** Where a new case stands (and the mission it comes from, to prefill its data). */
type PartiesNouvelles = Omit<depot.NouvelleProcedure, "type" | "etat" | "intitule" | "donnees" | "creePar"> & {
  organisationId: string;
  agentId: string | null;
  accueilId: string | null;
  operateurId: string | null;
  missionId?: string;
};

const dossierDe = (p: depot.LigneProcedure): Dossier => ({ etat: p.etat, donnees: p.donnees, suivi: p.suivi });
const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const refuser = (r: { code: "interdit" | "conflit" | "validation"; raison: string; erreurs?: { champ: string; message: string }[] }) =>
  new ErreurMetier(r.code, `${majuscule(r.raison)}.`, r.erreurs);

export function creerServiceProcedures({ db, courriels, notifications, candidatures, aujourdhui }: DependancesProcedures) {
  /** The case, if this person is someone on it; 404 otherwise. */
  async function charger(acteur: Acteur, id: string, tx: DbOrTx = db) {
    const p = await depot.trouverProcedure(tx, id);
    const acteurs = p ? acteursSur(acteur, p.procedure) : [];
    if (!p || acteurs.length === 0) throw introuvable("Procédure");
    return { p, acteurs, definition: definitionDossier(p.procedure.type) };
  }

  function vueResume(p: depot.ProcedureDetaillee, definition: DefinitionDossier) {
    const l = p.procedure;
    return {
      id: l.id,
      type: l.type,
      typeLibelle: LIBELLES_TYPE_PROCEDURE[l.type],
      etat: l.etat,
      etatLibelle: definition.libellesEtats[l.etat] ?? l.etat,
      termine: definition.finaux.includes(l.etat),
      intitule: l.intitule,
      organisation: { id: l.organisationId, nom: p.organisationNom },
      accueil: l.accueilId ? { id: l.accueilId, nom: p.accueilNom! } : null,
      operateur: l.operateurId ? { id: l.operateurId, nom: p.operateurNom! } : null,
      agent: l.profilId ? { profilId: l.profilId, prenom: p.agentPrenom!, nom: p.agentNom! } : null,
      echeances: definition.echeances(dossierDe(l), aujourdhui()),
      creeLe: l.creeLe.toISOString(),
      modifieLe: l.modifieLe.toISOString(),
    };
  }

  async function vue(acteur: Acteur, id: string) {
    const { p, acteurs, definition } = await charger(acteur, id);
    const l = p.procedure;
    const dossier = dossierDe(l);
    const base = { acteurs, aujourdhui: aujourdhui() };
    const [historique, documents] = await Promise.all([depot.historiqueProcedure(db, id), depot.documentsDeProcedure(db, id)]);
    return {
      ...vueResume(p, definition),
      candidatureId: l.candidatureId,
      instrumentRecommande: l.instrumentRecommande,
      justification: l.justification,
      donnees: l.donnees,
      suivi: l.suivi,
      /** What the data still lacks before the steps that need it complete. */
      manquants: definition.verifier(l.donnees),
      alertes: (definition.alertes?.(dossier) ?? []).map((a) => ({ ...a, source: sourceDe(a.regle as IdRegleProcedure) })),
      remboursements: definition.remboursements?.(dossier, base.aujourdhui).map((r) => ({ ...r, statutLibelle: LIBELLES_STATUT_REMBOURSEMENT[r.statut] })) ?? null,
      modifiable: definition.edition.etats.includes(l.etat) && definition.edition.acteurs.some((a) => acteurs.includes(a)),
      mesRoles: acteurs.map((a) => ({ acteur: a, libelle: LIBELLES_ACTEUR_PROCEDURE[a] })),
      modelesDisponibles: modelesDisponibles(l.type, l.etat),
      regles: REGLES_PAR_PROCEDURE[l.type].map((id) => ({ id, ...REGLES_PROCEDURES[id] })),
      evenementsPossibles: definition.evenementsPossibles(l.etat, definition.contexte(dossier, base, {})),
      historique: historique.map((h) => ({
        evenement: h.evenement,
        evenementLibelle: majuscule(LIBELLES_EVENEMENT_PROCEDURE[l.type][h.evenement] ?? h.evenement),
        de: h.de,
        deLibelle: h.de ? (definition.libellesEtats[h.de] ?? h.de) : null,
        vers: h.vers,
        versLibelle: definition.libellesEtats[h.vers] ?? h.vers,
        motif: h.motif,
        saisie: h.saisie,
        acteur: h.acteurPrenom ? `${h.acteurPrenom} ${h.acteurNom}` : null,
        horodatage: h.horodatage.toISOString(),
      })),
      documents: documents.map((d) => ({
        id: d.id,
        nature: d.nature,
        modele: d.modele,
        modeleLibelle: d.modele === null ? null : (LIBELLES_MODELE_PROCEDURE[d.modele] ?? d.modele),
        version: d.version,
        nom: d.nom,
        typeMime: d.typeMime,
        taille: d.taille,
        ajouteLe: d.ajouteLe.toISOString(),
      })),
    };
  }

  /** The people behind abstract actors on a case, for its notifications. */
  async function personnes(tx: DbOrTx, p: Parties, qui: readonly ActeurProcedure[]): Promise<Destinataire[]> {
    const liste: Destinataire[] = [];
    for (const a of qui) {
      if (a === "agent") {
        if (p.agentId) liste.push(...(await notifications.utilisateursActifs(tx, [p.agentId])));
        continue;
      }
      const { role, ou } = ROLE_POUR[a];
      const organisationId = p[ou];
      if (organisationId) liste.push(...(await notifications.membresAvecRoles(tx, organisationId, [role as "gestionnaire_rh"])));
    }
    return liste;
  }

  /** Resolves where a new case stands: its parties, its agent, the recommended instrument. */
  async function parties(acteur: Acteur, o: Ouverture): Promise<PartiesNouvelles> {
    if (o.candidatureId) {
      // From a staffing: the candidacy's page (as this person may see it) gives the agent, the mission and the advisor's instrument.
      const c = await candidatures.lire(acteur, o.candidatureId);
      if (c.etat !== "affectee") throw new ErreurMetier("conflit", "Une procédure s'ouvre depuis une affectation confirmée : cette candidature n'est pas affectée.");
      const instrument = (c.affectation?.instrument ?? null) as Instrument | null;
      const mission = await depotMissions.trouverMission(db, c.mission.id);
      const typeHote = (mission?.mission.hoteType ?? undefined) as TypeHote | undefined;
      const justification = verifierInstrument(o, instrument ?? undefined, { statut: c.profil.position as Statut, ...(typeHote ? { typeHote } : {}) });
      const hote = o.type === "mise_a_disposition" || o.type === "detachement" ? c.mission.organisationId : null;
      return {
        organisationId: c.profil.employeur.id,
        profilId: c.profil.id,
        agentId: (await depotProfils.trouverProfil(db, c.profil.id))?.profil.utilisateurId ?? null,
        accueilId: o.accueilId ?? hote,
        operateurId: o.type === "convention_partenariat" ? (o.operateurId ?? c.mission.organisationId) : null,
        candidatureId: c.id,
        instrumentRecommande: instrument,
        justification,
        missionId: c.mission.id,
      };
    }
    if (o.profilId) {
      const trouve = await depotProfils.trouverProfil(db, o.profilId);
      // An employer's agent, or one's own profile; any other: as if it did not exist.
      const permis = trouve && (trouve.profil.organisationId === acteur.organisationId || trouve.profil.utilisateurId === acteur.utilisateurId);
      if (!trouve || !permis) throw invalide([{ champ: "profilId", message: "profil introuvable parmi les agents de votre organisation" }]);
      const justification = verifierInstrument(o, undefined, { statut: trouve.profil.position as Statut });
      return {
        organisationId: trouve.profil.organisationId,
        profilId: trouve.profil.id,
        agentId: trouve.profil.utilisateurId,
        accueilId: o.accueilId ?? null,
        operateurId: o.operateurId ?? null,
        candidatureId: null,
        instrumentRecommande: null,
        justification,
      };
    }
    if (o.type !== "convention_partenariat") throw invalide([{ champ: "profilId", message: "indiquez l'agent concerné (son profil) ou l'affectation d'où part la procédure" }]);
    // A partnership convention binds a collectivité to an operator, with no agent: either party
    // opens it, naming the other one, which must be an organisation of that kind.
    const parLOperateur = acteur.role === "operateur";
    const organisationId = parLOperateur ? o.collectiviteId : acteur.organisationId;
    const operateurId = parLOperateur ? acteur.organisationId : o.operateurId;
    if (!organisationId) throw invalide([{ champ: "collectiviteId", message: "indiquez la collectivité partie à la convention" }]);
    if (!operateurId) throw invalide([{ champ: "operateurId", message: "indiquez l'opérateur partie à la convention" }]);
    if ((await depotOrganisations.trouverParId(db, organisationId))?.type !== "collectivite") {
      throw invalide([{ champ: parLOperateur ? "collectiviteId" : "type", message: "une convention de partenariat lie une collectivité territoriale à un opérateur" }]);
    }
    if ((await depotOrganisations.trouverParId(db, operateurId))?.type !== "operateur") {
      throw invalide([{ champ: "operateurId", message: "organisation introuvable parmi les opérateurs" }]);
    }
    return { organisationId, profilId: null, agentId: null, accueilId: null, operateurId, candidatureId: null, instrumentRecommande: null, justification: null };
  }

  /**
   * The host named by hand: an organisation of Vivier other than the employer, and only where a
   * procedure has one — a host on a cumul or an order would see the agent's case for nothing.
   */
  async function verifierAccueil(type: TypeProcedure, p: Pick<PartiesNouvelles, "accueilId" | "organisationId">) {
    if (!p.accueilId) return;
    if (type !== "mise_a_disposition" && type !== "detachement") {
      throw invalide([{ champ: "accueilId", message: "un organisme d'accueil ne se nomme que pour une mise à disposition ou un détachement" }]);
    }
    if (p.accueilId === p.organisationId) throw invalide([{ champ: "accueilId", message: "l'organisme d'accueil est une autre organisation que l'employeur" }]);
    if (!(await depotOrganisations.trouverParId(db, p.accueilId))) throw invalide([{ champ: "accueilId", message: "organisme d'accueil introuvable" }]);
  }

  return {
    lire: vue,

    /** Opens a case: the table's `ouvrir` decides who may, for the parties the case will have. */
    async ouvrir(acteur: Acteur, saisie: unknown, requestId: string) {
      const o = lireOuverture(saisie);
      const definition = definitionDossier(o.type);
      const { missionId, ...p } = await parties(acteur, o);
      await verifierAccueil(o.type, p);
      const acteurs = acteursSur(acteur, p);
      const r = definition.peut(null, "ouvrir", { acteurs, aujourdhui: aujourdhui() });
      if (!r.ok) throw refuser(r);
      const donnees = o.donnees ?? (await preremplir(db, o.type, p, missionId));
      verifierTaille(donnees);
      const id = await db.transaction(async (tx) => {
        const l = await depot.creerProcedure(tx, { ...p, type: o.type, etat: r.transition.vers, intitule: o.intitule, donnees, creePar: acteur.utilisateurId });
        await depot.ajouterHistoriqueProcedure(tx, { procedureId: l.id, evenement: "ouvrir", de: null, vers: l.etat, motif: p.justification ?? null, acteurId: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "ouverture_procedure", { type: "procedure", id: l.id }, {
          type: o.type,
          ...(p.candidatureId ? { candidatureId: p.candidatureId } : {}),
          ...(p.justification ? { justification: p.justification } : {}),
        });
        await notifierSuite(tx, acteur, l, definition, "ouverte");
        return l.id;
      });
      courriels.livrerEnArrierePlan();
      return vue(acteur, id);
    },

    /** Replaces the case's data (a draft may be incomplete: `manquants` says what the next step needs). */
    async modifierDonnees(acteur: Acteur, id: string, donnees: unknown, requestId: string) {
      if (typeof donnees !== "object" || donnees === null || Array.isArray(donnees)) throw invalide([{ champ: "donnees", message: "les données de la procédure sont un objet JSON" }]);
      verifierTaille(donnees);
      await charger(acteur, id);
      await db.transaction(async (tx) => {
        const l = (await depot.verrouillerProcedure(tx, id))!;
        const definition = definitionDossier(l.type);
        const acteurs = acteursSur(acteur, l);
        if (!definition.edition.acteurs.some((a) => acteurs.includes(a))) {
          throw new ErreurMetier("interdit", `Seuls ${definition.edition.acteurs.map((a) => LIBELLES_ACTEUR_PROCEDURE[a].toLowerCase()).join(", ")} modifient ces données.`);
        }
        if (!definition.edition.etats.includes(l.etat)) {
          throw new ErreurMetier("conflit", `Les données ne se modifient plus : la procédure est « ${(definition.libellesEtats[l.etat] ?? l.etat).toLowerCase()} ».`);
        }
        await depot.modifierProcedure(tx, id, { donnees: donnees as Record<string, unknown> });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "modification_procedure", { type: "procedure", id });
      });
      return vue(acteur, id);
    },

    /** Fires an event of the case's table with its inputs: new state, effects, history, audit, notifications. */
    async evenement(acteur: Acteur, id: string, { evenement, motif, saisie = {} }: { evenement: string; motif?: string | undefined; saisie?: Saisie | undefined }, requestId: string) {
      const { definition } = await charger(acteur, id);
      if (!definition.evenements.includes(evenement) || evenement === "ouvrir") {
        throw invalide([{ champ: "evenement", message: `événement attendu : ${definition.evenements.filter((e) => e !== "ouvrir").join(", ")}` }]);
      }
      await db.transaction(async (tx) => {
        const l = (await depot.verrouillerProcedure(tx, id))!;
        const dossier = dossierDe(l);
        const jour = aujourdhui();
        const contexte = definition.contexte(dossier, { acteurs: acteursSur(acteur, l), aujourdhui: jour, ...(motif === undefined ? {} : { motif }) }, saisie);
        const r = definition.peut(l.etat, evenement, contexte);
        if (!r.ok) throw refuser(r);
        const effets = definition.effets(dossier, r.transition, saisie, jour);
        const apres = { ...l, etat: r.transition.vers, donnees: effets.donnees ?? l.donnees, suivi: effets.suivi ?? l.suivi };
        verifierTaille(apres.suivi);
        await depot.modifierProcedure(tx, id, { etat: apres.etat, donnees: apres.donnees, suivi: apres.suivi });
        const gardee = Object.keys(saisie).length ? saisie : null;
        await depot.ajouterHistoriqueProcedure(tx, { procedureId: id, evenement, de: r.transition.de, vers: r.transition.vers, motif: r.transition.motif ?? null, saisie: gardee, acteurId: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "evenement_procedure", { type: "procedure", id }, {
          evenement,
          de: r.transition.de,
          vers: r.transition.vers,
          ...(r.transition.motif ? { motif: r.transition.motif } : {}),
        });
        await notifierSuite(tx, acteur, apres, definition, definition.libellesEtats[apres.etat]?.toLowerCase() ?? apres.etat, r.transition.motif);
        const relance = definition.relance?.(dossier, r.transition);
        if (relance) await relancer(tx, acteur, apres, relance.donnees, r.transition.motif, requestId);
      });
      courriels.livrerEnArrierePlan();
      return vue(acteur, id);
    },

    /** The cases a person is on, most recently changed first: their organisation's (employer, host, partner) and their own. */
    async lister(acteur: Acteur, f: { type?: TypeProcedure | undefined; etat?: string | undefined; candidatureId?: string | undefined; page: number; parPage: number }) {
      const agitPourSonOrganisation = (ROLES_EMPLOYEUR as readonly string[]).includes(acteur.role) || acteur.role === "operateur";
      const { lignes, total } = await depot.listerProcedures(db, {
        ...(agitPourSonOrganisation ? { organisations: [acteur.organisationId] } : {}),
        agentId: acteur.utilisateurId,
        ...(f.type ? { type: f.type } : {}),
        ...(f.etat ? { etats: [f.etat] } : {}),
        ...(f.candidatureId ? { candidatureId: f.candidatureId } : {}),
        limite: f.parPage,
        decalage: (f.page - 1) * f.parPage,
      });
      return {
        total,
        page: f.page,
        parPage: f.parPage,
        resultats: lignes.filter((p) => acteursSur(acteur, p.procedure).length > 0).map((p) => vueResume(p, definitionDossier(p.procedure.type))),
      };
    },

    /**
     * What waits for this person: each case where an action they are expected to take is open to
     * them (even one blocked by what they must complete; not an optional one, nor one that waits
     * for a date), or a deadline is near or past on a case where they can act — the most urgent first. Listed with the actions
     * expected, or, for a deadline alone, the ones they may take now.
     */
    async aTraiter(acteur: Acteur) {
      const { resultats } = await this.lister(acteur, { page: 1, parPage: 500 });
      const liste = [];
      for (const r of resultats) {
        if (r.termine) continue;
        const { p, acteurs, definition } = await charger(acteur, r.id);
        const dossier = dossierDe(p.procedure);
        const possibles = definition.evenementsPossibles(dossier.etat, definition.contexte(dossier, { acteurs, aujourdhui: aujourdhui() }, {}));
        const attendues = actionsAttendues(possibles);
        // A deadline is someone's who can act on the case: the superior has nothing to do with a reimbursement.
        const urgentes = possibles.length ? r.echeances.filter((e) => e.niveau !== "a_venir") : [];
        if (attendues.length === 0 && urgentes.length === 0) continue;
        const actions = attendues.length ? attendues : possibles.filter((a) => a.bloquee === undefined);
        liste.push({ ...r, actions: actions.map((a) => ({ evenement: a.evenement, libelle: a.libelle, bloquee: a.bloquee?.raison ?? null })), echeancesUrgentes: urgentes });
      }
      const rang = (x: { echeancesUrgentes: { niveau: string; date: string }[] }) =>
        x.echeancesUrgentes.some((e) => e.niveau === "depassee") ? 0 : x.echeancesUrgentes.length ? 1 : 2;
      return { resultats: liste.sort((a, b) => rang(a) - rang(b) || (a.echeancesUrgentes[0]?.date ?? "9999").localeCompare(b.echeancesUrgentes[0]?.date ?? "9999")) };
    },

    /**
     * The deadlines' reminders (daily job): for each open case, each deadline near or past is told
     * once per level to the people who act next on it and to the agent; run twice, sends nothing more.
     */
    async rappelerEcheances(jour = aujourdhui()) {
      let rappels = 0;
      for (const p of await depot.toutesLesProcedures(db)) {
        const definition = definitionDossier(p.procedure.type);
        if (definition.finaux.includes(p.procedure.etat)) continue;
        const dossier = dossierDe(p.procedure);
        for (const e of definition.echeances(dossier, jour).filter((x) => x.niveau !== "a_venir")) {
          await db.transaction(async (tx) => {
            if (!(await depot.noterRappel(tx, { procedureId: p.procedure.id, code: e.code, date: e.date, niveau: e.niveau }))) return;
            const pour = await personnes(tx, p.procedure, [...new Set<ActeurProcedure>(["agent", "rh", ...quiAgitEnsuite(definition, dossier, jour)])]);
            await notifications.notifier(tx, pour, {
              type: "procedure.echeance",
              titre: `${e.niveau === "depassee" ? "Échéance dépassée" : "Échéance proche"} : ${p.procedure.intitule}`,
              texte: `${e.libelle} — le ${e.date}.${e.source ? ` (${e.source})` : ""}`,
              lien: `/procedures/${p.procedure.id}`,
            });
            rappels++;
          });
        }
      }
      courriels.livrerEnArrierePlan();
      return { rappels };
    },
  };

  /**
   * Opens the case an event calls for (a new cumul request after a substantial change, C6): same
   * parties, the old data to correct, both cases pointing at each other in their follow-up.
   */
  async function relancer(tx: DbOrTx, acteur: Acteur, l: depot.LigneProcedure, donnees: Record<string, unknown>, motif: string | undefined, requestId: string) {
    const definition = definitionDossier(l.type);
    const etat = definition.peut(null, "ouvrir", { acteurs: [...ACTEURS_PROCEDURE], aujourdhui: aujourdhui() });
    if (!etat.ok) return;
    const { id: _id, etat: _e, suivi: _s, creeLe: _c, modifieLe: _m, ...parties } = l;
    const nouvelle = await depot.creerProcedure(tx, { ...parties, etat: etat.transition.vers, donnees, suivi: { remplace: l.id }, creePar: acteur.utilisateurId });
    await depot.modifierProcedure(tx, l.id, { suivi: { ...l.suivi, remplaceePar: nouvelle.id } });
    await depot.ajouterHistoriqueProcedure(tx, { procedureId: nouvelle.id, evenement: "ouvrir", de: null, vers: nouvelle.etat, motif: `Nouvelle demande après un changement substantiel${motif ? ` : ${motif}` : ""}`, acteurId: acteur.utilisateurId });
    await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "ouverture_procedure", { type: "procedure", id: nouvelle.id }, { type: l.type, remplace: l.id });
    await notifierSuite(tx, acteur, nouvelle, definition, "ouverte pour une nouvelle demande");
  }

  /** Tells the people who act next, and the agent, where the case stands (not the person who acted). */
  async function notifierSuite(tx: DbOrTx, acteur: Acteur, l: depot.LigneProcedure, definition: DefinitionDossier, ouEnEst: string, motif?: string) {
    const dossier = dossierDe(l);
    const pour = await personnes(tx, l, [...new Set<ActeurProcedure>(["agent", ...quiAgitEnsuite(definition, dossier, aujourdhui())])]);
    await notifications.notifier(tx, pour, { ...messageEtapeProcedure(l.type, l.intitule, ouEnEst, motif), lien: `/procedures/${l.id}` }, acteur.utilisateurId);
  }
}
export type ServiceProcedures = ReturnType<typeof creerServiceProcedures>;

/**
 * The instrument the procedure stands for, checked against the advisor's recommendation (a
 * different one needs a justification) and against eligibility (a choice the law forbids is
 * refused with its rule); the justification to record. A partnership convention is no instrument.
 */
function verifierInstrument(o: Ouverture, recommande: Instrument | undefined, cas: CasDuChoix): string | null {
  const choisi = INSTRUMENT_DE_LA_PROCEDURE[o.type];
  if (!choisi) return o.justification ?? null;
  const choix = verifierChoixInstrument(recommande, choisi, o.justification, cas);
  if (!choix.ok) throw refuser(choix);
  return choix.justification ?? o.justification ?? null;
}

function verifierTaille(v: unknown) {
  if (Buffer.byteLength(JSON.stringify(v)) > DONNEES_MAX_OCTETS) throw invalide([{ champ: "donnees", message: `les données dépassent ${DONNEES_MAX_OCTETS / 1000} ko` }]);
}
