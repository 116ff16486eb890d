/**
 * API tokens for operators' systems. A token is created by a person for one of their memberships
 * (organisation × role), acts only with it, is shown once, and is kept as its SHA-256 only.
 * Tokens are managed from the web app (a session), never with a token.
 */
import crypto from "node:crypto";
import { LIBELLES_ROLE } from "../../domain/acces";
import { introuvable, invalide } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as comptes from "../../db/repositories/comptes";
import * as depot from "../../db/repositories/jetons";
import { journaliser } from "./audit";
import { empreinte, type Identite, sessionDe } from "./authentification";

/** Recognisable in logs and secret scanners; the rest is 256 random bits. */
export const PREFIXE_JETON = "vivier_";
export const DUREE_MAX_JOURS = 365;
/** Last use is written at most once a minute. */
const INTERVALLE_USAGE_MS = 60_000;

export function creerServiceJetons({ db }: { db: Db }) {
  return {
    async creer(identite: Identite, demande: { nom: string; appartenanceId: string; dureeJours: number }, requestId: string) {
      sessionDe(identite);
      const appartenance = identite.appartenances.find((a) => a.id === demande.appartenanceId);
      if (!appartenance) throw invalide([{ champ: "appartenanceId", message: "ce rôle n'est pas l'un des vôtres" }]);
      const jeton = PREFIXE_JETON + crypto.randomBytes(32).toString("base64url");
      const cree = await db.transaction(async (tx) => {
        const j = await depot.creerJeton(tx, {
          utilisateurId: identite.utilisateur.id,
          appartenanceId: appartenance.id,
          nom: demande.nom,
          empreinte: empreinte(jeton),
          prefixe: jeton.slice(0, PREFIXE_JETON.length + 6),
          expireLe: new Date(Date.now() + demande.dureeJours * 86_400_000),
        });
        await journaliser(
          tx,
          { acteurId: identite.utilisateur.id, organisationId: appartenance.organisationId, requestId },
          "creation_jeton_api",
          { type: "jeton_api", id: j.id },
          { nom: j.nom, role: appartenance.role, expireLe: j.expireLe.toISOString() },
        );
        return j;
      });
      return { id: cree.id, nom: cree.nom, prefixe: cree.prefixe, expireLe: cree.expireLe.toISOString(), jeton };
    },

    async lister(identite: Identite) {
      const liste = await depot.listerJetons(db, identite.utilisateur.id);
      return liste.map((j) => ({
        id: j.id,
        nom: j.nom,
        prefixe: j.prefixe,
        role: j.role,
        roleLibelle: LIBELLES_ROLE[j.role],
        organisationNom: j.organisationNom,
        creeLe: j.creeLe.toISOString(),
        expireLe: j.expireLe.toISOString(),
        utiliseLe: j.utiliseLe?.toISOString() ?? null,
        expire: j.expireLe.getTime() <= Date.now(),
      }));
    },

    async revoquer(identite: Identite, id: string, requestId: string) {
      sessionDe(identite);
      await db.transaction(async (tx) => {
        const j = await depot.revoquerJeton(tx, identite.utilisateur.id, id);
        if (!j) throw introuvable("Jeton");
        const organisationId = identite.appartenances.find((a) => a.id === j.appartenanceId)?.organisationId ?? null;
        await journaliser(tx, { acteurId: identite.utilisateur.id, organisationId, requestId }, "revocation_jeton_api", { type: "jeton_api", id }, { nom: j.nom });
      });
    },

    /** The person behind `Authorization: Bearer …`, acting with the token's membership only. */
    async identifier(jeton: string): Promise<Identite | undefined> {
      if (!jeton.startsWith(PREFIXE_JETON)) return undefined;
      const j = await depot.trouverJetonParEmpreinte(db, empreinte(jeton));
      if (!j || j.revoqueLe || j.expireLe.getTime() <= Date.now()) return undefined;
      const utilisateur = await comptes.trouverUtilisateur(db, j.utilisateurId);
      if (!utilisateur || utilisateur.desactiveLe) return undefined;
      const active = (await comptes.listerAppartenances(db, utilisateur.id)).find((a) => a.id === j.appartenanceId);
      if (!active) return undefined;
      if (!j.utiliseLe || Date.now() - j.utiliseLe.getTime() > INTERVALLE_USAGE_MS) await depot.noterUsageJeton(db, j.id);
      return { utilisateur, session: undefined, jeton: { id: j.id, nom: j.nom }, appartenances: [active], active };
    },
  };
}
export type ServiceJetons = ReturnType<typeof creerServiceJetons>;
