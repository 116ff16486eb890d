/**
 * A mission: what its owner (an operator, the DAECT, a collectivité) writes, PRODUCT.md §3.
 *
 * The schema is the one of a draft (brouillon): a mission is written in several goes, so only
 * its title and its source are required, and what is written is checked field by field. What
 * publication needs on top (sessions, terms of reference, country…) is `verifierPublication`,
 * the guard of the `publier` event.
 */
import { z } from "zod";
import { schemaDomaineExpertise, schemaLangue, schemaRegion } from "../experts";
import { CADRES, schemaSituation } from "../instruments";
import { erreursDeChamps, type ErreurChamp } from "../shared";
import { montantEnEuros, sansDoublon, texteFacultatif, texteObligatoire } from "./champs";
import { premierJour, schemaSessions } from "./sessions";

export const SOURCES_MISSION = ["operateur", "daect_expe_ct", "cooperation_decentralisee", "demande_etrangere"] as const;
export type SourceMission = (typeof SOURCES_MISSION)[number];
export const LIBELLES_SOURCE_MISSION: Record<SourceMission, string> = {
  operateur: "Projet d'un opérateur (financé par un bailleur)",
  daect_expe_ct: "Mission EXPE-CT de la DAECT",
  cooperation_decentralisee: "Coopération décentralisée d'une collectivité",
  demande_etrangere: "Demande d'une autorité locale étrangère",
};

export type Cadre = (typeof CADRES)[number];

/**
 * The advisor's framework (cadre) of a mission follows from its source, except for a foreign
 * authority's request, which may be answered through any of them: there the owner chooses.
 */
const CADRE_DE_LA_SOURCE: Record<SourceMission, Cadre | undefined> = {
  operateur: "operateur",
  daect_expe_ct: "expe_ct",
  cooperation_decentralisee: "cooperation_decentralisee",
  demande_etrangere: undefined,
};

/** The mission's cadre: the one of its source, or the one its owner chose; undefined while not chosen. */
export function cadreDeLaMission(source: SourceMission, cadreChoisi?: Cadre): Cadre | undefined {
  return CADRE_DE_LA_SOURCE[source] ?? cadreChoisi;
}

export const LIMITES_MISSION = { domaines: 20, langues: 10, experts: 50 } as const;

/** The same country code as the profiles' (ISO 3166-1 alpha-2, lowercase accepted): matching compares the two. */
const codePays = schemaRegion.shape.pays;

export const schemaDomaineDemande = z.strictObject(
  {
    code: schemaDomaineExpertise.shape.code,
    niveauMin: schemaDomaineExpertise.shape.niveau.optional().describe("Niveau d'expertise minimal attendu"),
  },
  { error: "un domaine s'écrit { code, niveauMin? }" },
);

export const schemaRemuneration = z.strictObject(
  {
    honorairesJournaliers: montantEnEuros("les honoraires journaliers").optional().describe("Honoraires par jour d'expertise, en euros"),
    perDiem: montantEnEuros("le per diem").optional().describe("Indemnité journalière de séjour, en euros"),
    complementRemuneration: montantEnEuros("le complément de rémunération").optional().describe("Complément de rémunération, en euros"),
  },
  { error: "la rémunération s'écrit { honorairesJournaliers?, perDiem?, complementRemuneration? }" },
);

export const schemaMission = z
  .strictObject(
    {
      intitule: texteObligatoire("l'intitulé de la mission", 200).describe("Intitulé de la mission"),
      source: z.enum(SOURCES_MISSION, { error: `source attendue : ${SOURCES_MISSION.join(", ")}` }).describe("D'où vient le besoin"),
      termesDeReference: texteFacultatif("les termes de référence", 20_000).describe("Termes de référence : contexte, objectifs, livrables, profil recherché"),
      pays: codePays.optional().describe("Pays de la mission (ISO 3166-1 alpha-2)"),
      beneficiaire: texteFacultatif("le bénéficiaire", 500).describe("L'institution qui bénéficie de la mission"),
      domaines: z
        .array(schemaDomaineDemande, { error: "les domaines sont une liste" })
        .max(LIMITES_MISSION.domaines, { error: `${LIMITES_MISSION.domaines} domaines au plus` })
        .superRefine(sansDoublon((d) => d.code, "le domaine", "code"))
        .default([])
        .describe("Domaines d'expertise attendus (codes du thésaurus) et niveau minimal"),
      langues: z
        .array(schemaLangue, { error: "les langues sont une liste" })
        .max(LIMITES_MISSION.langues, { error: `${LIMITES_MISSION.langues} langues au plus` })
        .superRefine(sansDoublon((l) => l.code, "la langue", "code"))
        .default([])
        .describe("Langues de travail et niveau du CECRL attendu"),
      nombreExperts: z
        .number({ error: "le nombre d'experts est un nombre" })
        .int({ error: "le nombre d'experts est un nombre entier" })
        .min(1, { error: "au moins un expert" })
        .max(LIMITES_MISSION.experts, { error: `${LIMITES_MISSION.experts} experts au plus` })
        .default(1)
        .describe("Nombre d'experts recherchés"),
      cadre: schemaSituation.shape.cadre.optional().describe("Cadre de la mission ; déduit de la source, sauf pour une demande étrangère"),
      hote: schemaSituation.shape.hote,
      remuneration: schemaRemuneration.optional().describe("Ce que la mission rapporte à l'expert, en euros"),
      dateLimiteCandidature: z.iso.date({ error: "date limite de candidature : une date AAAA-MM-JJ qui existe est attendue" }).optional().describe("Dernier jour pour candidater (AAAA-MM-JJ)"),
      sessions: schemaSessions.default([]),
    },
    { error: "la mission est un objet JSON" },
  )
  .superRefine((m, ctx) => {
    // Also runs when some fields failed: compare only a known source with a known cadre.
    const attendu = (SOURCES_MISSION as readonly unknown[]).includes(m.source) ? CADRE_DE_LA_SOURCE[m.source] : undefined;
    if (attendu && (CADRES as readonly unknown[]).includes(m.cadre) && m.cadre !== attendu) {
      ctx.addIssue({ code: "custom", path: ["cadre"], message: `une mission de source « ${LIBELLES_SOURCE_MISSION[m.source]} » relève du cadre ${attendu}` });
    }
    const debut = Array.isArray(m.sessions) ? premierJour(m.sessions) : undefined;
    if (typeof m.dateLimiteCandidature === "string" && debut && m.dateLimiteCandidature >= debut) {
      ctx.addIssue({ code: "custom", path: ["dateLimiteCandidature"], message: `la date limite de candidature doit précéder le début de la première session (${debut})` });
    }
  });

export type MissionSaisie = z.input<typeof schemaMission>;
export type Mission = z.output<typeof schemaMission>;

/** The mission, its cadre filled in from its source; or its errors field by field (`sessions.1.fin`, `domaines.0.code`…). */
export function lireMission(entree: unknown): { ok: true; mission: Mission } | { ok: false; erreurs: ErreurChamp[] } {
  const r = schemaMission.safeParse(entree);
  if (!r.success) return { ok: false, erreurs: erreursDeChamps(r.error, "mission") };
  const cadre = cadreDeLaMission(r.data.source, r.data.cadre);
  return { ok: true, mission: cadre ? { ...r.data, cadre } : r.data };
}

/**
 * What keeps a valid draft from being published, field by field: matching needs domains and a
 * country, the advisor a cadre and sessions, the experts the terms of reference. An empty list
 * means it may be published. `aujourdhui` (AAAA-MM-JJ) refuses a deadline already passed.
 */
export function verifierPublication(mission: Mission, aujourdhui?: string): ErreurChamp[] {
  const erreurs: ErreurChamp[] = [];
  const manque = (champ: string, message: string) => erreurs.push({ champ, message });
  if (!mission.termesDeReference) manque("termesDeReference", "les termes de référence sont nécessaires pour publier la mission");
  if (!mission.pays) manque("pays", "le pays est nécessaire pour publier la mission");
  if (!mission.beneficiaire) manque("beneficiaire", "le bénéficiaire est nécessaire pour publier la mission");
  if (mission.domaines.length === 0) manque("domaines", "au moins un domaine d'expertise est nécessaire pour publier la mission");
  if (!cadreDeLaMission(mission.source, mission.cadre)) manque("cadre", "choisissez le cadre de la mission (coopération décentralisée, EXPE-CT ou opérateur) avant de la publier");
  if (mission.sessions.length === 0) manque("sessions", "une mission sans session ne peut être publiée");
  if (aujourdhui && mission.dateLimiteCandidature && mission.dateLimiteCandidature < aujourdhui) {
    manque("dateLimiteCandidature", "la date limite de candidature est passée");
  }
  return erreurs;
}
