/**
 * Candidacies and staffing as use cases (docs/missions.md): an expert applies with their own
 * profile, or their employer's HR proposes them; the mission's owner shortlists, retains or
 * declines; the employer's HR agrees to release the agent or refuses; the staffing (affectee)
 * follows by itself when the candidacy is retained and the release agreed — the state table of
 * ../../domain/missions/etats-candidature.ts decides each step. A mission only takes the profiles
 * its owner may see by the agent's consent (`profilVisibleDuProprietaire`). Every step writes the
 * candidacy, its history rows, an audit line and the notifications of the others concerned, in
 * one transaction.
 */
import { type Acteur, autoriser, exigerAutorisation } from "../../domain/acces";
import {
  type AccordEmployeur,
  CANDIDATURES_EN_COURS,
  type ContexteCandidature,
  ETATS_FINAUX_MISSION,
  ETATS_MISSION_EN_MOTS,
  type EvenementCandidature,
  evenementsPossiblesCandidature,
  LIBELLES_ACCORD_EMPLOYEUR,
  LIBELLES_ETAT_CANDIDATURE,
  LIBELLES_ETAT_MISSION,
  liberationRequise,
  messageCandidature,
  peutCandidature,
  profilVisibleDuProprietaire,
  type TransitionCandidature,
} from "../../domain/missions";
import { regard } from "../../domain/experts";
import { ErreurMetier, introuvable, invalide } from "../../domain/shared";
import type { DbOrTx } from "../../db/client";
import * as depot from "../../db/repositories/candidatures";
import * as missions from "../../db/repositories/missions";
import * as profils from "../../db/repositories/profils";
import { journaliser } from "../acces/audit";
import { sessionDeLigne } from "./jours";
import { type DependancesMissions, voitLaMission } from "./missions";
import type { Destinataire } from "./notifications";

type Detail = depot.CandidatureDetaillee;
type Qualites = Pick<ContexteCandidature, "estTitulaire" | "estRhEmployeur" | "estProprietaireMission">;

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function creerServiceCandidatures({ db, courriels, notifications, destinataires, jours, aujourdhui }: DependancesMissions) {
  /** Who the actor is to this candidacy (one person may be several). */
  const qualites = (acteur: Acteur, c: Pick<Detail, "profil" | "mission">): Qualites => ({
    estTitulaire: c.profil.utilisateurId === acteur.utilisateurId,
    estRhEmployeur: autoriser(acteur, "missions.liberer", { organisationId: c.profil.organisationId }).autorise,
    estProprietaireMission: autoriser(acteur, "missions.selectionner", { organisationId: c.mission.organisationId }).autorise,
  });
  const concerne = (q: Qualites) => q.estTitulaire || q.estRhEmployeur || q.estProprietaireMission;

  /** The candidacy if the actor is concerned by it (the expert, their employer's HR, the mission's owner); 404 otherwise. */
  async function charger(acteur: Acteur, id: string, tx: DbOrTx = db) {
    const c = await depot.trouverCandidature(tx, id);
    const q = c ? qualites(acteur, c) : undefined;
    if (!c || !q || !concerne(q)) throw introuvable("Candidature");
    return { c, q };
  }

  const vueResume = (c: Detail, q: Qualites) => ({
    id: c.candidature.id,
    etat: c.candidature.etat,
    etatLibelle: LIBELLES_ETAT_CANDIDATURE[c.candidature.etat],
    accordEmployeur: c.candidature.accordEmployeur,
    accordEmployeurLibelle: LIBELLES_ACCORD_EMPLOYEUR[c.candidature.accordEmployeur],
    motif: c.candidature.motif,
    mission: {
      id: c.mission.id,
      intitule: c.mission.intitule,
      etat: c.mission.etat,
      etatLibelle: LIBELLES_ETAT_MISSION[c.mission.etat],
      organisationId: c.mission.organisationId,
      projet: { id: c.mission.projetId, intitule: c.projetIntitule },
    },
    profil: {
      id: c.profil.id,
      prenom: c.profil.prenom,
      nom: c.profil.nom,
      position: c.profil.position,
      metier: c.profil.metier,
      employeur: { id: c.profil.organisationId, nom: c.employeurNom },
    },
    creeLe: c.candidature.creeLe.toISOString(),
    modifieLe: c.candidature.modifieLe.toISOString(),
    evenementsPossibles: evenementsPossiblesCandidature(c.candidature, { ...q, etatMission: c.mission.etat }),
  });

  /** The staffing's day total on the project and the advisor's instrument for it. */
  async function affectation(c: Detail) {
    const affectations = await jours.affectationsSurProjet(db, c.profil.id, c.mission.projetId);
    const bilan = jours.bilan(affectations, c.profil.codeDepartement);
    const { sessions, ...reste } = bilan;
    const { conseil, conseilIndisponible } = jours.conseiller(c.profil, c.mission, sessions);
    return {
      projet: { id: c.mission.projetId, intitule: c.projetIntitule },
      missions: affectations.map((a) => a.missionId),
      ...reste,
      instrument: conseil?.instrument ?? null,
      instrumentLibelle: conseil?.instrumentLibelle ?? null,
      conseil,
      conseilIndisponible,
    };
  }

  async function vue(acteur: Acteur, id: string) {
    const { c, q } = await charger(acteur, id);
    const historique = (await depot.historiqueCandidature(db, id)).map((h) => ({
      evenement: h.evenement,
      de: h.de,
      vers: h.vers,
      accordDe: h.accordDe,
      accordVers: h.accordVers,
      motif: h.motif,
      acteur: h.acteurPrenom ? `${h.acteurPrenom} ${h.acteurNom}` : null,
      horodatage: h.horodatage.toISOString(),
    }));
    return {
      ...vueResume(c, q),
      qualites: q,
      historique,
      affectation: c.candidature.etat === "affectee" ? await affectation(c) : null,
    };
  }

  /** The expert, the HR of their employer and the mission's owner: everyone a step concerns. */
  async function concernes(tx: DbOrTx, c: Pick<Detail, "profil" | "mission">): Promise<Destinataire[]> {
    return [
      ...(await destinataires.expert(tx, c.profil.utilisateurId)),
      ...(await destinataires.rh(tx, c.profil.organisationId)),
      ...(await destinataires.proprietaire(tx, c.mission)),
    ];
  }

  const message = (c: Pick<Detail, "profil" | "mission">, t: TransitionCandidature, accord: AccordEmployeur) =>
    messageCandidature(`${c.profil.prenom} ${c.profil.nom}`, c.mission.intitule, t, accord);

  /**
   * Writes a step: the candidacy's state and agreement, its history row, and the staffing that
   * follows it if any (a second row, without actor: nobody fired it), the audit line and the
   * notifications.
   */
  async function ecrire(tx: DbOrTx, acteur: Acteur, c: Pick<Detail, "profil" | "mission">, candidatureId: string, t: TransitionCandidature & { suite?: TransitionCandidature }, requestId: string) {
    const accord = t.accordEmployeur?.vers;
    const avant = await depot.verrouillerCandidature(tx, candidatureId);
    const accordFinal = accord ?? avant!.accordEmployeur;
    await depot.changerEtatCandidature(tx, candidatureId, { etat: t.suite?.vers ?? t.vers, accordEmployeur: accordFinal, motif: t.motif });
    await depot.ajouterHistoriqueCandidature(tx, [
      {
        candidatureId,
        evenement: t.evenement,
        de: t.de,
        vers: t.vers,
        accordDe: t.accordEmployeur?.de ?? null,
        accordVers: accord ?? null,
        motif: t.motif ?? null,
        acteurId: acteur.utilisateurId,
      },
      ...(t.suite ? [{ candidatureId, evenement: t.suite.evenement, de: t.suite.de, vers: t.suite.vers, acteurId: null }] : []),
    ]);
    await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: c.mission.organisationId, requestId }, "transition_candidature", { type: "candidature", id: candidatureId }, {
      evenement: t.evenement,
      de: t.de,
      vers: t.vers,
      ...(t.accordEmployeur ? { accordEmployeur: t.accordEmployeur } : {}),
      ...(t.motif ? { motif: t.motif } : {}),
      ...(t.suite ? { suite: t.suite.vers } : {}),
      missionId: c.mission.id,
      profilId: c.profil.id,
    });
    const pour = await concernes(tx, c);
    const lien = `/candidatures/${candidatureId}`;
    await notifications.notifier(tx, t.evenement === "proposer" ? await destinataires.expert(tx, c.profil.utilisateurId) : pour, { type: `candidature.${t.evenement}`, lien, ...message(c, t, accordFinal) }, acteur.utilisateurId);
    if (t.suite) await notifications.notifier(tx, pour, { type: "candidature.affecter", lien, ...message(c, t.suite, accordFinal) }, acteur.utilisateurId);
  }

  const refuser = (r: { code: "interdit" | "conflit" | "validation"; raison: string; erreurs?: { champ: string; message: string }[] }) =>
    new ErreurMetier(r.code, `${majuscule(r.raison)}.`, r.erreurs);

  return {
    /**
     * Applies to a mission: with one's own profile (no `profilId`, or one's own), or, for HR, with
     * one of its agents' (`proposer`: the agent confirms). Only while the mission takes
     * candidacies, before its deadline, and with a profile the mission's owner may see.
     */
    async creer(acteur: Acteur, missionId: string, { profilId }: { profilId?: string | undefined }, requestId: string) {
      const m = await missions.trouverMission(db, missionId);
      if (!m || !voitLaMission(acteur, m.mission)) throw introuvable("Mission");
      const id = profilId ?? (await profils.trouverProfilDeUtilisateur(db, acteur.utilisateurId));
      if (!id) throw invalide([{ champ: "profilId", message: "vous n'avez pas de profil d'expert : créez-le ou reprenez celui que votre employeur a créé, puis candidatez" }]);
      const p = await profils.trouverProfil(db, id);
      if (!p || !regard(acteur, p.profil)) throw introuvable("Profil");
      const cible = { profil: p.profil, mission: m.mission };
      const q = qualites(acteur, cible);
      const evenement: EvenementCandidature = q.estTitulaire ? "deposer" : "proposer";
      if (!q.estTitulaire && !q.estRhEmployeur) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur présentent sa candidature.");
      const proprietaire = { id: m.mission.organisationId, type: m.organisationType };
      if (!profilVisibleDuProprietaire(proprietaire, p.profil)) {
        throw new ErreurMetier(
          "interdit",
          q.estTitulaire
            ? `Votre profil n'est pas visible de « ${m.organisationNom} », qui publie cette mission : choisissez de le montrer à ce type d'organisation (« Qui voit mon profil ») pour candidater.`
            : `L'agent n'a pas consenti à montrer son profil à « ${m.organisationNom} », qui publie cette mission : seul l'agent peut élargir qui voit son profil.`,
          [{ champ: "profilId", message: "profil non visible de l'organisation de la mission, selon le consentement de l'agent" }],
        );
      }
      if (evenement === "proposer" && !p.profil.utilisateurId) {
        throw new ErreurMetier("conflit", "L'agent n'a pas encore repris son profil : envoyez-lui d'abord le lien pour le reprendre ; il confirmera ensuite la candidature proposée.", [
          { champ: "profilId", message: "profil pas encore repris par l'agent" },
        ]);
      }
      const limite = m.mission.dateLimiteCandidature;
      if (limite && limite < aujourdhui()) throw new ErreurMetier("conflit", `La date limite de candidature (${limite}) est passée.`);
      const existante = await depot.trouverCandidatureDe(db, missionId, id);
      if (existante) {
        throw new ErreurMetier(
          "conflit",
          existante.etat === "proposee" && q.estTitulaire
            ? "Votre employeur vous a déjà proposé pour cette mission : confirmez cette candidature."
            : `Une candidature de ce profil à cette mission existe déjà (${LIBELLES_ETAT_CANDIDATURE[existante.etat].toLowerCase()}).`,
        );
      }
      const r = peutCandidature(evenement, undefined, { ...q, etatMission: m.mission.etat, liberationRequise: liberationRequise(p.profil.position) });
      if (!r.ok) throw refuser(r);
      const candidatureId = await db
        .transaction(async (tx) => {
          const l = await depot.creerCandidature(tx, {
            missionId,
            profilId: id,
            etat: r.vers,
            accordEmployeur: r.accordEmployeur!.vers,
            deposeePar: acteur.utilisateurId,
          });
          await ecrire(tx, acteur, cible, l.id, r, requestId);
          return l.id;
        })
        .catch((e: unknown) => {
          // Two requests at once: the unique index keeps one candidacy per profile and mission.
          const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
          if (code === "23505") throw new ErreurMetier("conflit", "Une candidature de ce profil à cette mission existe déjà.");
          throw e;
        });
      courriels.livrerEnArrierePlan();
      return vue(acteur, candidatureId);
    },

    lire: vue,

    /** Fires an event of the candidacy's state table (and the staffing that may follow it). */
    async transition(acteur: Acteur, id: string, { evenement, motif }: { evenement: EvenementCandidature; motif?: string | undefined }, requestId: string) {
      await charger(acteur, id);
      await db.transaction(async (tx) => {
        const ligne = (await depot.verrouillerCandidature(tx, id))!;
        const { c, q } = await charger(acteur, id, tx);
        const r = peutCandidature(evenement, ligne, { ...q, etatMission: c.mission.etat, ...(motif === undefined ? {} : { motif }) });
        if (!r.ok) throw refuser(r);
        // The state table lets HR release an agent whatever the mission's state; a staffing on a
        // cancelled or finished mission would be meaningless.
        if (r.suite && ETATS_FINAUX_MISSION.includes(c.mission.etat)) {
          throw new ErreurMetier("conflit", `La mission est ${ETATS_MISSION_EN_MOTS[c.mission.etat]} : l'agent ne peut plus y être affecté.`);
        }
        await ecrire(tx, acteur, c, id, r, requestId);
      });
      courriels.livrerEnArrierePlan();
      return vue(acteur, id);
    },

    /** The candidacies of a mission: all of them for its owner, HR its agents', anyone else their own. */
    async listerDeMission(acteur: Acteur, missionId: string) {
      const m = await missions.trouverMission(db, missionId);
      if (!m || !voitLaMission(acteur, m.mission)) throw introuvable("Mission");
      const filtre: depot.FiltreCandidatures = autoriser(acteur, "missions.selectionner", { organisationId: m.mission.organisationId }).autorise
        ? { missionId }
        : acteur.role === "gestionnaire_rh"
          ? { missionId, employeurId: acteur.organisationId }
          : { missionId, utilisateurId: acteur.utilisateurId };
      const liste = await depot.listerCandidatures(db, filtre);
      return {
        mission: { id: m.mission.id, intitule: m.mission.intitule, etat: m.mission.etat, nombreExperts: m.mission.nombreExperts },
        resultats: liste.map((c) => vueResume(c, qualites(acteur, c))),
      };
    },

    /** A person's own candidacies and staffings, with their day total per project. */
    async mesCandidatures(utilisateurId: string) {
      const liste = await depot.listerCandidatures(db, { utilisateurId });
      const titulaire = { estTitulaire: true, estRhEmployeur: false, estProprietaireMission: false };
      const projets = new Map<string, Detail>();
      for (const c of liste) if (c.candidature.etat === "affectee") projets.set(c.mission.projetId, c);
      return {
        candidatures: liste.map((c) => vueResume(c, titulaire)),
        affectations: await Promise.all([...projets.values()].map(async (c) => {
          const { conseil: _c, ...reste } = await affectation(c);
          return reste;
        })),
      };
    },

    /**
     * The candidacies of an employer's agents still in progress (HR, international relations),
     * newest first; with `accord`, only those whose release is at that point — `en_attente`: the
     * releases HR has to decide on.
     */
    async candidaturesDeLOrganisation(acteur: Acteur, organisationId: string, { accord }: { accord?: AccordEmployeur | undefined } = {}) {
      exigerAutorisation(acteur, "missions.suivre_affectations", { organisationId });
      const liste = await depot.listerCandidatures(db, { employeurId: organisationId, etats: CANDIDATURES_EN_COURS, ...(accord ? { accords: [accord] } : {}) });
      return { resultats: liste.map((c) => vueResume(c, qualites(acteur, c))) };
    },

    /**
     * An employer's staffed agents (HR, international relations): per agent and project, the day
     * total, what is done and left, its bracket and the next threshold, the advisor's instrument.
     */
    async affectationsDeLOrganisation(acteur: Acteur, organisationId: string) {
      // The route's gate checked the policy on this organisation; the service checks again (fail closed).
      exigerAutorisation(acteur, "missions.suivre_affectations", { organisationId });
      const liste = await depot.listerCandidatures(db, { employeurId: organisationId, etats: ["affectee"] });
      const parAgentEtProjet = new Map<string, Detail[]>();
      for (const c of liste) {
        const cle = `${c.profil.id}:${c.mission.projetId}`;
        parAgentEtProjet.set(cle, [...(parAgentEtProjet.get(cle) ?? []), c]);
      }
      const sessions = await missions.sessionsDesMissions(db, liste.map((c) => c.mission.id));
      return {
        seuils: jours.seuils(),
        resultats: [...parAgentEtProjet.values()].map((groupe) => {
          const c = groupe[0]!;
          const affectations = groupe.map((g) => ({ sessions: (sessions.get(g.mission.id) ?? []).map(sessionDeLigne) }));
          const { sessions: toutes, ...bilan } = jours.bilan(affectations, c.profil.codeDepartement);
          const { conseil, conseilIndisponible } = jours.conseiller(c.profil, c.mission, toutes);
          return {
            profil: { id: c.profil.id, prenom: c.profil.prenom, nom: c.profil.nom, position: c.profil.position },
            projet: { id: c.mission.projetId, intitule: c.projetIntitule },
            missions: groupe.map((g) => ({ id: g.mission.id, intitule: g.mission.intitule, etat: g.mission.etat, candidatureId: g.candidature.id })),
            ...bilan,
            instrument: conseil?.instrument ?? null,
            instrumentLibelle: conseil?.instrumentLibelle ?? null,
            conseilIndisponible,
          };
        }),
      };
    },
  };
}
export type ServiceCandidatures = ReturnType<typeof creerServiceCandidatures>;
