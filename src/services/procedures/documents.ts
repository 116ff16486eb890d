/**
 * The documents of a case (docs/procedures.md « Documents »): generated from a template
 * (src/documents) with the case's data, the parties' names and the inputs asked at generation —
 * each generation kept with the case, numbered; a missing field is an error that names it,
 * never a blank in a legal document — and signed copies uploaded (PDF, checked by content and
 * size). Each is one transaction with its audit line.
 */
import type { Format } from "../../documents/formats-fichier";
import type { Acteur } from "../../domain/acces";
import { documentsDisponibles, type DocumentProcedure, LIBELLES_TYPE_PROCEDURE, type PartiesDocument } from "../../domain/procedures";
import { introuvable, invalide } from "../../domain/shared";
import type { Db } from "../../db/client";
import * as depot from "../../db/repositories/procedures";
import { journaliser } from "../acces/audit";
import type { ServiceFichiers } from "../fichiers/fichiers";
import { acteursSur } from "./acteurs";
import type { ServiceProcedures } from "./procedures";

type Options = { db: Db; fichiers: ServiceFichiers; procedures: Pick<ServiceProcedures, "lire">; maintenant?: () => Date };

/** The parties' names as the templates read them. */
function partiesDe(p: depot.ProcedureDetaillee): PartiesDocument {
  return {
    employeur: { nom: p.organisationNom },
    ...(p.accueilNom ? { accueil: { nom: p.accueilNom } } : {}),
    ...(p.operateurNom ? { operateur: { nom: p.operateurNom } } : {}),
    ...(p.agentNom ? { agent: { prenom: p.agentPrenom!, nom: p.agentNom } } : {}),
  };
}

/** What the case's page offers to generate in its state, with the inputs each asks. */
export function modelesDisponibles(type: depot.LigneProcedure["type"], etat: string) {
  return documentsDisponibles(type, etat).map((d) => ({ modele: d.modele, libelle: d.libelle, champsSaisis: (d.champsSaisis ?? []).map((c) => ({ ...c })) }));
}

export function creerServiceDocumentsProcedure({ db, fichiers, procedures, maintenant = () => new Date() }: Options) {
  /** The case as stored, for someone on it (404 otherwise, as the case itself). */
  async function charger(acteur: Acteur, id: string) {
    const p = await depot.trouverProcedure(db, id);
    if (!p || acteursSur(acteur, p.procedure).length === 0) throw introuvable("Procédure");
    return p;
  }

  return {
    /**
     * Renders a template of the case in PDF (to sign) or DOCX (to edit), keeps it with the case as
     * its next version, and answers the case. The template must be one the case's state offers.
     */
    async generer(acteur: Acteur, id: string, { modele, format, saisie = {} }: { modele: string; format: Format; saisie?: Record<string, unknown> | undefined }, requestId: string) {
      const p = await charger(acteur, id);
      const l = p.procedure;
      const offerts = documentsDisponibles(l.type, l.etat);
      const doc: DocumentProcedure | undefined = offerts.find((d) => d.modele === modele);
      if (!doc) {
        const possibles = offerts.map((d) => d.modele).join(", ");
        throw invalide([{ champ: "modele", message: possibles ? `modèle attendu dans cet état : ${possibles}` : `aucun document à générer pour ${LIBELLES_TYPE_PROCEDURE[l.type].toLowerCase()} dans cet état` }]);
      }
      // The renderers (pdfmake, docx) load with the first document, not with the server.
      const { rendre } = await import("../../documents");
      const r = await rendre(modele, doc.donnees({ etat: l.etat, donnees: l.donnees, suivi: l.suivi }, partiesDe(p), saisie), { format, genereLe: maintenant() });
      if (!r.ok) throw invalide(r.erreurs, "Le document ne peut être produit : des champs manquent ou sont invalides.");
      await db.transaction(async (tx) => {
        await depot.verrouillerProcedure(tx, id);
        const version = (await depot.derniereVersion(tx, id, modele)) + 1;
        const nom = r.nomFichier.replace(/(\.[a-z]+)$/, `-v${version}$1`);
        const f = await fichiers.enregistrer(tx, { nom, contenu: r.octets, acceptes: [format], organisationId: l.organisationId });
        const d = await depot.ajouterDocumentProcedure(tx, { procedureId: id, fichierId: f.id, nature: "genere", modele, version, ajoutePar: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "generation_document_procedure", { type: "procedure", id }, {
          document: d.id,
          modele,
          version,
          format,
        });
      });
      return procedures.lire(acteur, id);
    },

    /** Attaches a signed copy (PDF only) to the case, optionally for one of its templates. */
    async deposerSigne(acteur: Acteur, id: string, { nom, modele, contenu }: { nom: string; modele?: string | undefined; contenu: Uint8Array }, requestId: string) {
      const p = await charger(acteur, id);
      const l = p.procedure;
      if (modele !== undefined && !documentsDisponibles(l.type, l.etat).some((d) => d.modele === modele) && !(await aDejaEteGenere(id, modele))) {
        throw invalide([{ champ: "modele", message: "ce modèle n'est pas un document de cette procédure" }]);
      }
      await db.transaction(async (tx) => {
        await depot.verrouillerProcedure(tx, id);
        const f = await fichiers.enregistrer(tx, { nom, contenu, acceptes: ["pdf"], organisationId: l.organisationId });
        const d = await depot.ajouterDocumentProcedure(tx, { procedureId: id, fichierId: f.id, nature: "signe", modele: modele ?? null, ajoutePar: acteur.utilisateurId });
        await journaliser(tx, { acteurId: acteur.utilisateurId, organisationId: l.organisationId, requestId }, "depot_document_signe", { type: "procedure", id }, {
          document: d.id,
          nom: f.nom,
          taille: f.taille,
          ...(modele ? { modele } : {}),
        });
      });
      return procedures.lire(acteur, id);
    },

    /** A document of the case with its bytes, for someone on the case. */
    async lire(acteur: Acteur, id: string, documentId: string) {
      await charger(acteur, id);
      const d = await depot.trouverDocumentProcedure(db, id, documentId);
      if (!d) throw introuvable("Document");
      return fichiers.lire(db, d.fichierId);
    },
  };

  async function aDejaEteGenere(id: string, modele: string) {
    return (await depot.documentsDeProcedure(db, id)).some((d) => d.modele === modele);
  }
}
export type ServiceDocumentsProcedure = ReturnType<typeof creerServiceDocumentsProcedure>;

