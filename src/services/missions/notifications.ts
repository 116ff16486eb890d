/**
 * Notifications: a row in the application for each person concerned, and the same message by
 * e-mail through the outbox — both in the caller's transaction, so that a step of a mission never
 * exists without its messages nor the reverse; the e-mails leave after the commit
 * (`courriels.livrerEnArrierePlan`). Reading one's notifications is personal: no audit line.
 */
import { introuvable } from "../../domain/shared";
import type { Db, DbOrTx } from "../../db/client";
import * as depot from "../../db/repositories/notifications";
import type { ServiceCourriels } from "../acces/courriels";

export type Notification = {
  /** A stable dotted code: `candidature.retenir`, `mission.annuler`, `mission.seuil`… */
  type: string;
  titre: string;
  texte: string;
  /** A path of the web application (`/missions/…`). */
  lien: string;
};
export type Destinataire = depot.Destinataire;

export function creerServiceNotifications({ db, courriels, urlPublique }: { db: Db; courriels: ServiceCourriels; urlPublique: string }) {
  const vue = (n: depot.LigneNotification) => ({
    id: n.id,
    type: n.type,
    titre: n.titre,
    texte: n.texte,
    lien: n.lien,
    lue: n.lueLe !== null,
    lueLe: n.lueLe?.toISOString() ?? null,
    creeLe: n.creeLe.toISOString(),
  });

  return {
    /**
     * Tells each person (once, whatever the number of reasons they are in the list), except
     * `sauf` — the person acting, who knows already.
     */
    async notifier(tx: DbOrTx, destinataires: readonly Destinataire[], n: Notification, sauf?: string): Promise<void> {
      const uniques = [...new Map(destinataires.filter((d) => d.utilisateurId !== sauf).map((d) => [d.utilisateurId, d])).values()];
      await depot.insererNotifications(tx, uniques.map((d) => ({ utilisateurId: d.utilisateurId, type: n.type, titre: n.titre, texte: n.texte, lien: n.lien })));
      for (const d of uniques) {
        await courriels.deposer(tx, { destinataire: d.email, sujet: n.titre, texte: [`Bonjour ${d.prenom},`, "", n.texte, "", `${urlPublique}${n.lien}`].join("\n") });
      }
    },

    membresAvecRoles: depot.membresAvecRoles,
    utilisateursActifs: depot.utilisateursActifs,

    /** My notifications, unread first, then newest first. */
    async lister(utilisateurId: string, { page, parPage, nonLues }: { page: number; parPage: number; nonLues: boolean }) {
      const { total, resultats } = await depot.listerNotifications(db, utilisateurId, parPage, (page - 1) * parPage, nonLues);
      return { total, nonLues: await depot.compterNonLues(db, utilisateurId), page, parPage, resultats: resultats.map(vue) };
    },

    compterNonLues: (utilisateurId: string) => depot.compterNonLues(db, utilisateurId),

    /** 404 for another person's notification: its existence is not revealed. */
    async marquerLue(utilisateurId: string, id: string) {
      const n = await db.transaction((tx) => depot.marquerLue(tx, utilisateurId, id));
      if (!n) throw introuvable("Notification");
      return vue(n);
    },

    async marquerToutesLues(utilisateurId: string) {
      const lues = await db.transaction((tx) => depot.marquerToutesLues(tx, utilisateurId));
      return { lues, nonLues: 0 };
    },
  };
}
export type ServiceNotifications = ReturnType<typeof creerServiceNotifications>;
