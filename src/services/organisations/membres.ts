/**
 * An organisation's members and their roles, managed by its administrators (and the platform's).
 * People join through invitations (../acces/invitations.ts); here roles are added and removed.
 * An organisation always keeps at least one administrator, or nobody could manage it any more.
 */
import { type Acteur, exigerAutorisation, LIBELLES_ROLE, type Role, exigerRoleAdmis } from "../../domain/acces";
import { ErreurMetier, introuvable } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as comptes from "../../db/repositories/comptes";
import * as depot from "../../db/repositories/membres";
import * as orgs from "../../db/repositories/organisations";
import { journaliser } from "../acces/audit";

const ADMIN: Role = "administrateur_organisation";

export function creerServiceMembres({ db }: { db: Db }) {
  async function organisationGeree(acteur: Acteur, organisationId: string) {
    exigerAutorisation(acteur, "organisation.gerer_membres", { organisationId });
    const organisation = await orgs.trouverParId(db, organisationId);
    if (!organisation) throw introuvable("Organisation");
    return organisation;
  }

  return {
    async lister(acteur: Acteur, organisationId: string) {
      exigerAutorisation(acteur, "organisation.voir_membres", { organisationId });
      const membres = await depot.listerMembres(db, organisationId);
      return membres.map((m) => ({
        utilisateurId: m.utilisateurId,
        email: m.email,
        prenom: m.prenom,
        nom: m.nom,
        desactive: m.desactiveLe !== null,
        roles: m.roles.map((role) => ({ role, libelle: LIBELLES_ROLE[role] })),
        depuis: m.depuis.toISOString(),
      }));
    },

    async ajouterRole(acteur: Acteur, organisationId: string, utilisateurId: string, role: Role, requestId: string) {
      const organisation = await organisationGeree(acteur, organisationId);
      exigerRoleAdmis(organisation.type, role);
      await db.transaction(async (tx) => {
        // Only members gain roles here: anybody else is invited (their consent is the acceptance).
        const actuels = await depot.rolesDansOrganisation(tx, utilisateurId, organisationId);
        if (actuels.length === 0) throw introuvable("Membre");
        if (actuels.includes(role)) return;
        await comptes.ajouterAppartenance(tx, { utilisateurId, organisationId, role });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId, requestId }, "ajout_role", { type: "utilisateur", id: utilisateurId }, { role });
      });
    },

    async retirerRole(acteur: Acteur, organisationId: string, utilisateurId: string, role: Role, requestId: string) {
      await organisationGeree(acteur, organisationId);
      await db.transaction(async (tx) => {
        if (role === ADMIN && (await depot.compterAdministrateurs(tx, organisationId)) <= 1) {
          const actuels = await depot.rolesDansOrganisation(tx, utilisateurId, organisationId);
          if (actuels.includes(ADMIN)) {
            throw new ErreurMetier("conflit", "C'est le dernier administrateur de l'organisation : nommez-en un autre avant de retirer ce rôle.");
          }
        }
        if (!(await depot.retirerAppartenance(tx, utilisateurId, organisationId, role))) throw introuvable("Rôle de ce membre");
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId, requestId }, "retrait_role", { type: "utilisateur", id: utilisateurId }, { role });
      });
    },
  };
}
export type ServiceMembres = ReturnType<typeof creerServiceMembres>;
