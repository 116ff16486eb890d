import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { INSTRUMENTS, schemaSituation } from "../../../domain/instruments";
import { reponsesErreur } from "../schemas";

const message = z.object({ regle: z.string(), titre: z.string(), message: z.string() });

export const schemaReponseConseil = z.object({
  date: z.string().describe("Jour pour lequel les règles sont appliquées"),
  instrument: z.enum(INSTRUMENTS).describe("L'instrument recommandé"),
  instrumentLibelle: z.string(),
  regle: z.string().describe("La règle de la note appliquée (T0…T3, X5, E1, E2, R1)"),
  recommandationDeLaNote: z.enum(INSTRUMENTS).describe("Ce que recommande la note avant l'éligibilité (différent quand il n'est pas ouvert)"),
  joursOuvres: z.number().describe("d : le total des jours d'expertise"),
  decompte: z.object({
    jours: z.number(),
    joursOuvresAbsence: z.number(),
    dureeCalendaire: z.number(),
    territoire: z.string(),
    sessions: z.array(z.record(z.string(), z.unknown())),
    feriesAConfirmer: z.array(z.object({ date: z.string(), nom: z.string(), message: z.string() })).describe("Jours fériés des sessions dont la date reste à confirmer"),
    explication: z.string(),
  }),
  eligibilite: z.array(z.object({ instrument: z.enum(INSTRUMENTS), libelle: z.string(), ouvert: z.boolean(), raison: z.string(), regle: z.string() })),
  alternatives: z.array(z.object({ instrument: z.enum(INSTRUMENTS), libelle: z.string(), description: z.string() })),
  consequences: z.object({
    quiPaie: z.string(),
    remboursement: z.string(),
    retourAuPoste: z.string(),
    consentements: z.array(z.string()),
    documents: z.array(z.string()),
    delais: z.array(z.string()),
  }),
  references: z.array(z.object({ titre: z.string(), source: z.string() })),
  incertitudes: z.array(message).describe("Les points à confirmer qui touchent cette réponse"),
  alertes: z.array(message),
  ceQuiChangerait: z.array(message).describe("Le seuil le plus proche, ou la donnée qui ouvrirait un autre instrument"),
  informations: z.array(message),
  explication: z.array(z.string()).describe("Les règles parcourues, en mots"),
});

export const conseiller: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/api/v1/advice",
    {
      schema: {
        tags: ["conseil"],
        summary: "Quel cadre juridique pour une mission ?",
        description:
          "L'instrument recommandé (ordre de mission, cumul d'activités, mise à disposition, détachement…) pour une situation, " +
          "avec l'éligibilité de chaque instrument, les alternatives, les conséquences, les sources, les points à confirmer, " +
          "les alertes, ce qui changerait la réponse et le décompte des jours ouvrés. Public : aucun compte n'est nécessaire. " +
          "Les champs inconnus et les valeurs impossibles sont refusés, champ par champ.",
        security: [],
        body: schemaSituation,
        response: { 200: schemaReponseConseil, ...reponsesErreur },
      },
      // The body schema documents the situation; the service validates it, so that the API and the
      // CLI give the same field errors.
      validatorCompiler: () => (donnees) => ({ value: donnees }),
    },
    async (requete) => app.services.conseil.conseiller(requete.body),
  );
};
