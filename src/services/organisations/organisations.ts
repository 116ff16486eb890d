/**
 * Use cases on organisations: the directory of collectivités, operators, ministry and embassies.
 * The directory is public information (official geography and public bodies).
 */
import {
  type CategorieCollectivite,
  LIBELLES_CATEGORIE,
  LIBELLES_TYPE_ORGANISATION,
  type TypeOrganisation,
} from "../../domain/organisations";
import { introuvable } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as depot from "../../db/repositories/organisations";

export type OrganisationVue = {
  id: string;
  type: TypeOrganisation;
  typeLibelle: string;
  categorie: CategorieCollectivite | null;
  categorieLibelle: string | null;
  nature: string | null;
  nom: string;
  codeInsee: string | null;
  siren: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
  population: number | null;
  pays: string | null;
  fermee: boolean;
};

export function versVue(o: depot.Organisation): OrganisationVue {
  return {
    id: o.id,
    type: o.type,
    typeLibelle: LIBELLES_TYPE_ORGANISATION[o.type],
    categorie: o.categorie,
    categorieLibelle: o.categorie ? LIBELLES_CATEGORIE[o.categorie] : null,
    nature: o.nature,
    nom: o.nom,
    codeInsee: o.codeInsee,
    siren: o.siren,
    codeDepartement: o.codeDepartement,
    codeRegion: o.codeRegion,
    population: o.population,
    pays: o.pays,
    fermee: o.fermeeLe !== null,
  };
}

export type RechercheOrganisations = {
  q?: string | undefined;
  type?: TypeOrganisation | undefined;
  categorie?: CategorieCollectivite | undefined;
  departement?: string | undefined;
  code?: string | undefined;
  page: number;
  parPage: number;
};

export function creerServiceOrganisations({ db }: { db: Db }) {
  return {
    async rechercher(r: RechercheOrganisations) {
      const { total, resultats } = await depot.rechercher(db, {
        q: r.q,
        type: r.type,
        categorie: r.categorie,
        departement: r.departement,
        code: r.code,
        limite: r.parPage,
        decalage: (r.page - 1) * r.parPage,
      });
      return { total, page: r.page, parPage: r.parPage, resultats: resultats.map(versVue) };
    },
    async obtenir(id: string) {
      const o = await depot.trouverParId(db, id);
      if (!o) throw introuvable("Organisation");
      return versVue(o);
    },
  };
}
export type ServiceOrganisations = ReturnType<typeof creerServiceOrganisations>;
