/**
 * The platform administrator creates the organisations that no reference file lists: associations
 * of elected officials, operators, ministry departments (the DAECT), embassies and partner bodies.
 * Collectivités come from the official geography (COG) and are never created by hand.
 * The first administrator is invited in the same transaction.
 */
import { eq, and, isNull, sql } from "drizzle-orm";
import { type Acteur, exigerAutorisation } from "../../domain/acces";
import type { TypeOrganisation } from "../../domain/organisations";
import { ErreurMetier, invalide } from "../../domain/shared";
import type { Db, Tx } from "../../db/client";
import { organisations } from "../../db/schema";
import * as paysDepot from "../../db/repositories/pays";
import { journaliser } from "../acces/audit";
import type { ServiceCourriels } from "../acces/courriels";
import type { ServiceInvitations } from "../acces/invitations";
import { versVue } from "./organisations";

export const TYPES_CREABLES = ["association_elus", "operateur", "ministere", "ambassade", "organisme_partenaire"] as const satisfies readonly TypeOrganisation[];
export type TypeCreable = (typeof TYPES_CREABLES)[number];

export type NouvelleOrganisation = {
  type: TypeCreable;
  nom: string;
  nomCourt?: string | undefined;
  siren?: string | undefined;
  pays?: string | undefined;
  emailAdministrateur?: string | undefined;
};

type Options = { db: Db; invitations: ServiceInvitations; courriels: ServiceCourriels };

export function creerServiceCreationOrganisations({ db, invitations, courriels }: Options) {
  async function verifierDoublons(tx: Tx, d: NouvelleOrganisation) {
    const ouvertes = and(isNull(organisations.fermeeLe), eq(organisations.type, d.type));
    const [memeNom] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(ouvertes, sql`${organisations.nomRecherche} = vivier_normaliser(${d.nom})`));
    if (memeNom) throw new ErreurMetier("conflit", `Une organisation de ce type s'appelle déjà « ${d.nom} ».`);
    if (d.siren) {
      const [memeSiren] = await tx.select({ nom: organisations.nom }).from(organisations).where(eq(organisations.siren, d.siren));
      if (memeSiren) throw new ErreurMetier("conflit", `Le SIREN ${d.siren} est déjà celui de « ${memeSiren.nom} ».`);
    }
    if (d.type === "ambassade") {
      const [meme] = await tx.select({ nom: organisations.nom }).from(organisations).where(and(ouvertes, eq(organisations.pays, d.pays!)));
      if (meme) throw new ErreurMetier("conflit", `L'ambassade de ce pays existe déjà : « ${meme.nom} ».`);
    }
  }

  return {
    async creer(acteur: Acteur, d: NouvelleOrganisation, requestId: string) {
      exigerAutorisation(acteur, "organisation.creer", { organisationId: null });
      if (d.type === "ambassade" && !d.pays) throw invalide([{ champ: "pays", message: "le pays est obligatoire pour une ambassade" }]);
      if (d.pays && !(await paysDepot.trouverPays(db, d.pays))) throw invalide([{ champ: "pays", message: `pays inconnu : ${d.pays}` }]);
      const resultat = await db.transaction(async (tx) => {
        await verifierDoublons(tx, d);
        const [creee] = await tx
          .insert(organisations)
          .values({ type: d.type, nom: d.nom, nomCourt: d.nomCourt ?? null, siren: d.siren ?? null, pays: d.pays ?? null })
          .returning();
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: creee!.id, requestId }, "creation_organisation", { type: "organisation", id: creee!.id }, { type: d.type, nom: d.nom });
        const invitation = d.emailAdministrateur
          ? await invitations.inviterDans(tx, acteur, creee!, { email: d.emailAdministrateur, role: "administrateur_organisation" }, requestId)
          : null;
        return { organisation: versVue(creee!), invitation };
      });
      if (resultat.invitation) courriels.livrerEnArrierePlan();
      return resultat;
    },
  };
}
export type ServiceCreationOrganisations = ReturnType<typeof creerServiceCreationOrganisations>;
