/** The shapes of the procedures' API (docs/procedures.md), as the service answers them. */
import { z } from "zod";
import { ACTEURS_PROCEDURE, NIVEAUX_ECHEANCE, TYPES_PROCEDURE } from "../../../domain/procedures";
import { reponsesErreur, schemaProbleme, schemaUuid } from "../schemas";

export const erreursProcedures = { 401: schemaProbleme, 403: schemaProbleme, 409: schemaProbleme, ...reponsesErreur };
export const parametresProcedure = z.object({ id: schemaUuid("l'identifiant de la procédure") });

const objetJson = (description: string) => z.record(z.string(), z.unknown()).describe(description);
const organisation = z.object({ id: z.string(), nom: z.string() });

export const schemaEcheance = z.object({
  code: z.string(),
  libelle: z.string(),
  date: z.string().describe("Le dernier jour permis (AAAA-MM-JJ)"),
  niveau: z.enum(NIVEAUX_ECHEANCE).describe("a_venir, proche (les rappels commencent), depassee"),
  source: z.string().describe("La règle de LEGAL.md et ses textes"),
  aConfirmer: z.string().optional().describe("Ce qui n'a pu être vérifié de cette échéance"),
});

export const schemaResumeProcedure = z.object({
  id: z.string(),
  type: z.enum(TYPES_PROCEDURE),
  typeLibelle: z.string(),
  etat: z.string(),
  etatLibelle: z.string(),
  termine: z.boolean().describe("La procédure est dans un état final"),
  intitule: z.string(),
  organisation: organisation.describe("L'employeur (pour une convention de partenariat : la collectivité partie)"),
  accueil: organisation.nullable().describe("L'organisme d'accueil, quand il est sur Vivier"),
  operateur: organisation.nullable().describe("L'opérateur partie à une convention de partenariat"),
  agent: z.object({ profilId: z.string(), prenom: z.string(), nom: z.string() }).nullable(),
  echeances: z.array(schemaEcheance),
  creeLe: z.string(),
  modifieLe: z.string(),
});

const action = z.object({
  evenement: z.string(),
  vers: z.string(),
  libelle: z.string(),
  motifObligatoire: z.boolean(),
  champs: z.array(z.string()).readonly().describe("Les saisies à donner avec l'événement (avis, motifRetrait, demandeur, dates…)"),
  bloquee: z
    .object({ code: z.string(), raison: z.string(), erreurs: z.array(z.object({ champ: z.string(), message: z.string() })).optional() })
    .optional()
    .describe("Pourquoi l'action n'est pas encore possible (demande incomplète, date non atteinte…)"),
});

export const schemaProcedure = schemaResumeProcedure.extend({
  candidatureId: z.string().nullable().describe("L'affectation d'où part la procédure"),
  instrumentRecommande: z.string().nullable().describe("L'instrument recommandé par le conseiller pour l'affectation"),
  justification: z.string().nullable().describe("Pourquoi une autre procédure que la recommandée a été choisie"),
  donnees: objetJson("Les données du document de la procédure (demande de cumul, convention, ordre de mission…)"),
  suivi: objetJson("Ce que les événements ont enregistré (date de dépôt, avis, décision, rapports, remboursements…)"),
  manquants: z.array(z.object({ champ: z.string(), message: z.string() })).describe("Ce qui manque encore aux données"),
  alertes: z
    .array(z.object({ regle: z.string(), message: z.string(), source: z.string() }))
    .describe("Ce que les données rendent incertain en droit (M1, M2…) : à confirmer, avec la règle et ses sources"),
  remboursements: z
    .array(
      z.object({
        periode: z.string(),
        debut: z.string(),
        fin: z.string(),
        montant: z.number(),
        dueLe: z.string(),
        recu: z.number(),
        reste: z.number(),
        statut: z.enum(["pas_encore_du", "a_recevoir", "en_retard", "solde"]),
        statutLibelle: z.string(),
      }),
    )
    .nullable()
    .describe("Mise à disposition : les remboursements attendus de l'organisme d'accueil, période par période, reçus et en retard"),
  modifiable: z.boolean().describe("La personne connectée peut modifier les données maintenant"),
  mesRoles: z.array(z.object({ acteur: z.enum(ACTEURS_PROCEDURE), libelle: z.string() })).describe("À quel titre la personne connectée agit sur la procédure"),
  evenementsPossibles: z.array(action),
  regles: z
    .array(
      z.object({
        id: z.string().describe("L'identifiant de la règle dans LEGAL.md (C5, M4, D3…)"),
        titre: z.string(),
        texte: z.string(),
        sources: z.array(z.string()).readonly(),
        depuis: z.string(),
        aConfirmer: z.string().optional().describe("Ce qui n'a pu être vérifié dans le texte officiel : à montrer comme tel"),
        ecartAvecLaNote: z.string().optional().describe("Où la note dit autrement : Vivier suit la règle et montre l'écart"),
      }),
    )
    .describe("Les règles de la procédure, avec leurs sources"),
  modelesDisponibles: z
    .array(z.object({ modele: z.string(), libelle: z.string(), champsSaisis: z.array(z.object({ champ: z.string(), libelle: z.string(), facultatif: z.boolean().optional() })) }))
    .describe("Les documents à générer dans cet état, et les saisies que chacun demande (signataire, numéro d'arrêté…)"),
  historique: z.array(
    z.object({
      evenement: z.string(),
      evenementLibelle: z.string().describe("L'étape en mots : « Donner l'avis du supérieur hiérarchique »"),
      de: z.string().nullable(),
      deLibelle: z.string().nullable(),
      vers: z.string(),
      versLibelle: z.string(),
      motif: z.string().nullable(),
      saisie: objetJson("Les saisies données avec l'événement").nullable(),
      acteur: z.string().nullable(),
      horodatage: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      id: z.string(),
      nature: z.enum(["genere", "signe"]),
      modele: z.string().nullable(),
      modeleLibelle: z.string().nullable().describe("Le document en mots : « Convention de mise à disposition »"),
      version: z.number().nullable(),
      nom: z.string(),
      typeMime: z.string(),
      taille: z.number(),
      ajouteLe: z.string(),
    }),
  ),
});

export const schemaListeProcedures = z.object({ total: z.number(), page: z.number(), parPage: z.number(), resultats: z.array(schemaResumeProcedure) });

export const schemaATraiter = z.object({
  resultats: z.array(
    schemaResumeProcedure.extend({
      actions: z.array(z.object({ evenement: z.string(), libelle: z.string(), bloquee: z.string().nullable() })),
      echeancesUrgentes: z.array(schemaEcheance),
    }),
  ),
});
