import { describe, expect, it } from "vitest";
import { refus, type Refus } from "../missions/transitions";
import { evenementsPossiblesCumul } from "./cumul";
import { AUJOURDHUI, uneConventionMad, uneDemandeCumul } from "./constructeurs";
import { evenementsPossiblesMiseADisposition } from "./mise-a-disposition";
import { actionsAttendues } from "./table";

type Action = { evenement: string; facultative?: true; bloquee?: Refus };
const action = (evenement: string, autre: Omit<Action, "evenement"> = {}): Action => ({ evenement, ...autre });

describe("ce qui attend une personne parmi ses prochaines actions", () => {
  it("ni une action facultative, ni une action qu'une date ou une autre partie débloquera ; une action à compléter, si", () => {
    const actions = [
      action("avenant", { facultative: true }),
      action("terminer", { bloquee: refus("conflit", "la mise à disposition court jusqu'au 2026-06-30 inclus") }),
      action("deposer", { bloquee: refus("validation", "la demande ne peut être déposée", [{ champ: "expert.nom", message: "à remplir" }]) }),
      action("donnerAvis"),
    ];
    expect(actionsAttendues(actions).map((a) => a.evenement)).toEqual(["deposer", "donnerAvis"]);
  });

  it("une autorisation de cumul n'attend rien de personne ; une demande déposée attend l'avis du supérieur", () => {
    const contexte = (acteur: "agent" | "rh" | "superieur" | "autorite") => ({ acteurs: [acteur], aujourdhui: AUJOURDHUI, demande: uneDemandeCumul(), dateDepot: AUJOURDHUI });
    for (const acteur of ["agent", "rh", "autorite"] as const) expect(actionsAttendues(evenementsPossiblesCumul("autorisee", contexte(acteur))), acteur).toEqual([]);
    expect(actionsAttendues(evenementsPossiblesCumul("deposee", contexte("superieur"))).map((a) => a.evenement)).toEqual(["donnerAvis"]);
  });

  it("une mise à disposition en cours n'attend rien du RH avant son terme : ses échéances disent le reste", () =>
    expect(actionsAttendues(evenementsPossiblesMiseADisposition("active", { acteurs: ["rh"], aujourdhui: "2026-03-20", convention: uneConventionMad() }))).toEqual([]));
});
