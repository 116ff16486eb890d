/**
 * Searching the pool: French full text (accents and word forms folded by the `vivier_francais`
 * configuration, misspelt words replaced by the nearest known one), facets with their counts,
 * ranking, pagination — always within what each agent consented to (visibilite.ts `perimetre`).
 */
import { sql } from "drizzle-orm";
import countries from "i18n-iso-countries";
import { type Acteur, exigerAutorisation } from "../../domain/acces";
import {
  domaine,
  estDomaine,
  estLangue,
  estPerime,
  langue,
  LIBELLES_NIVEAUX_EXPERTISE,
  LIBELLES_POSITION,
  type NiveauExpertise,
  type Perimetre,
  perimetre,
  type Position,
  POSITIONS,
  type ProfilVu,
  type Regard,
  projeter,
  regard,
} from "../../domain/experts";
import { type ErreurChamp, invalide } from "../../domain/shared";
import { type Db, lignes } from "../../db/client";
import * as depot from "../../db/repositories/profils";

/** What a reader asks: the repository's criteria, with a raw text and a page instead of an offset. */
export type DemandeRecherche = Omit<depot.CriteresRecherche, "texte" | "confirmesDepuis" | "limite" | "decalage"> & {
  q?: string | undefined;
  /** Leave out the stale profiles. */
  aJour?: boolean | undefined;
  page: number;
  parPage: number;
};

/** Labels of the employers, départements and régions that appear in facets. */
async function libellesOrganisations(db: Db, ids: string[], departements: string[], regions: string[]) {
  const libelles = new Map<string, string>();
  if (ids.length) {
    for (const o of await lignes<{ id: string; nom: string }>(db, sql`select id::text, nom from organisations where id in (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)})`)) {
      libelles.set(`employeurs:${o.id}`, o.nom);
    }
  }
  const territoires = await lignes<{ categorie: string; code: string; nom: string }>(
    db,
    sql`select categorie, coalesce(code_departement, code_region) as code, coalesce(nom_court, nom) as nom from organisations
        where fermee_le is null and ((categorie = 'departement' and code_departement = any(${`{${departements.join(",")}}`}::text[]))
           or (categorie = 'region' and code_region = any(${`{${regions.join(",")}}`}::text[])))`,
  );
  for (const t of territoires) libelles.set(`${t.categorie === "departement" ? "departements" : "regions"}:${t.code}`, t.nom);
  return libelles;
}

function libelleLangue(valeur: string) {
  const [code, niveau] = valeur.split(":") as [string, string | undefined];
  const nom = langue(code)?.fr ?? code;
  return niveau ? `${nom} ${niveau} ou plus` : nom;
}

/** Unknown codes are refused with a message, not answered with an empty list the user cannot explain. */
function verifierDemande(d: DemandeRecherche) {
  const erreurs: ErreurChamp[] = [];
  const verifier = (champ: string, valeurs: string[] | undefined, valide: (v: string) => boolean, attendu: string) =>
    valeurs?.forEach((v, i) => {
      if (!valide(v)) erreurs.push({ champ: `${champ}.${i}`, message: `« ${v} » : ${attendu}` });
    });
  verifier("domaine", d.domaines, estDomaine, "domaine inconnu du thésaurus");
  verifier("langue", d.langues, (v) => /^[a-z]{2}(:(A1|A2|B1|B2|C1|C2))?$/.test(v) && estLangue(v.slice(0, 2)), "langue ISO 639-1 et niveau du CECRL attendus (en, en:C1)");
  verifier("pays", d.pays, (v) => /^[a-z]{2}$/i.test(v) && countries.isValid(v.toUpperCase()), "code de pays ISO 3166 inconnu (SN, MA…)");
  verifier("position", d.positions, (v) => (POSITIONS as readonly string[]).includes(v), `position attendue : ${POSITIONS.join(", ")}`);
  verifier("employeur", d.employeurs, (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v), "identifiant d'organisation attendu (UUID)");
  // The route checks the format; a day that does not exist (2027-13-01) would fail in SQL.
  const jourExiste = (v: string) => {
    const t = Date.parse(`${v}T00:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
  };
  for (const champ of ["disponibleDu", "disponibleAu"] as const) {
    const v = d[champ];
    if (v !== undefined && !jourExiste(v)) erreurs.push({ champ, message: `« ${v} » : cette date n'existe pas (AAAA-MM-JJ)` });
  }
  if (d.disponibleDu && d.disponibleAu && jourExiste(d.disponibleDu) && jourExiste(d.disponibleAu) && d.disponibleAu < d.disponibleDu) erreurs.push({ champ: "disponibleAu", message: "la fin de la période précède son début" });
  if (erreurs.length) throw invalide(erreurs, "Certains critères de recherche sont invalides.");
}

export function creerServiceRecherche({ db, moisFraicheur }: { db: Db; moisFraicheur: number }) {
  /** A reader's demand checked, its words corrected, as the repository's criteria. */
  async function preparer(d: DemandeRecherche) {
    verifierDemande(d);
    const corrige = d.q?.trim() ? await depot.corrigerMots(db, d.q) : { texte: "", corrections: [] };
    const { q: _q, aJour: _aJour, page: _page, parPage: _parPage, ...filtres } = d;
    const criteres: depot.CriteresRecherche = {
      ...filtres,
      texte: corrige.texte || undefined,
      pays: d.pays?.map((x) => x.toUpperCase()),
      disponibleAu: d.disponibleAu ?? d.disponibleDu,
      confirmesDepuis: d.aJour ? new Date(Date.now() - moisFraicheur * 30.44 * 86_400_000) : undefined,
      limite: d.parPage,
      decalage: (d.page - 1) * d.parPage,
    };
    return { corrige, criteres };
  }

  return {
    /**
     * The ids of the profiles a search finds, within the bounds of a search (the sample, at most
     * `BORNES_RECHERCHE.echantillon`): what a saved search compares with what it found before.
     */
    async profilsTrouves(p: Perimetre, d: Omit<DemandeRecherche, "page" | "parPage">): Promise<string[]> {
      const { criteres } = await preparer({ ...d, page: 1, parPage: 1 });
      return depot.profilsCorrespondants(db, p, criteres);
    },

    /** The search of a signed-in person: within what each agent consented to show them. */
    async rechercher(acteur: Acteur, d: DemandeRecherche) {
      exigerAutorisation(acteur, "vivier.rechercher", { organisationId: null });
      return this.rechercherDans(perimetre(acteur), (l) => regard(acteur, l)!, d);
    },

    /**
     * The search within a given perimeter, each result seen as `vu` says: for the command line,
     * which has no account and searches what operators may see, or one employer's pool.
     */
    async rechercherDans(p: Perimetre, vu: (l: ProfilVu) => Regard, d: DemandeRecherche) {
      const { corrige, criteres } = await preparer(d);
      const { total, totalExact, resultats, facettes, facettesEstimees } = await depot.rechercherProfils(db, p, criteres);
      const libelles = await libellesOrganisations(
        db,
        facettes.employeurs.map((f) => f.valeur),
        facettes.departements.map((f) => f.valeur),
        facettes.regions.map((f) => f.valeur),
      );
      const libelle = (f: depot.Facette, v: string): string => {
        switch (f) {
          case "domaines":
            return domaine(v)?.fr ?? v;
          case "langues":
            return libelleLangue(v);
          case "pays":
            return countries.getName(v, "fr") ?? v;
          case "positions":
            return LIBELLES_POSITION[v as Position] ?? v;
          default:
            return libelles.get(`${f}:${v}`) ?? v;
        }
      };
      return {
        total,
        totalExact,
        facettesEstimees,
        page: d.page,
        parPage: d.parPage,
        corrections: corrige.corrections,
        resultats: resultats.map(({ profil: l, organisationNom }) => {
          const regardSurLui = vu(l);
          return {
            id: l.id,
            regard: regardSurLui,
            prenom: l.prenom,
            nom: l.nom,
            organisation: { id: l.organisationId, nom: organisationNom },
            position: l.position,
            positionLibelle: LIBELLES_POSITION[l.position],
            metier: l.metier,
            ...projeter({ courriel: l.courriel, telephone: l.telephone }, regardSurLui),
            domaines: l.domaines.map((x) => ({ code: x.code, libelle: domaine(x.code)?.fr ?? x.code, niveau: x.niveau, niveauLibelle: LIBELLES_NIVEAUX_EXPERTISE[x.niveau as NiveauExpertise]?.fr ?? x.niveau })),
            langues: l.langues.map((x) => ({ code: x.code, libelle: langue(x.code)?.fr ?? x.code, niveau: x.niveau })),
            pays: l.pays.map((c) => ({ code: c, libelle: countries.getName(c, "fr") ?? c })),
            confirmeLe: l.confirmeLe.toISOString(),
            perime: estPerime(l.confirmeLe, new Date(), moisFraicheur),
          };
        }),
        facettes: Object.fromEntries(
          depot.FACETTES.map((f) => [f, facettes[f].map((x) => ({ valeur: x.valeur, libelle: libelle(f, x.valeur), nombre: x.nombre }))]),
        ) as Record<depot.Facette, { valeur: string; libelle: string; nombre: number }[]>,
      };
    },
  };
}
export type ServiceRecherche = ReturnType<typeof creerServiceRecherche>;
