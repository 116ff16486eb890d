/**
 * The demo's procedure cases as the application reads them: each where its story leaves it, its
 * history by the demo accounts, nothing missing from its data; each demo account finds the cases
 * it acts on in « À traiter »; a case that follows a staffing has the instrument the advisor
 * gives that staffing; a second run adds nothing.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { connecterChaqueRole, type SessionDeTest } from "../../../test/support/sessions-de-test";
import { type DbOrTx, lignes } from "../../db/client";
import type { Role } from "../../domain/acces";
import { PROCEDURES_DEMO } from "../../domain/procedures/demo";
import { genererDemo } from "./generer-demo";
import { uuidDemo } from "./missions-demo";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;

const id = (cle: string) => uuidDemo(`procedure:${cle}`);

beforeAll(async () => {
  base = await baseDeTest();
  app = await creerAppDeTest(base);
  session = await connecterChaqueRole(app);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

type Vue = {
  etat: string;
  agent: { prenom: string; nom: string } | null;
  candidatureId: string | null;
  instrumentRecommande: string | null;
  manquants: unknown[];
  historique: { evenement: string; acteur: string | null }[];
  remboursements: { statut: string }[] | null;
  echeances: { code: string; niveau: string }[];
};
const lire = async (role: Role, cle: string) => {
  const r = await session(role).appeler({ method: "GET", url: `/api/v1/procedures/${id(cle)}` });
  return { statut: r.statusCode, vue: r.json() as Vue };
};
const aTraiter = async (role: Role) =>
  ((await session(role).appeler({ method: "GET", url: "/api/v1/procedures/a-traiter" })).json().resultats as { id: string; actions: { evenement: string }[] }[]).filter((r) =>
    PROCEDURES_DEMO.some((p) => id(p.cle) === r.id),
  );

const compter = async (db: DbOrTx) =>
  (
    await lignes<Record<string, number>>(
      db,
      sql`select (select count(*)::int from procedures) as procedures, (select count(*)::int from procedures_historique) as historique,
                 (select count(*)::int from profils_experts) as profils, (select count(*)::int from candidatures) as candidatures`,
    )
  )[0]!;

describe("les procédures de démonstration", () => {
  it("sont chacune où son histoire la laisse, complètes, avec l'historique des comptes de démonstration", async () => {
    const attendus: Record<string, string> = {
      "cumul-diagnostic-mbour": "autorisee",
      "cumul-formation-mbour": "deposee",
      "ordre-adressage-porto-novo": "effectue",
      "mad-pagoda-petite-cote": "active",
      "convention-nouvelle-aquitaine-expertise-france": "en_vigueur",
    };
    for (const [cle, etat] of Object.entries(attendus)) {
      const { statut, vue } = await lire(cle.startsWith("convention") ? "charge_ri" : "gestionnaire_rh", cle);
      expect(statut, cle).toBe(200);
      expect(vue.etat, cle).toBe(etat);
      expect(vue.manquants, cle).toEqual([]);
    }
    const cumul = (await lire("agent", "cumul-diagnostic-mbour")).vue;
    expect(cumul.agent).toMatchObject({ prenom: "Amina", nom: "Diallo" });
    expect(cumul.historique.map((h) => [h.evenement, h.acteur])).toEqual([
      ["ouvrir", "Amina Diallo"],
      ["deposer", "Amina Diallo"],
      ["donnerAvis", "David Moreau"],
      ["autoriser", "Élise Fournier"],
    ]);
    // The pool agent has no account: their own agreement has no actor; the host's signature is the operator's.
    const mad = (await lire("operateur", "mad-pagoda-petite-cote")).vue;
    expect(mad.historique.find((h) => h.evenement === "accepterParLAgent")?.acteur).toBeNull();
    expect(mad.historique.find((h) => h.evenement === "signerPourLAccueil")?.acteur).toBe("Farid Benali");
    expect(mad.remboursements?.slice(0, 2).map((r) => r.statut)).toEqual(["solde", "en_retard"]);
  });

  it("suivent l'instrument que le conseiller donne à l'affectation, et la candidature le montre", async () => {
    for (const p of PROCEDURES_DEMO.filter((x) => typeof x.agent === "object" && x.agent)) {
      const { vue } = await lire("gestionnaire_rh", p.cle);
      expect(vue.candidatureId, p.cle).not.toBeNull();
      const candidature = (await session("gestionnaire_rh").appeler({ method: "GET", url: `/api/v1/candidatures/${vue.candidatureId}` })).json();
      expect(candidature.affectation.instrument, p.cle).toBe(p.instrumentRecommande);
      expect(vue.instrumentRecommande, p.cle).toBe(p.instrumentRecommande);
      const liste = (await session("gestionnaire_rh").appeler({ method: "GET", url: `/api/v1/procedures?candidatureId=${vue.candidatureId}` })).json();
      expect(liste.resultats.map((r: { id: string }) => r.id)).toEqual([id(p.cle)]);
    }
  });

  it("attendent chaque compte là où il agit : l'avis du supérieur, le remboursement en retard du RH ; rien pour un cumul terminé", async () => {
    expect((await aTraiter("superieur_hierarchique")).find((r) => r.id === id("cumul-formation-mbour"))?.actions.map((a) => a.evenement)).toContain("donnerAvis");
    // And told so in the bell, as the service would have told them.
    const notifications = (await session("superieur_hierarchique").appeler({ method: "GET", url: "/api/v1/me/notifications" })).json();
    expect(notifications.resultats).toContainEqual(expect.objectContaining({ type: "procedure.etape", lien: `/procedures/${id("cumul-formation-mbour")}` }));
    expect(notifications.nonLues).toBeGreaterThan(0);
    const rh = await aTraiter("gestionnaire_rh");
    expect(rh.map((r) => r.id)).toContain(id("mad-pagoda-petite-cote"));
    // The overdue reimbursement is not the superior's, who can do nothing on the case.
    expect((await aTraiter("superieur_hierarchique")).map((r) => r.id)).not.toContain(id("mad-pagoda-petite-cote"));
    const mad = (await lire("gestionnaire_rh", "mad-pagoda-petite-cote")).vue;
    expect(mad.echeances.some((e) => e.niveau === "depassee")).toBe(true);
    // The convention in force waits for nobody, but for its steering committees when they are due.
    const convention = (await lire("charge_ri", "convention-nouvelle-aquitaine-expertise-france")).vue;
    const comiteDu = convention.echeances.some((e) => e.niveau !== "a_venir");
    for (const role of ["charge_ri", "operateur"] as const) {
      expect((await aTraiter(role)).some((r) => r.id === id("convention-nouvelle-aquitaine-expertise-france")), role).toBe(comiteDu);
    }
    // An authorised cumul whose activity is over waits for nobody either.
    for (const role of ["agent", "gestionnaire_rh", "autorite_territoriale"] as const) {
      expect((await aTraiter(role)).map((r) => r.id), role).not.toContain(id("cumul-diagnostic-mbour"));
    }
    expect(convention.historique.map((h) => h.acteur)).toEqual(["Claire Lefèvre", "Claire Lefèvre", "Farid Benali", null, "Claire Lefèvre"]);
    // Nobody outside the case: the DAECT, an embassy, another collectivité's RI officer or HR.
    for (const role of ["agent_daect", "agent_ambassade", "charge_ri"] as const) expect((await lire(role, "cumul-diagnostic-mbour")).statut, role).toBe(404);
    expect((await lire("gestionnaire_rh", "convention-nouvelle-aquitaine-expertise-france")).statut).toBe(404);
  });

  it("ne changent rien quand la démonstration est générée une seconde fois", async () => {
    const copie = await base.cloner();
    try {
      const avant = await compter(copie.db);
      const bilan = await genererDemo(copie.db);
      expect(bilan.procedures).toBe(0);
      expect(await compter(copie.db)).toEqual(avant);
    } finally {
      await copie.close();
    }
  });
});
