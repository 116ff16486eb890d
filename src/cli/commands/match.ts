/**
 * `vivier match MISSION_ID`: the experts who fit a mission, ranked with their reasons, as the
 * mission's owner sees them (the same matching as GET /api/v1/missions/:id/candidats): only the
 * profiles whose agents consented to be seen by that owner. Run on the server: no account.
 */
import { loadConfig } from "../../config";
import { ErreurMetier } from "../../domain/shared";
import { aujourdhuiEnFrance } from "../../services/conseil/conseil";
import { creerServiceAppariement, LIMITE_APPARIEMENT } from "../../services/missions/appariement";
import { creerJoursEngages, creerServiceCandidats } from "../../services/missions/candidats";
import { ouvrirBase } from "../base";
import { type Commande, ErreurUsage } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const match: Commande = {
  nom: "match",
  aide: `Usage : vivier match MISSION_ID [--limit N] [--json]

Les experts qui correspondent à une mission, classés par un score de 0 à 100 avec ses raisons
(domaines et niveaux, langues, pays, disponibilité sur chaque session, jours déjà engagés), parmi
ceux qui ont consenti à être vus par l'organisation qui publie la mission.

  --limit N   au plus N experts (${LIMITE_APPARIEMENT.defaut} par défaut, ${LIMITE_APPARIEMENT.max} au plus)
  --json      la réponse complète en JSON`,
  options: { limit: { type: "string" }, json: { type: "boolean" } },
  async executer({ valeurs, positionnels }) {
    const [id] = positionnels;
    if (!id || !UUID.test(id)) throw new ErreurUsage(`vivier match MISSION_ID : l'identifiant d'une mission (UUID) est attendu (reçu « ${id ?? ""} »)`);
    const limite = valeurs.limit === undefined ? LIMITE_APPARIEMENT.defaut : Number(valeurs.limit);
    if (!Number.isInteger(limite) || limite < 1 || limite > LIMITE_APPARIEMENT.max) throw new ErreurUsage(`--limit attend un nombre entier entre 1 et ${LIMITE_APPARIEMENT.max}`);
    const config = loadConfig();
    const database = await ouvrirBase(config);
    try {
      const db = database.db;
      const candidats = creerServiceCandidats({ db, appariement: creerServiceAppariement({ db, joursEngages: creerJoursEngages({ db, aujourdhui: aujourdhuiEnFrance }) }) });
      let reponse;
      try {
        reponse = await candidats.candidatsPourLeProprietaire(id, { limite });
      } catch (e) {
        if (e instanceof ErreurMetier && e.code === "introuvable") {
          console.error(`vivier match : ${e.message}`);
          return 2;
        }
        throw e;
      }
      if (valeurs.json) {
        console.log(JSON.stringify(reponse, null, 2));
        return 0;
      }
      const n = reponse.candidats.length;
      console.log(`« ${reponse.mission.intitule} » (${reponse.mission.organisation}) : ${n} expert${n > 1 ? "s" : ""}${reponse.voisins ? " (domaines voisins compris)" : ""}${n ? " :" : ""}`);
      for (const c of reponse.candidats) {
        console.log(
          [
            `- ${c.score}/100 ${c.prenom} ${c.nom} — ${c.organisation.nom} — ${c.positionLibelle}${c.metier ? `, ${c.metier}` : ""}`,
            ...c.raisons.map((r) => `    ${r.texte}`),
            `  ${c.courriel} — id ${c.id}`,
          ].join("\n"),
        );
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
