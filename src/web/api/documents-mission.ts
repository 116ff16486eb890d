/**
 * The documents of a mission (docs/missions.md « Documents d'une mission »): listed by the
 * mission's view, downloaded through a plain link, added and removed by its owner. Shapes mirror
 * the server's OpenAPI document (/api/docs, tag « missions »).
 */
import { ErreurApi, envoyerJson, jetonCsrfActuel, lireProbleme, SERVEUR_INJOIGNABLE, urlApi } from "./client";
import { lireMission, type VueMission } from "./missions";

export const TYPES_DOCUMENT_MISSION = ["termes_de_reference", "budget", "autre"] as const;
export type TypeDocumentMission = (typeof TYPES_DOCUMENT_MISSION)[number];

export const LIBELLES_TYPE_DOCUMENT_MISSION: Record<TypeDocumentMission, string> = {
  termes_de_reference: "Termes de référence",
  budget: "Budget",
  autre: "Autre document",
};

export type DocumentMission = { id: string; nom: string; type: TypeDocumentMission; typeMime: string; taille: number; ajouteLe: string };

const documents = (missionId: string) => `/api/v1/missions/${encodeURIComponent(missionId)}/documents`;

/** A document, downloaded by the browser itself: a plain link, the session cookie goes with it. */
export const urlDocumentMission = (missionId: string, documentId: string) => `${documents(missionId)}/${encodeURIComponent(documentId)}`;

/**
 * Sends the file as the request body (the server reads its format from the bytes, never from its
 * name or type); answers the mission, which lists it. Throws ErreurApi: 413 too big, 415 neither
 * PDF nor DOCX, each with its field error on `fichier`.
 */
export async function joindreDocumentMission(missionId: string, fichier: File, type: TypeDocumentMission): Promise<VueMission> {
  const entetes: Record<string, string> = { Accept: "application/json", "Content-Type": "application/octet-stream" };
  const jeton = jetonCsrfActuel();
  if (jeton !== undefined) entetes["x-csrf-token"] = jeton;
  const reponse = await fetch(urlApi(documents(missionId), { nom: fichier.name, type }), { method: "POST", credentials: "same-origin", headers: entetes, body: fichier }).catch(() => {
    throw new ErreurApi(SERVEUR_INJOIGNABLE);
  });
  if (!reponse.ok) throw new ErreurApi(await lireProbleme(reponse));
  return (await reponse.json()) as VueMission;
}

/** Removes the document and its file; answers the mission as it now is. */
export async function retirerDocumentMission(missionId: string, documentId: string): Promise<VueMission> {
  await envoyerJson("DELETE", urlDocumentMission(missionId, documentId));
  return lireMission(missionId);
}
