/** Schemas of the pool's operations: a profile as a reader sees it, and the search. */
import { z } from "zod";
import { POSITIONS, VISIBILITES } from "../../../domain/experts";
import { schemaUuid } from "../schemas";

export const parametresProfil = z.object({ id: schemaUuid("l'identifiant du profil") });

const domaine = z.object({ code: z.string(), niveau: z.string(), precision: z.string().optional() });
export const schemaVueProfil = z
  .object({
    id: z.string(),
    organisation: z.object({ id: z.string(), nom: z.string() }),
    regard: z.enum(["titulaire", "employeur", "operateur", "ministere"]).describe("Comment la personne connectée voit le profil"),
    reclame: z.boolean().describe("L'agent a repris son profil avec son compte"),
    prenom: z.string(),
    nom: z.string(),
    courriel: z.string(),
    telephone: z.string().optional().describe("Réservé à l'agent et à son employeur"),
    numeroAgent: z.string().optional().describe("Réservé à l'agent et à son employeur"),
    position: z.enum(POSITIONS),
    grade: z.string().optional(),
    cadreEmplois: z.string().optional(),
    categorie: z.string().optional(),
    metier: z.string().optional(),
    domaines: z.array(domaine),
    langues: z.array(z.object({ code: z.string(), niveau: z.string() })),
    pays: z.array(z.string()).describe("Pays d'expérience déclarés (ISO 3166-1 alpha-2) ; la recherche par pays trouve aussi le profil par les pays de ses régions"),
    regions: z
      .array(z.object({ pays: z.string(), nom: z.string(), code: z.string().optional() }))
      .describe("Régions d'intervention : le pays (ISO 3166-1 alpha-2), le nom (texte libre), le code ISO 3166-2 s'il est connu (vérifié dans sa forme seulement)"),
    missionsPassees: z.array(
      z.object({ intitule: z.string(), pays: z.string().optional(), annee: z.number().optional(), commanditaire: z.string().optional(), description: z.string().optional() }),
    ),
    disponibilites: z.array(z.object({ debut: z.string(), fin: z.string(), commentaire: z.string().optional() })),
    joursParAn: z.number().optional(),
    dateNaissance: z.string().optional().describe("Réservée à l'agent et à son employeur"),
    dateRetraitePrevue: z.string().optional().describe("Réservée à l'agent et à son employeur"),
    visibilite: z.enum(VISIBILITES),
    visibiliteLibelle: z.string(),
    maintienApresRetraite: z.boolean(),
    confirmeLe: z.string(),
    perime: z.boolean().describe("Non confirmé depuis plus que la durée de fraîcheur (12 mois par défaut)"),
    perimeLe: z.string(),
    alerteLimiteAge: z.object({ regle: z.string(), message: z.string(), reference: z.string() }).nullable(),
    documents: z.array(z.object({ id: z.string(), type: z.enum(["cv", "autre"]), nom: z.string(), typeMime: z.string(), taille: z.number(), creeLe: z.string() })),
    droits: z.object({ modifier: z.boolean(), consentir: z.boolean(), inviter: z.boolean(), effacer: z.boolean() }),
  })
  .describe("Un profil du vivier, tel que la personne connectée a le droit de le voir");

const liste = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((x) => x.trim()).filter(Boolean))
    .optional()
    .describe(description);
const date = (nom: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${nom} : une date AAAA-MM-JJ est attendue` }).optional();

export const requeteRecherche = z.object({
  q: z.string().trim().max(200, { error: "la recherche ne peut dépasser 200 caractères" }).optional().describe("Texte libre, en français ; fautes de frappe tolérées"),
  domaine: liste("Codes du thésaurus (l'un ou l'autre)"),
  langue: liste("Langue et niveau minimal, toutes exigées : en:C1, es:B2 (ou en seul)"),
  pays: liste("Codes ISO 3166 des pays d'expérience ou des pays des régions d'intervention (l'un ou l'autre)"),
  position: liste("Positions statutaires (l'une ou l'autre)"),
  employeur: liste("Identifiants des employeurs"),
  departement: liste("Codes des départements des employeurs"),
  region: liste("Codes des régions des employeurs"),
  disponibleDu: date("disponibleDu").describe("Disponible sur toute la période du … au …"),
  disponibleAu: date("disponibleAu"),
  aJour: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("Seulement les profils confirmés depuis moins de la durée de fraîcheur"),
  page: z.coerce.number().int().min(1, { error: "la page doit être au moins 1" }).max(10_000).default(1),
  parPage: z.coerce.number().int().min(1).max(50, { error: "au plus 50 résultats par page" }).default(20),
});

/** A search's criteria in the API's words (`domaine`, `langue`…) as the search service takes them. */
export function demandeDeRequete(q: Omit<z.output<typeof requeteRecherche>, "page" | "parPage">) {
  return {
    q: q.q,
    domaines: q.domaine,
    langues: q.langue,
    pays: q.pays,
    positions: q.position,
    employeurs: q.employeur,
    departements: q.departement,
    regions: q.region,
    disponibleDu: q.disponibleDu,
    disponibleAu: q.disponibleAu,
    aJour: q.aJour,
  };
}

const facette = z.array(z.object({ valeur: z.string(), libelle: z.string(), nombre: z.number() }));
export const reponseRecherche = z.object({
  total: z.number().describe("Nombre de profils trouvés, compté jusqu'à 1 000"),
  totalExact: z.boolean().describe("Faux quand il y a plus de 1 000 profils : total vaut alors 1 000 (« plus de 1 000 »)"),
  facettesEstimees: z.boolean().describe("Vrai quand les effectifs des facettes sont comptés sur les 1 000 premiers profils trouvés"),
  page: z.number(),
  parPage: z.number(),
  corrections: z.array(z.object({ mot: z.string(), correction: z.string() })).describe("Les mots de la recherche remplacés par le plus proche connu"),
  resultats: z.array(
    z.object({
      id: z.string(),
      regard: z.string(),
      prenom: z.string(),
      nom: z.string(),
      organisation: z.object({ id: z.string(), nom: z.string() }),
      position: z.string(),
      positionLibelle: z.string(),
      metier: z.string().nullable(),
      courriel: z.string(),
      telephone: z.string().nullable().optional(),
      domaines: z.array(z.object({ code: z.string(), libelle: z.string(), niveau: z.string(), niveauLibelle: z.string() })),
      langues: z.array(z.object({ code: z.string(), libelle: z.string(), niveau: z.string() })),
      pays: z.array(z.object({ code: z.string(), libelle: z.string() })),
      confirmeLe: z.string(),
      perime: z.boolean(),
    }),
  ),
  facettes: z.object({
    domaines: facette,
    langues: facette,
    pays: facette,
    positions: facette,
    employeurs: facette,
    departements: facette,
    regions: facette,
  }),
});
