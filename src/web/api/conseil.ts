import { envoyerJson } from "./client";
import type { ReponseConseil, SituationConseil } from "./types";

/**
 * POST /api/v1/advice: the recommended instrument for a situation. Public (no account needed);
 * an invalid situation is answered 400 with its errors field by field (`sessions.1.fin`…).
 */
export function demanderConseil(situation: SituationConseil): Promise<ReponseConseil> {
  return envoyerJson("POST", "/api/v1/advice", situation);
}
