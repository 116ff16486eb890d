/** Schemas of the missions' operations: projects, missions, sessions, candidacies, staffings, notifications. */
import type { FastifyRouteSchemaDef } from "fastify/types/schema";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { ETATS_MISSION, EVENEMENTS_CANDIDATURE, EVENEMENTS_MISSION, ETATS_CANDIDATURE, ACCORDS_EMPLOYEUR, SOURCES_MISSION } from "../../../domain/missions";
import { TYPES_DOCUMENT_MISSION } from "../../../services/missions/documents";
import { schemaReponseConseil } from "../conseil/conseiller";
import { schemaPagination, schemaProbleme, reponsesErreur, schemaUuid } from "../schemas";

/**
 * The body is read by the service, with the domain's own schema (`lireMission`, `lireProjet`,
 * `schemaSession`): the API, the web forms and the tests get the same field errors, and a draft's
 * body can be completed with what is stored before it is checked. Parameters and query strings
 * are still checked here.
 */
export const corpsLuParLeService = <S>(route: FastifyRouteSchemaDef<S>) =>
  route.httpPart === "body" ? (donnees: unknown) => ({ value: donnees }) : validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);

export const erreursMissions = { 401: schemaProbleme, 403: schemaProbleme, 409: schemaProbleme, ...reponsesErreur };

export const parametresId = (quoi: string) => z.object({ id: schemaUuid(quoi) });
export const pagination = z.object(schemaPagination);

const liste = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((x) => x.trim()).filter(Boolean))
    .optional()
    .describe(description);

const listeDe = <T extends readonly [string, ...string[]]>(valeurs: T, description: string, nom: string) =>
  liste(description).pipe(z.array(z.enum(valeurs, { error: `${nom} attendu : ${valeurs.join(", ")}` })).optional());

export const requeteMissions = z.object({
  q: z.string().trim().max(200, { error: "la recherche ne peut dépasser 200 caractères" }).optional().describe("Mots de l'intitulé (accents et casse indifférents)"),
  etat: listeDe(ETATS_MISSION, "États (l'un ou l'autre) ; le brouillon n'est listé qu'à son organisation", "état"),
  pays: liste("Codes ISO 3166-1 alpha-2 des pays (l'un ou l'autre)"),
  domaine: liste("Codes du thésaurus (l'un ou l'autre)"),
  source: listeDe(SOURCES_MISSION, "Sources (l'une ou l'autre)", "source"),
  organisationId: schemaUuid("l'identifiant de l'organisation").optional().describe("Les missions d'une organisation"),
  projetId: schemaUuid("l'identifiant du projet").optional().describe("Les missions d'un projet"),
  ...schemaPagination,
});

// ————————————————————————————————————————— Answers

export const schemaProjet = z.object({
  id: z.string(),
  organisation: z.object({ id: z.string(), nom: z.string() }),
  intitule: z.string(),
  programme: z.string().nullable(),
  bailleur: z.string().nullable(),
  description: z.string().nullable(),
  creeLe: z.string(),
  modifieLe: z.string(),
});

export const schemaResumeMission = z.object({
  id: z.string(),
  intitule: z.string(),
  etat: z.enum(ETATS_MISSION),
  etatLibelle: z.string(),
  source: z.enum(SOURCES_MISSION),
  sourceLibelle: z.string(),
  pays: z.string().nullable(),
  paysLibelle: z.string().nullable(),
  domaines: z.array(z.string()).describe("Codes du thésaurus"),
  organisation: z.object({ id: z.string(), nom: z.string() }),
  projet: z.object({ id: z.string(), intitule: z.string() }),
  nombreExperts: z.number(),
  dateLimiteCandidature: z.string().nullable(),
  publieeLe: z.string().nullable(),
});

export const schemaProjetDetaille = schemaProjet.extend({ missions: z.array(schemaResumeMission).describe("Les missions du projet, brouillons compris") });

const evenementPossible = z.object({ evenement: z.enum(EVENEMENTS_MISSION), vers: z.enum(ETATS_MISSION), libelle: z.string(), motifObligatoire: z.boolean() });

export const schemaVueSession = z.object({
  rang: z.number().describe("Numéro de la session dans la mission (ne change pas quand une autre est retirée)"),
  debut: z.string().nullable(),
  fin: z.string().nullable(),
  jours: z.number().nullable().describe("Nombre de jours, pour une session non datée"),
  libelle: z.string().nullable(),
});

export const schemaMission = schemaResumeMission.extend({
  projet: z.object({ id: z.string(), intitule: z.string(), programme: z.string().nullable(), bailleur: z.string().nullable() }),
  organisation: z.object({ id: z.string(), nom: z.string(), type: z.string() }),
  cadre: z.string().nullable().describe("Cadre du conseiller : coopération décentralisée, EXPE-CT, opérateur"),
  hote: z.object({ type: z.string() }).nullable(),
  termesDeReference: z.string().nullable(),
  beneficiaire: z.string().nullable(),
  domaines: z.array(z.object({ code: z.string(), libelle: z.string(), niveauMin: z.string().nullable() })),
  langues: z.array(z.object({ code: z.string(), libelle: z.string(), niveau: z.string() })),
  remuneration: z.object({ honorairesJournaliers: z.number().optional(), perDiem: z.number().optional(), complementRemuneration: z.number().optional() }).nullable(),
  sessions: z.array(schemaVueSession),
  joursParExpert: z.number().describe("Jours d'expertise de chaque expert sur la mission, comptés sur le calendrier de métropole"),
  creeLe: z.string(),
  modifieLe: z.string(),
  candidatures: z.object({ total: z.number(), affectees: z.number() }).nullable().describe("Pour l'organisation propriétaire seulement"),
  documents: z
    .array(
      z.object({
        id: z.string(),
        nom: z.string(),
        type: z.enum(TYPES_DOCUMENT_MISSION),
        typeMime: z.string(),
        taille: z.number().describe("En octets"),
        ajouteLe: z.string(),
      }),
    )
    .describe("Les documents joints (PDF ou DOCX), à télécharger par GET /api/v1/missions/{id}/documents/{documentId}"),
  evenementsPossibles: z.array(evenementPossible).describe("Ce que la personne connectée peut faire de la mission maintenant"),
  droits: z.object({ modifier: z.boolean(), gererSessions: z.boolean(), candidater: z.boolean() }),
});

export const schemaListeMissions = z.object({
  total: z.number(),
  page: z.number(),
  parPage: z.number(),
  resultats: z.array(schemaResumeMission.extend({ sessions: z.number().describe("Nombre de sessions") })),
});

export const schemaFranchissement = z.object({
  profilId: z.string(),
  candidatureId: z.string(),
  prenom: z.string(),
  nom: z.string(),
  avant: z.number().describe("Jours de l'agent sur le projet avant le changement"),
  apres: z.number().describe("Jours après"),
  de: z.enum(["T1", "T2", "T3"]),
  vers: z.enum(["T1", "T2", "T3"]),
  joursFaits: z.number().describe("Jours déjà faits, qui gardent leur instrument"),
  joursRestants: z.number().describe("Jours restants, pour lesquels la note recommande le nouvel instrument"),
  message: z.string(),
});

export const schemaReponseSessions = z.object({
  mission: schemaMission,
  franchissements: z
    .array(schemaFranchissement)
    .describe("Les experts affectés dont le total de jours sur le projet franchit un seuil (6 ou 130 jours) : le service RH de leur employeur et l'organisation de la mission sont prévenus"),
});

export const schemaHistoriqueMission = z.array(
  z.object({ evenement: z.string(), de: z.enum(ETATS_MISSION).nullable(), vers: z.enum(ETATS_MISSION), motif: z.string().nullable(), acteur: z.string().nullable(), horodatage: z.string() }),
);

export const corpsTransitionMission = z.object({
  evenement: z.enum(EVENEMENTS_MISSION, { error: `événement attendu : ${EVENEMENTS_MISSION.join(", ")}` }),
  motif: z.string({ error: "le motif est un texte" }).optional().describe("Obligatoire pour annuler"),
});
export const corpsTransitionCandidature = z.object({
  evenement: z.enum(EVENEMENTS_CANDIDATURE, { error: `événement attendu : ${EVENEMENTS_CANDIDATURE.join(", ")}` }),
  motif: z.string({ error: "le motif est un texte" }).optional().describe("Obligatoire pour décliner et pour refuser la libération"),
});

export const schemaResumeCandidature = z.object({
  id: z.string(),
  etat: z.enum(ETATS_CANDIDATURE),
  etatLibelle: z.string(),
  accordEmployeur: z.enum(ACCORDS_EMPLOYEUR),
  accordEmployeurLibelle: z.string(),
  motif: z.string().nullable().describe("Motif de la dernière décision qui en demandait un"),
  mission: z.object({
    id: z.string(),
    intitule: z.string(),
    etat: z.enum(ETATS_MISSION),
    etatLibelle: z.string(),
    organisationId: z.string(),
    projet: z.object({ id: z.string(), intitule: z.string() }),
  }),
  profil: z.object({
    id: z.string(),
    prenom: z.string(),
    nom: z.string(),
    position: z.string(),
    metier: z.string().nullable(),
    employeur: z.object({ id: z.string(), nom: z.string() }),
  }),
  creeLe: z.string(),
  modifieLe: z.string(),
  evenementsPossibles: z.array(z.object({ evenement: z.enum(EVENEMENTS_CANDIDATURE), libelle: z.string(), motifObligatoire: z.boolean() })),
});

const bilanJours = {
  jours: z.number().describe("d : le total des jours d'expertise de l'agent sur le projet, toutes ses affectations"),
  tranche: z.enum(["T1", "T2", "T3"]).describe("T1 sous 6 jours, T2 de 6 à 130, T3 au-delà"),
  territoire: z.string().describe("Calendrier des jours ouvrés de l'employeur"),
  joursFaits: z.number(),
  joursRestants: z.number(),
  joursNonDates: z.number().describe("Jours des sessions données en nombre de jours, sans date"),
  prochainSeuil: z.object({ seuil: z.number(), joursAvant: z.number() }).nullable().describe("Le prochain seuil et les jours qui restent avant de le franchir"),
  explication: z.string(),
  instrument: z.string().nullable().describe("L'instrument recommandé par le conseiller pour ce total"),
  instrumentLibelle: z.string().nullable(),
  conseilIndisponible: z.string().nullable().describe("Pourquoi le conseiller ne peut répondre (plus aucune session…)"),
};

export const schemaAffectation = z.object({
  projet: z.object({ id: z.string(), intitule: z.string() }),
  missions: z.array(z.string()),
  ...bilanJours,
});

export const schemaCandidature = schemaResumeCandidature.extend({
  qualites: z.object({ estTitulaire: z.boolean(), estRhEmployeur: z.boolean(), estProprietaireMission: z.boolean() }).describe("À quel titre la personne connectée voit la candidature"),
  historique: z.array(
    z.object({
      evenement: z.string(),
      de: z.enum(ETATS_CANDIDATURE).nullable(),
      vers: z.enum(ETATS_CANDIDATURE),
      accordDe: z.enum(ACCORDS_EMPLOYEUR).nullable(),
      accordVers: z.enum(ACCORDS_EMPLOYEUR).nullable(),
      motif: z.string().nullable(),
      acteur: z.string().nullable().describe("Vide pour l'affectation, confirmée d'elle-même"),
      horodatage: z.string(),
    }),
  ),
  affectation: schemaAffectation
    .extend({ conseil: schemaReponseConseil.nullable().describe("La réponse complète du conseiller : instrument, explication, sources, alertes") })
    .nullable()
    .describe("Quand la candidature est affectée : le total de jours de l'agent sur le projet et l'instrument recommandé"),
});

export const schemaCandidaturesMission = z.object({
  mission: z.object({ id: z.string(), intitule: z.string(), etat: z.enum(ETATS_MISSION), nombreExperts: z.number() }),
  resultats: z.array(schemaResumeCandidature),
});

export const schemaMesCandidatures = z.object({
  candidatures: z.array(schemaResumeCandidature),
  affectations: z.array(schemaAffectation).describe("Par projet où je suis affecté·e : mon total de jours et l'instrument recommandé"),
});

export const schemaAffectationsOrganisation = z.object({
  seuils: z.object({ miseADisposition: z.number(), detachement: z.number() }),
  resultats: z.array(
    z.object({
      profil: z.object({ id: z.string(), prenom: z.string(), nom: z.string(), position: z.string() }),
      projet: z.object({ id: z.string(), intitule: z.string() }),
      missions: z.array(z.object({ id: z.string(), intitule: z.string(), etat: z.enum(ETATS_MISSION), candidatureId: z.string() })),
      ...bilanJours,
    }),
  ),
});

export const schemaNotification = z.object({
  id: z.string(),
  type: z.string().describe("Code stable : candidature.retenir, mission.annuler, mission.seuil…"),
  titre: z.string(),
  texte: z.string(),
  lien: z.string().nullable().describe("Chemin de la page concernée dans l'application"),
  lue: z.boolean(),
  lueLe: z.string().nullable(),
  creeLe: z.string(),
});
