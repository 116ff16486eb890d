/**
 * `vivier working-days`: the working days of a period, as the advisor counts them. It imports the
 * calendar only, never the database, so that it answers at once and works anywhere.
 */
import { detaillerJoursOuvres, estTerritoire, TERRITOIRES } from "../../domain/calendar";
import { ErreurMetier } from "../../domain/shared";
import { type Commande, ErreurUsage } from "./types";

/** The domain names its inputs; the user typed options. */
const OPTION_DU_CHAMP: Record<string, string> = { debut: "--from", fin: "--to", territoire: "--territory" };

export const workingDays: Commande = {
  nom: "working-days",
  aide: `Usage : vivier working-days --from AAAA-MM-JJ --to AAAA-MM-JJ [--territory T] [--json]

Affiche le nombre de jours ouvrés (du lundi au vendredi, hors jours fériés du territoire) du
--from au --to, les deux dates comprises. Les jours fériés et leurs sources : docs/calendrier.md.

  --from AAAA-MM-JJ   premier jour de la période
  --to AAAA-MM-JJ     dernier jour de la période
  --territory T       ${TERRITOIRES.join(", ")} (metropole par défaut)
  --json              en JSON : { joursOuvres, territoire, du, au, joursCalendaires,
                      joursDeWeekEnd, joursFeries: [{ date, nom }] } (les fériés retirés du compte)`,
  options: { from: { type: "string" }, to: { type: "string" }, territory: { type: "string" }, json: { type: "boolean" } },
  async executer({ valeurs }) {
    const du = valeurs.from;
    const au = valeurs.to;
    const territoire = valeurs.territory ?? "metropole";
    if (typeof du !== "string") throw new ErreurUsage("indiquez le premier jour : --from AAAA-MM-JJ");
    if (typeof au !== "string") throw new ErreurUsage("indiquez le dernier jour : --to AAAA-MM-JJ");
    if (!estTerritoire(territoire)) throw new ErreurUsage(`--territory : territoire inconnu « ${String(territoire)} » (attendu : ${TERRITOIRES.join(", ")})`);
    let detail;
    try {
      detail = detaillerJoursOuvres(du, au, territoire);
    } catch (e) {
      if (e instanceof ErreurMetier && e.code === "validation") {
        const champ = e.champs[0]?.champ ?? "";
        throw new ErreurUsage(`${OPTION_DU_CHAMP[champ] ?? champ} : ${e.message}`);
      }
      throw e;
    }
    if (valeurs.json) {
      const { joursOuvres, joursCalendaires, joursDeWeekEnd, joursFeries } = detail;
      const sortie = { joursOuvres, territoire, du, au, joursCalendaires, joursDeWeekEnd, joursFeries: joursFeries.map(({ date, nom }) => ({ date, nom })) };
      console.log(JSON.stringify(sortie, null, 2));
    } else {
      console.log(String(detail.joursOuvres));
    }
    return 0;
  },
};
