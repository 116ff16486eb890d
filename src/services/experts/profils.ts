/**
 * The pool of experts as use cases: HR creates and keeps its agents' profiles, the agent claims
 * theirs, keeps it and chooses who sees it; readers see what the agent consented to
 * (../../domain/experts/visibilite.ts). Every write is one transaction with its audit line.
 */
import type { Acteur } from "../../domain/acces";
import {
  ageAu,
  estPerime,
  indexer,
  type Consentement,
  LIBELLES_VISIBILITE,
  lireProfil,
  peutConsentir,
  peutModifier,
  perimeLe,
  projeter,
  refusPassageALaRetraite,
  regard,
  type Profil,
  type Regard,
} from "../../domain/experts";
import { ErreurMetier, introuvable, invalide } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as orgs from "../../db/repositories/organisations";
import * as depot from "../../db/repositories/profils";
import { journaliser } from "../acces/audit";
import type { ServiceCourriels } from "../acces/courriels";
import type { ServiceInvitations } from "../acces/invitations";
import type { ServiceFichiers } from "../fichiers/fichiers";

type Options = {
  db: Db;
  urlPublique: string;
  invitations: ServiceInvitations;
  courriels: ServiceCourriels;
  fichiers: ServiceFichiers;
  /** Months after which a profile not confirmed is stale. */
  moisFraicheur: number;
  /** The age from which public contracts are closed (LEGAL.md R1): the advisor's parameter. */
  ageLimite: () => number;
  aujourdhui: () => string;
};

type LigneAvecOrganisation = NonNullable<Awaited<ReturnType<typeof depot.trouverProfil>>>;

/** The fields of a profile as they were written (the form reads them back). */
export function champsDuProfil(l: depot.LigneDuProfil): Profil {
  const facultatif = <T>(v: T | null) => v ?? undefined;
  return {
    prenom: l.prenom,
    nom: l.nom,
    courriel: l.courriel,
    telephone: facultatif(l.telephone),
    numeroAgent: facultatif(l.numeroAgent),
    position: l.position,
    grade: facultatif(l.grade),
    cadreEmplois: facultatif(l.cadreEmplois),
    categorie: facultatif(l.categorie),
    metier: facultatif(l.metier),
    domaines: l.domaines as Profil["domaines"],
    langues: l.langues as Profil["langues"],
    pays: l.pays,
    missionsPassees: l.missionsPassees as Profil["missionsPassees"],
    disponibilites: l.disponibilites as Profil["disponibilites"],
    joursParAn: facultatif(l.joursParAn),
    dateNaissance: facultatif(l.dateNaissance),
    dateRetraitePrevue: facultatif(l.dateRetraitePrevue),
  };
}

export function creerServiceProfils({ db, urlPublique, invitations, courriels, fichiers, moisFraicheur, ageLimite, aujourdhui }: Options) {
  /** The profile and how the actor sees it; 404 when the actor may not see it (its existence not revealed). */
  async function charger(acteur: Acteur, id: string): Promise<{ ligne: LigneAvecOrganisation; vu: Regard }> {
    const ligne = await depot.trouverProfil(db, id);
    const vu = ligne ? regard(acteur, ligne.profil) : null;
    if (!ligne || !vu) throw introuvable("Profil");
    return { ligne, vu };
  }

  function lireOuRefuser(saisie: unknown): Profil {
    const lu = lireProfil(saisie);
    if (!lu.ok) throw invalide(lu.erreurs);
    return lu.profil;
  }

  /** R1: from the age limit, public contracts are closed; shown to every reader of the profile. */
  function alerteLimiteAge(l: depot.LigneProfil) {
    if (!l.dateNaissance) return null;
    const age = ageAu(l.dateNaissance, aujourdhui());
    if (age < ageLimite()) return null;
    return {
      regle: "R1",
      message:
        `À ${ageLimite()} ans et plus, les contrats de droit public sont fermés à cette personne, sauf mission ponctuelle ` +
        "sans lien de subordination ; le cumul d'une pension avec une rémunération est intégral ou plafonné selon ses droits.",
      reference: "loi n° 84-834 du 13 septembre 1984, art. 6-1",
    };
  }

  async function vue(acteur: Acteur, ligne: LigneAvecOrganisation, vu: Regard) {
    const l = ligne.profil;
    const documents = await depot.documentsDuProfil(db, l.id);
    return {
      id: l.id,
      organisation: { id: l.organisationId, nom: ligne.organisationNom },
      regard: vu,
      reclame: l.utilisateurId !== null,
      ...projeter(champsDuProfil(l), vu),
      visibilite: l.visibilite,
      visibiliteLibelle: LIBELLES_VISIBILITE[l.visibilite],
      maintienApresRetraite: l.maintienApresRetraite,
      confirmeLe: l.confirmeLe.toISOString(),
      perime: estPerime(l.confirmeLe, new Date(), moisFraicheur),
      perimeLe: perimeLe(l.confirmeLe, moisFraicheur).toISOString().slice(0, 10),
      alerteLimiteAge: alerteLimiteAge(l),
      documents: documents.map((d) => ({ id: d.id, type: d.type, nom: d.nom, typeMime: d.typeMime, taille: d.taille, creeLe: d.creeLe.toISOString() })),
      droits: {
        modifier: peutModifier(acteur, vu),
        consentir: peutConsentir(vu),
        inviter: vu === "employeur" && acteur.role === "gestionnaire_rh" && l.utilisateurId === null,
        effacer: peutModifier(acteur, vu),
      },
    };
  }

  function verifierRetraite(p: Profil, avant: depot.LigneProfil) {
    const message = refusPassageALaRetraite(p.position, avant);
    if (message) throw invalide([{ champ: "position", message }]);
  }

  const conflitUnicite = (e: unknown) => {
    const code = (e as { code?: string; cause?: { code?: string } }).code ?? (e as { cause?: { code?: string } }).cause?.code;
    if (code !== "23505") throw e;
    throw invalide([{ champ: "courriel", message: "un profil de cette organisation a déjà cette adresse ou ce numéro d'agent" }], "Ce profil existe déjà.");
  };

  return {
    async creer(acteur: Acteur, organisationId: string, saisie: unknown, requestId: string) {
      const organisation = await orgs.trouverParId(db, organisationId);
      if (!organisation || organisation.fermeeLe || acteur.organisationId !== organisationId) throw introuvable("Organisation");
      if (acteur.role !== "gestionnaire_rh" && acteur.role !== "administrateur") {
        throw new ErreurMetier("interdit", "Votre rôle ne permet pas de créer des profils du vivier.");
      }
      const p = lireOuRefuser(saisie);
      const id = await db
        .transaction(async (tx) => {
          const i = indexer(p);
          const l = await depot.creerProfil(tx, organisation, p, i);
          await depot.enregistrerMots(tx, [i]);
          await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId, requestId }, "creation_profil", { type: "profil", id: l.id }, { courriel: p.courriel });
          return l.id;
        })
        .catch(conflitUnicite);
      return this.lire(acteur, id);
    },

    async lire(acteur: Acteur, id: string) {
      const { ligne, vu } = await charger(acteur, id);
      return vue(acteur, ligne, vu);
    },

    /** The actor's own profile, if they have claimed one. */
    async monProfil(acteur: Acteur) {
      const id = await depot.trouverProfilDeUtilisateur(db, acteur.utilisateurId);
      return id ? this.lire(acteur, id) : null;
    },

    /** Rewrites the profile; saving confirms it (its freshness restarts). */
    async modifier(acteur: Acteur, id: string, saisie: unknown, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutModifier(acteur, vu)) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur modifient ce profil.");
      const p = lireOuRefuser(saisie);
      verifierRetraite(p, ligne.profil);
      await db
        .transaction(async (tx) => {
          const i = indexer(p);
          await depot.modifierProfil(tx, id, p, i, true);
          await depot.enregistrerMots(tx, [i]);
          await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "modification_profil", { type: "profil", id }, { par: vu });
        })
        .catch(conflitUnicite);
      return this.lire(acteur, id);
    },

    /** "Still right": the profile is confirmed as it is. */
    async confirmer(acteur: Acteur, id: string, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutModifier(acteur, vu)) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur confirment ce profil.");
      await db.transaction(async (tx) => {
        await depot.confirmerProfil(tx, id);
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "confirmation_profil", { type: "profil", id });
      });
      return this.lire(acteur, id);
    },

    /** The agent chooses who sees their profile; every change is logged with the former choice. */
    async consentir(acteur: Acteur, id: string, c: Consentement, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutConsentir(vu)) throw new ErreurMetier("interdit", "Seul l'agent choisit qui voit son profil.");
      const avant = { visibilite: ligne.profil.visibilite, maintienApresRetraite: ligne.profil.maintienApresRetraite };
      await db.transaction(async (tx) => {
        await depot.changerConsentement(tx, id, c);
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "consentement_profil", { type: "profil", id }, { avant, apres: c });
      });
      return this.lire(acteur, id);
    },

    /** HR sends the agent a link to claim the profile (an invitation to the role "agent" that links it). */
    async inviterAReclamer(acteur: Acteur, id: string, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (vu !== "employeur" || acteur.role !== "gestionnaire_rh") throw new ErreurMetier("interdit", "Seul le service RH de l'employeur invite l'agent à reprendre son profil.");
      if (ligne.profil.utilisateurId) throw new ErreurMetier("conflit", "L'agent a déjà repris ce profil.");
      const organisation = (await orgs.trouverParId(db, ligne.profil.organisationId))!;
      const invitation = await db.transaction((tx) =>
        invitations.inviterDans(tx, acteur, organisation, { email: ligne.profil.courriel, role: "agent", profilId: id }, requestId),
      );
      courriels.livrerEnArrierePlan();
      return invitation;
    },

    /** GDPR: everything Vivier holds on the agent's profile, and the log of their consent. */
    async exporter(acteur: Acteur, id: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (vu !== "titulaire" && !peutModifier(acteur, vu)) throw introuvable("Profil");
      return {
        exporteLe: new Date().toISOString(),
        profil: await vue(acteur, ligne, vu),
        historique: await depot.historiqueDuProfil(db, id),
      };
    },

    /** A CV or another document (PDF or DOCX, checked by content and size), by the agent or their HR. */
    async ajouterDocument(acteur: Acteur, id: string, fichier: { nom: string; type: "cv" | "autre"; contenu: Uint8Array }, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutModifier(acteur, vu)) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur ajoutent des documents à ce profil.");
      await db.transaction(async (tx) => {
        const f = await fichiers.enregistrer(tx, { nom: fichier.nom, contenu: fichier.contenu, acceptes: ["pdf", "docx"], organisationId: ligne.profil.organisationId });
        const d = await depot.ajouterDocument(tx, { profilId: id, fichierId: f.id, type: fichier.type });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "ajout_document_profil", { type: "profil", id }, { document: d.id, nom: f.nom, taille: f.taille });
      });
      return this.lire(acteur, id);
    },

    /** A document of a profile, for whoever may see the profile. */
    async lireDocument(acteur: Acteur, id: string, documentId: string) {
      await charger(acteur, id);
      const d = (await depot.documentsDuProfil(db, id)).find((x) => x.id === documentId);
      if (!d) throw introuvable("Document");
      return fichiers.lire(db, d.fichierId);
    },

    async retirerDocument(acteur: Acteur, id: string, documentId: string, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutModifier(acteur, vu)) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur retirent des documents de ce profil.");
      await db.transaction(async (tx) => {
        if (!(await depot.retirerDocument(tx, id, documentId))) throw introuvable("Document");
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "retrait_document_profil", { type: "profil", id }, { document: documentId });
      });
    },

    /**
     * The freshness reminder (a scheduled job): each profile that became stale is reminded once —
     * to its agent when they claimed it, else in one message per employer to its HR. Returns how
     * many profiles were reminded.
     */
    async rappelerProfilsPerimes(maintenant = new Date()): Promise<number> {
      const aRappeler = await depot.profilsARappeler(db, new Date(perimeLe(maintenant, -moisFraicheur)));
      if (aRappeler.length === 0) return 0;
      await db.transaction(async (tx) => {
        const parEmployeur = new Map<string, typeof aRappeler>();
        for (const p of aRappeler) {
          if (p.courriel_agent) {
            await courriels.deposer(tx, {
              destinataire: p.courriel_agent,
              sujet: "Votre profil d'expert sur Vivier est-il à jour ?",
              texte: [
                `Bonjour ${p.prenom},`,
                "",
                `Votre profil dans le vivier d'experts de « ${p.organisation_nom} » n'a pas été confirmé depuis plus de ${moisFraicheur} mois.`,
                "Relisez-le et confirmez qu'il est à jour, ou corrigez-le : un profil à jour est mieux trouvé.",
                "",
                `${urlPublique}/mon-profil`,
              ].join("\n"),
            });
          } else {
            parEmployeur.set(p.organisation_id, [...(parEmployeur.get(p.organisation_id) ?? []), p]);
          }
        }
        for (const [organisationId, profils] of parEmployeur) {
          for (const destinataire of await depot.courrielsRh(tx, organisationId)) {
            await courriels.deposer(tx, {
              destinataire,
              sujet: `${profils.length} profil${profils.length > 1 ? "s" : ""} du vivier à confirmer`,
              texte: [
                "Bonjour,",
                "",
                `Ces profils du vivier d'experts de « ${profils[0]!.organisation_nom} » n'ont pas été confirmés depuis plus de ${moisFraicheur} mois`,
                "et leurs agents ne les ont pas encore repris : vérifiez-les, ou envoyez à chaque agent le lien pour reprendre le sien.",
                "",
                ...profils.slice(0, 50).map((p) => `- ${p.prenom} ${p.nom} : ${urlPublique}/vivier/profils/${p.id}`),
                ...(profils.length > 50 ? [`… et ${profils.length - 50} autres : ${urlPublique}/vivier?employeur=${organisationId}`] : []),
              ].join("\n"),
            });
          }
        }
        await depot.marquerRappeles(tx, aRappeler.map((p) => p.id));
      });
      courriels.livrerEnArrierePlan();
      return aRappeler.length;
    },

    /** GDPR erasure, by the agent or their HR: the personal data goes, anonymous counts stay. */
    async effacer(acteur: Acteur, id: string, requestId: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (!peutModifier(acteur, vu)) throw new ErreurMetier("interdit", "Seuls l'agent et le service RH de son employeur effacent ce profil.");
      await db.transaction(async (tx) => {
        await depot.effacerProfil(tx, ligne.profil);
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: ligne.profil.organisationId, requestId }, "effacement_profil", { type: "profil", id }, { par: vu });
      });
    },
  };
}
export type ServiceProfils = ReturnType<typeof creerServiceProfils>;
