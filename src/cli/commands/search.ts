/**
 * `vivier search experts "QUERY"`: the pool's search from the command line. It has no account, so
 * it finds what an operator would: the profiles whose agents consented to be seen beyond their
 * employer (operators, or operators and the ministry), never a profile kept for the employer only.
 */
import { loadConfig } from "../../config";
import { VISIBILITES } from "../../domain/experts";
import { ErreurMetier } from "../../domain/shared";
import { creerServiceRecherche } from "../../services/experts/recherche";
import { ouvrirBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

/** `--pays SN --pays MA` or `--pays SN,MA`. */
const liste = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.flatMap((x) => String(x).split(",")).map((x) => x.trim()).filter(Boolean) : undefined;

export const search: Commande = {
  nom: "search",
  aide: `Usage : vivier search experts "RECHERCHE" [--domaine CODE] [--langue en:C1] [--pays SN] [--limit N] [--json]

Recherche dans le vivier d'experts : texte libre en français (accents et formes des mots
indifférents, fautes de frappe tolérées), filtré par domaine du thésaurus, langue et niveau
minimal du CECRL, pays d'expérience (ISO 3166). Sans compte, la commande ne voit que ce que voit un
opérateur : les profils dont l'agent a accepté qu'ils soient vus au-delà de son employeur.

  --domaine CODE    code du thésaurus (GET /api/v1/referentiels/domaines) ; répétable ou A,B
  --langue L:N      langue ISO 639-1 et niveau minimal (en:C1) ; toutes exigées ; répétable
  --pays CODE       pays ISO 3166 alpha-2 (SN) ; l'un ou l'autre ; répétable
  --limit N         au plus N profils (20 par défaut, 50 au plus)
  --json            la réponse complète en JSON (résultats, total, facettes, corrections)`,
  options: {
    domaine: { type: "string", multiple: true },
    langue: { type: "string", multiple: true },
    pays: { type: "string", multiple: true },
    limit: { type: "string" },
    json: { type: "boolean" },
  },
  async executer({ valeurs, positionnels }) {
    const [quoi, ...mots] = positionnels;
    if (quoi !== "experts") throw new ErreurUsage(`vivier search experts "RECHERCHE" : seul « experts » se recherche (reçu « ${quoi ?? ""} »)`);
    const limite = valeurs.limit === undefined ? 20 : Number(valeurs.limit);
    if (!Number.isInteger(limite) || limite < 1 || limite > 50) throw new ErreurUsage("--limit attend un nombre entier entre 1 et 50");
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      const recherche = creerServiceRecherche({ db: database.db, moisFraicheur: config.moisFraicheurProfils });
      let reponse;
      try {
        reponse = await recherche.rechercherDans(
          { utilisateurId: "00000000-0000-0000-0000-000000000000", organisationEmployeur: null, visibilites: VISIBILITES.filter((v) => v !== "employeur") },
          () => "operateur",
          { q: mots.join(" ") || undefined, domaines: liste(valeurs.domaine), langues: liste(valeurs.langue), pays: liste(valeurs.pays), page: 1, parPage: limite },
        );
      } catch (e) {
        if (!(e instanceof ErreurMetier) || e.code !== "validation") throw e;
        // The options the user typed, named as they typed them.
        console.error([`vivier search : ${e.message}`, ...e.champs.map((c) => `  --${c.champ.replace(/\.\d+$/, "")} ${c.message}`)].join("\n"));
        return 2;
      }
      if (valeurs.json) {
        console.log(JSON.stringify(reponse, null, 2));
        return 0;
      }
      for (const c of reponse.corrections) console.log(`(« ${c.mot} » compris comme « ${c.correction} »)`);
      console.log(`${reponse.total} profil${reponse.total > 1 ? "s" : ""}${reponse.total > reponse.resultats.length ? `, les ${reponse.resultats.length} premiers :` : reponse.total ? " :" : ""}`);
      for (const r of reponse.resultats) {
        console.log(
          [
            `- ${r.prenom} ${r.nom} — ${r.organisation.nom} — ${r.positionLibelle}${r.metier ? `, ${r.metier}` : ""}${r.perime ? " (à confirmer)" : ""}`,
            `  domaines : ${r.domaines.map((d) => `${d.libelle} (${d.niveauLibelle})`).join(" ; ") || "—"}`,
            `  langues : ${r.langues.map((l) => `${l.libelle} ${l.niveau}`).join(", ") || "—"} ; pays : ${r.pays.map((p) => p.libelle).join(", ") || "—"}`,
            `  ${r.courriel} — id ${r.id}`,
          ].join("\n"),
        );
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
