/**
 * The pool of experts as use cases: HR creates and keeps its agents' profiles, the agent claims
 * theirs, keeps it and chooses who sees it; readers see what the agent consented to
 * (../../domain/experts/visibilite.ts). Every write is one transaction with its audit line.
 */
import { listerCandidatures } from "../../db/repositories/candidatures";
import { proceduresDuProfil } from "../../db/repositories/procedures";
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
import type { Db, DbOrTx } from "../../db/client";
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

const JOURS = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
/** A calendar date (`AAAA-MM-JJ`) as French words, for e-mails: "1 juin 2026". */
const enToutesLettres = (jour: string) => JOURS.format(new Date(`${jour}T00:00:00Z`));
const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? "s" : ""}`;

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
    // Not `pays`: the search's, which adds the regions' countries to those the agent declared.
    pays: l.paysDeclares,
    regions: l.regions,
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

  /** One e-mail to each HR of the employer, listing profiles: the first 50, then a link to the employer's pool. */
  async function ecrireAuxRh(tx: DbOrTx, organisationId: string, sujet: string, texte: string[], profils: readonly { id: string; prenom: string; nom: string }[]) {
    const liste = [
      ...profils.slice(0, 50).map((p) => `- ${p.prenom} ${p.nom} : ${urlPublique}/vivier/profils/${p.id}`),
      ...(profils.length > 50 ? [`… et ${profils.length - 50} autres : ${urlPublique}/vivier?employeur=${organisationId}`] : []),
    ];
    for (const destinataire of await depot.courrielsRh(tx, organisationId)) {
      await courriels.deposer(tx, { destinataire, sujet, texte: [...texte, "", ...liste].join("\n") });
    }
  }

  /** What the agent is told on their expected retirement date (see `appliquerDepartsALaRetraite`). */
  function messageDeRetraite(l: depot.LigneDuProfil, organisationNom: string, destinataire: string) {
    const depart = `Votre départ à la retraite était prévu le ${enToutesLettres(l.dateRetraitePrevue!)}`;
    const texte = l.maintienApresRetraite
      ? [
          `${depart}. Vous avez choisi de rester dans le vivier d'experts de « ${organisationNom} » après votre retraite : votre profil vous présente désormais en position « retraité·e », et les mêmes personnes qu'avant peuvent le voir.`,
          "Relisez-le et mettez-le à jour (disponibilités, coordonnées…) : un profil à jour est mieux trouvé. Vous pouvez changer d'avis à tout moment.",
        ]
      : [
          `${depart}, et vous n'avez pas choisi de rester dans le vivier d'experts après votre retraite : votre profil dans le vivier de « ${organisationNom} » n'est donc plus visible que de votre employeur. Les opérateurs et le ministère ne le trouvent plus.`,
          "Pour rester dans le vivier et pouvoir encore être sollicité·e pour des missions, cochez « Rester dans le vivier après mon départ à la retraite » dans votre profil, puis choisissez à nouveau qui peut le voir.",
          "Sinon, vous pouvez effacer votre profil ; votre employeur est invité à le faire.",
        ];
    return {
      destinataire,
      sujet: l.maintienApresRetraite
        ? "Votre profil d'expert sur Vivier vous présente désormais comme retraité·e"
        : "Votre profil d'expert sur Vivier n'est plus visible que de votre employeur",
      texte: [`Bonjour ${l.prenom},`, "", ...texte, "", `${urlPublique}/mon-profil`].join("\n"),
    };
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

    /** GDPR: everything Vivier holds on the agent's profile, the log of their consent, their candidacies and procedures. */
    async exporter(acteur: Acteur, id: string) {
      const { ligne, vu } = await charger(acteur, id);
      if (vu !== "titulaire" && !peutModifier(acteur, vu)) throw introuvable("Profil");
      return {
        exporteLe: new Date().toISOString(),
        profil: await vue(acteur, ligne, vu),
        historique: await depot.historiqueDuProfil(db, id),
        // Their candidacies to missions and the statutory procedures about them (issues 6 and 7).
        candidatures: (await listerCandidatures(db, { profilId: id })).map((c) => ({
          mission: c.mission.intitule,
          projet: c.projetIntitule,
          etat: c.candidature.etat,
          accordEmployeur: c.candidature.accordEmployeur,
          motif: c.candidature.motif,
          creeLe: c.candidature.creeLe.toISOString(),
        })),
        procedures: (await proceduresDuProfil(db, id)).map((p) => ({ ...p, creeLe: p.creeLe.toISOString() })),
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
          await ecrireAuxRh(
            tx,
            organisationId,
            `${pluriel(profils.length, "profil")} du vivier à confirmer`,
            [
              "Bonjour,",
              "",
              `Ces profils du vivier d'experts de « ${profils[0]!.organisation_nom} » n'ont pas été confirmés depuis plus de ${moisFraicheur} mois`,
              "et leurs agents ne les ont pas encore repris : vérifiez-les, ou envoyez à chaque agent le lien pour reprendre le sien.",
            ],
            profils,
          );
        }
        await depot.marquerRappeles(tx, aRappeler.map((p) => p.id));
      });
      courriels.livrerEnArrierePlan();
      return aRappeler.length;
    },

    /**
     * The expected retirements (a scheduled job, docs/vivier.md "Retraités"). On its date, a profile
     * whose agent consented to stay (`maintienApresRetraite`) goes to position "retraite", seen by
     * whom the agent chose. Without that consent the profile may not stay open: the system narrows
     * who sees it to the employer (narrowing protects the agent; widening is the agent's choice
     * alone) and asks HR, in one message per employer, to obtain the consent or erase the profile.
     * Each employer is one transaction with its audit lines and e-mails, so a retried job neither
     * loses nor repeats any. `jour`: today in France (`AAAA-MM-JJ`).
     */
    async appliquerDepartsALaRetraite(jour = aujourdhui()): Promise<{ retraites: number; retires: number }> {
      const total = { retraites: 0, retires: 0 };
      for (const organisationId of await depot.employeursAuDepartALaRetraite(db, jour)) {
        const fait = await db.transaction(async (tx) => {
          const dus = await depot.profilsAuDepartALaRetraite(tx, organisationId, jour);
          const restent = dus.filter((d) => d.profil.maintienApresRetraite);
          const retires = dus.filter((d) => !d.profil.maintienApresRetraite);
          // The position is searchable text: re-indexed as when the profile is saved (its freshness kept).
          const lot = restent.map(({ profil: l }) => {
            const profil: Profil = { ...champsDuProfil(l), position: "retraite" };
            return { id: l.id, profil, indexation: indexer(profil) };
          });
          if (lot.length) {
            await depot.modifierProfils(tx, organisationId, lot);
            await depot.enregistrerMots(tx, lot.map((m) => m.indexation));
          }
          await depot.marquerRetraiteTraitee(tx, restent.map((d) => d.profil.id), jour, false);
          await depot.marquerRetraiteTraitee(tx, retires.map((d) => d.profil.id), jour, true);
          for (const { profil: l, organisationNom, courrielAgent } of dus) {
            const avant = { position: l.position, visibilite: l.visibilite };
            await journaliser(tx, { acteurId: null, organisationId, requestId: null }, "retraite_profil", { type: "profil", id: l.id }, {
              dateRetraitePrevue: l.dateRetraitePrevue,
              maintienApresRetraite: l.maintienApresRetraite,
              effet: l.maintienApresRetraite
                ? "passage en position « retraité·e », visibilité inchangée"
                : "sans accord pour rester dans le vivier après la retraite : visible de l'employeur seulement",
              avant,
              apres: l.maintienApresRetraite ? { ...avant, position: "retraite" } : { ...avant, visibilite: "employeur" },
            });
            if (courrielAgent) await courriels.deposer(tx, messageDeRetraite(l, organisationNom, courrielAgent));
          }
          if (retires.length) {
            await ecrireAuxRh(
              tx,
              organisationId,
              `${pluriel(retires.length, "profil")} du vivier : départ à la retraite sans accord de l'agent`,
              [
                "Bonjour,",
                "",
                `Ces agents de « ${retires[0]!.organisationNom} » ont atteint leur date de départ à la retraite prévue sans avoir consenti à rester dans le vivier d'experts après leur retraite.`,
                "Leur profil n'est plus visible que de votre organisation : les opérateurs et le ministère ne le trouvent plus.",
                "Demandez à chacun de donner son accord dans son profil (« Rester dans le vivier après mon départ à la retraite »), ou effacez le profil : sans cet accord, le vivier n'a plus de raison de garder ses données (RGPD, minimisation des données).",
                "Un agent qui n'a pas encore repris son profil le fait avec le lien que vous lui envoyez depuis la page du profil.",
              ],
              retires.map((d) => d.profil),
            );
          }
          return { retraites: restent.length, retires: retires.length };
        });
        total.retraites += fait.retraites;
        total.retires += fait.retires;
      }
      if (total.retraites + total.retires > 0) courriels.livrerEnArrierePlan();
      return total;
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
