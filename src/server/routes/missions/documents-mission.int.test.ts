/**
 * The documents of a mission through the API: the owner attaches PDF and DOCX files, checked by
 * content and size with nothing written when refused; whoever sees the mission downloads them;
 * others are refused (403), a draft stays hidden (404), a finished or cancelled mission keeps its
 * documents as they are (409); each add and remove is audited; the mission's view lists them.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../../test/support/base-de-test";
import { creerMission, creerProjet, missionPubliee, transition } from "../../../../test/support/missions-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../../test/support/sessions-de-test";
import { lignes } from "../../../db/client";
import type { Role } from "../../../domain/acces";

/** A small limit, so that « too big » costs one megabyte, not ten. */
const LIMITE = 1024 * 1024;

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;
let operateur: SessionDeTest;
let DOCX: Buffer;

beforeAll(async () => {
  base = await (await baseDeTest()).cloner();
  app = await creerAppDeTest(base, { PUBLIC_URL: "http://vivier.test", UPLOAD_MAX_MB: "1" });
  session = await connecterChaqueRole(app);
  operateur = session("operateur");
  DOCX = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Budget prévisionnel de la mission")] }] }));
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const url = (missionId: string, documentId?: string) => `/api/v1/missions/${missionId}/documents${documentId ? `/${documentId}` : ""}`;

/** Uploads as the owner's page does: the file is the body, its name and type in the query string. */
const deposer = (s: SessionDeTest, missionId: string, corps: Buffer, nom = "Termes de référence.pdf", type = "termes_de_reference", typeContenu = "application/octet-stream") =>
  app.inject({
    method: "POST",
    url: `${url(missionId)}?nom=${encodeURIComponent(nom)}&type=${encodeURIComponent(type)}`,
    payload: corps,
    headers: { cookie: s.cookie, "x-csrf-token": s.csrf, "content-type": typeContenu },
  });
const telecharger = (s: SessionDeTest, missionId: string, documentId: string) => s.appeler({ method: "GET", url: url(missionId, documentId) });
const retirer = (s: SessionDeTest, missionId: string, documentId: string) => s.appeler({ method: "DELETE", url: url(missionId, documentId) });
const lireMission = (s: SessionDeTest, id: string) => s.appeler({ method: "GET", url: `/api/v1/missions/${id}` });

/** Rows a document writes, to check that a refused request wrote nothing. */
const compter = async () =>
  (
    await lignes<{ fichiers: number; documents: number; audit: number }>(
      base.db,
      sql`select (select count(*)::int from fichiers) as fichiers, (select count(*)::int from missions_documents) as documents,
                 (select count(*)::int from journal_audit) as audit`,
    )
  )[0]!;
const auditDe = (missionId: string) =>
  lignes<{ action: string; resume: Record<string, unknown> }>(
    base.db,
    sql`select action, resume from journal_audit where cible_type = 'mission' and cible_id = ${missionId} and action like '%document%' order by id`,
  );

/** A published mission of the operator with one document; answers both ids. */
async function missionAvecDocument(corps = PDF, nom = "Termes de référence.pdf") {
  const { missionId } = await missionPubliee(operateur);
  const r = await deposer(operateur, missionId, corps, nom);
  expect(r.statusCode, r.body).toBe(201);
  return { missionId, documentId: r.json().documents.at(-1).id as string };
}

describe("joindre des documents à une mission", () => {
  it("l'opérateur joint un PDF et un DOCX ; la mission les liste, chacun les télécharge à l'identique ; journalisé", async () => {
    const { missionId } = await missionPubliee(operateur);
    const pdf = await deposer(operateur, missionId, PDF, "TdR complets.pdf", "termes_de_reference");
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().id).toBe(missionId);
    const docx = await deposer(operateur, missionId, DOCX, "Budget 2027.docx", "budget");
    expect(docx.statusCode, docx.body).toBe(201);

    const vue = (await lireMission(session("agent"), missionId)).json();
    expect(vue.documents).toEqual([
      { id: expect.any(String), nom: "TdR complets.pdf", type: "termes_de_reference", typeMime: "application/pdf", taille: PDF.length, ajouteLe: expect.any(String) },
      {
        id: expect.any(String),
        nom: "Budget 2027.docx",
        type: "budget",
        typeMime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        taille: DOCX.length,
        ajouteLe: expect.any(String),
      },
    ]);
    expect(Number.isNaN(Date.parse(vue.documents[0].ajouteLe))).toBe(false);

    // Published: every signed-in person reads it, and downloads the same bytes.
    for (const role of ["agent", "gestionnaire_rh", "agent_daect", "membre_comite"] as Role[]) {
      const t = await telecharger(session(role), missionId, vue.documents[0].id);
      expect(t.statusCode, role).toBe(200);
      expect(t.headers["content-type"]).toContain("application/pdf");
      expect(t.headers["content-disposition"]).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("TdR complets.pdf")}`);
      expect(t.rawPayload.equals(PDF)).toBe(true);
    }
    const t = await telecharger(session("agent"), missionId, vue.documents[1].id);
    expect(t.headers["content-type"]).toContain("wordprocessingml");
    expect(t.rawPayload.equals(DOCX)).toBe(true);

    const audit = await auditDe(missionId);
    expect(audit.map((a) => a.action)).toEqual(["ajout_document_mission", "ajout_document_mission"]);
    expect(audit[1]!.resume).toMatchObject({ document: vue.documents[1].id, type: "budget", nom: "Budget 2027.docx", taille: DOCX.length });
    const [ligne] = await lignes<{ ajoute_par: string; organisation_id: string }>(
      base.db,
      sql`select d.ajoute_par, f.organisation_id from missions_documents d join fichiers f on f.id = d.fichier_id where d.id = ${vue.documents[0].id}::uuid`,
    );
    expect(ligne).toEqual({ ajoute_par: operateur.utilisateurId, organisation_id: operateur.organisationId });
  });

  it("un brouillon aussi, pour son organisation ; le nom du fichier est nettoyé", async () => {
    const missionId = await creerMission(operateur, await creerProjet(operateur));
    const r = await deposer(operateur, missionId, PDF, "../../C:\\Dossiers\\note \"pays\".pdf", "autre");
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().documents).toMatchObject([{ nom: "note pays.pdf", type: "autre" }]);
  });

  it("refuse un faux PDF (un texte renommé), un fichier trop gros, un corps vide ou d'un autre type, sans rien écrire", async () => {
    const { missionId } = await missionPubliee(operateur);
    const avant = await compter();

    const faux = await deposer(operateur, missionId, Buffer.from("Ceci est un simple texte, renommé en .pdf\n"), "termes.pdf");
    expect(faux.statusCode).toBe(415);
    expect(faux.json()).toMatchObject({ code: "type_non_supporte", erreurs: [{ champ: "fichier", message: expect.stringContaining("PDF, Word (DOCX)") }] });
    // A spreadsheet or an executable is not a document of the mission either, whatever its name.
    expect((await deposer(operateur, missionId, Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100)]), "budget.docx", "budget")).statusCode).toBe(415);

    const gros = await deposer(operateur, missionId, Buffer.concat([PDF, Buffer.alloc(LIMITE, 0x20)]));
    expect(gros.statusCode).toBe(413);
    expect(gros.json()).toMatchObject({ code: "trop_volumineux", erreurs: [{ champ: "fichier", message: "le fichier dépasse la taille maximale de 1 Mo" }] });

    const vide = await deposer(operateur, missionId, Buffer.alloc(0));
    expect(vide.statusCode).toBe(400);
    expect(vide.json().erreurs).toEqual([{ champ: "fichier", message: "le fichier est vide ou absent" }]);
    // A body that is not the file itself (text, JSON, a form): 415, said under the file.
    for (const [typeContenu, corps] of [
      ["text/plain", PDF],
      ["application/json", Buffer.from('{"fichier":"JVBERi0xLjQ="}')],
      ["multipart/form-data; boundary=x", PDF],
    ] as const) {
      const r = await deposer(operateur, missionId, corps, "tdr.pdf", "termes_de_reference", typeContenu);
      expect(r.statusCode, typeContenu).toBe(415);
    }
    expect((await deposer(operateur, missionId, PDF, "tdr.pdf", "termes_de_reference", "text/plain")).json().erreurs[0].champ).toBe("fichier");

    expect(await compter()).toEqual(avant);
    expect((await lireMission(operateur, missionId)).json().documents).toEqual([]);

    // Exactly at the limit: accepted.
    const juste = await deposer(operateur, missionId, Buffer.concat([PDF, Buffer.alloc(LIMITE - PDF.length, 0x20)]));
    expect(juste.statusCode, juste.body).toBe(201);
    expect(juste.json().documents[0].taille).toBe(LIMITE);
  });

  it("refuse un nom ou un type absent ou invalide, champ par champ, sans rien écrire", async () => {
    const { missionId } = await missionPubliee(operateur);
    const avant = await compter();
    const champs = (r: { json(): { erreurs?: { champ: string }[] } }) => (r.json().erreurs ?? []).map((e) => e.champ);
    const sansRien = await app.inject({ method: "POST", url: url(missionId), payload: PDF, headers: { cookie: operateur.cookie, "x-csrf-token": operateur.csrf, "content-type": "application/pdf" } });
    expect(sansRien.statusCode).toBe(400);
    expect(champs(sansRien).sort()).toEqual(["nom", "type"]);
    const typeInconnu = await deposer(operateur, missionId, PDF, "tdr.pdf", "contrat");
    expect(typeInconnu.statusCode).toBe(400);
    expect(typeInconnu.json().erreurs).toEqual([{ champ: "type", message: "type attendu : termes_de_reference, budget, autre" }]);
    expect((await deposer(operateur, missionId, PDF, "   ")).statusCode).toBe(400);
    expect((await deposer(operateur, missionId, PDF, "a\u0000b.pdf")).statusCode).toBe(400);
    expect((await deposer(operateur, missionId, PDF, "x".repeat(201))).statusCode).toBe(400);
    expect((await deposer(operateur, "pas-un-uuid", PDF)).statusCode).toBe(400);
    expect((await deposer(operateur, "00000000-0000-4000-8000-000000000000", PDF)).statusCode).toBe(404);
    expect(await compter()).toEqual(avant);
  });
});

describe("qui peut quoi", () => {
  it("ni une autre organisation ni un rôle qui ne publie pas n'ajoutent ou ne retirent : 403, rien d'écrit", async () => {
    const { missionId, documentId } = await missionAvecDocument();
    const avant = await compter();
    for (const role of ["agent_daect", "charge_ri", "agent", "gestionnaire_rh", "membre_comite", "agent_ambassade"] as Role[]) {
      const r = await deposer(session(role), missionId, PDF);
      expect(r.statusCode, `${role} ${r.body}`).toBe(403);
      expect((await retirer(session(role), missionId, documentId)).statusCode, role).toBe(403);
    }
    expect((await deposer(session("agent_daect"), missionId, PDF)).json().detail).toBe("Seule l'organisation propriétaire de la mission ajoute ou retire ses documents.");
    expect(await compter()).toEqual(avant);
    expect((await app.inject({ method: "GET", url: url(missionId, documentId) })).statusCode).toBe(401);
  });

  it("les documents d'un brouillon sont cachés aux autres organisations : 404", async () => {
    const missionId = await creerMission(operateur, await creerProjet(operateur));
    const r = await deposer(operateur, missionId, PDF);
    const documentId = r.json().documents[0].id;
    expect((await telecharger(operateur, missionId, documentId)).statusCode).toBe(200);
    const avant = await compter();
    for (const role of ["agent", "gestionnaire_rh", "agent_daect", "charge_ri", "membre_comite"] as Role[]) {
      expect((await telecharger(session(role), missionId, documentId)).statusCode, role).toBe(404);
      expect((await lireMission(session(role), missionId)).statusCode, role).toBe(404);
    }
    // A role that publishes, of another organisation: the draft does not exist for it.
    expect((await deposer(session("agent_daect"), missionId, PDF)).statusCode).toBe(404);
    expect((await retirer(session("agent_daect"), missionId, documentId)).statusCode).toBe(404);
    expect(await compter()).toEqual(avant);
  });

  it("un document se lit par sa mission seulement : 404 par une autre, 404 inconnu, 400 mal formé", async () => {
    const a = await missionAvecDocument();
    const b = await missionAvecDocument();
    expect((await telecharger(operateur, b.missionId, a.documentId)).statusCode).toBe(404);
    expect((await retirer(operateur, b.missionId, a.documentId)).statusCode).toBe(404);
    expect((await telecharger(operateur, a.missionId, "00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await telecharger(operateur, a.missionId, "pas-un-uuid")).statusCode).toBe(400);
    expect((await telecharger(operateur, a.missionId, a.documentId)).statusCode).toBe(200);
  });
});

describe("retirer un document ; mission terminée ou annulée", () => {
  it("l'opérateur retire un document : son fichier s'en va, la mission ne le liste plus ; journalisé", async () => {
    const { missionId, documentId } = await missionAvecDocument();
    const avant = await compter();
    expect((await retirer(operateur, missionId, documentId)).statusCode).toBe(204);
    expect(await compter()).toEqual({ fichiers: avant.fichiers - 1, documents: avant.documents - 1, audit: avant.audit + 1 });
    expect((await lireMission(operateur, missionId)).json().documents).toEqual([]);
    expect((await telecharger(operateur, missionId, documentId)).statusCode).toBe(404);
    expect((await retirer(operateur, missionId, documentId)).statusCode).toBe(404);
    expect((await auditDe(missionId)).map((a) => [a.action, a.resume.nom])).toEqual([
      ["ajout_document_mission", "Termes de référence.pdf"],
      ["retrait_document_mission", "Termes de référence.pdf"],
    ]);
  });

  it("une mission annulée ou terminée garde ses documents tels quels : 409, qu'on télécharge encore", async () => {
    const annulee = await missionAvecDocument();
    expect((await transition(operateur, annulee.missionId, "annuler", "Le bailleur a retiré son financement.")).statusCode).toBe(200);
    // Ending a mission takes staffed experts; its state is what matters here.
    const terminee = await missionAvecDocument();
    await base.db.execute(sql`update missions set etat = 'terminee' where id = ${terminee.missionId}::uuid`);

    for (const [etat, { missionId, documentId }] of [
      ["annulée", annulee],
      ["terminée", terminee],
    ] as const) {
      const avant = await compter();
      const ajout = await deposer(operateur, missionId, PDF);
      expect(ajout.statusCode, etat).toBe(409);
      expect(ajout.json().detail).toBe(`La mission est ${etat} : ses documents ne changent plus.`);
      expect((await retirer(operateur, missionId, documentId)).statusCode, etat).toBe(409);
      expect(await compter()).toEqual(avant);
      expect((await telecharger(session("agent"), missionId, documentId)).statusCode, etat).toBe(200);
      expect((await lireMission(operateur, missionId)).json().documents).toHaveLength(1);
    }
  });
});
