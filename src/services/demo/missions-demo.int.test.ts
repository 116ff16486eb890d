/**
 * The demo's missions as the application reads them: every state of a mission, of a candidacy and
 * of the employer's agreement; histories the state tables could have written, by the demo
 * accounts; candidacies only from profiles the owner may see; Amina Diallo's staffing and her
 * 5 days on the project through the API; HR's pending releases; a second run adds nothing.
 */
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerAppDeTest } from "../../../test/support/app-de-test";
import { type BaseDeTest, baseDeTest } from "../../../test/support/base-de-test";
import { connecterChaqueRole, connecterDemo, type SessionDeTest } from "../../../test/support/sessions-de-test";
import { type DbOrTx, lignes } from "../../db/client";
import type { Role } from "../../domain/acces";
import { ACCORDS_EMPLOYEUR, ETATS_CANDIDATURE, ETATS_MISSION, profilVisibleDuProprietaire, TRANSITIONS_CANDIDATURE, TRANSITIONS_MISSION } from "../../domain/missions";
import { PROJETS_DEMO, PROPRIETAIRES_DEMO } from "../../domain/missions/demo";
import { genererDemo } from "./generer-demo";
import { uuidDemo } from "./missions-demo";

let base: BaseDeTest;
let app: FastifyInstance;
let session: (role: Role) => SessionDeTest;

const idsMissions = PROJETS_DEMO.flatMap((p) => p.missions.map((m) => uuidDemo(`mission:${m.cle}`)));
const tableau = (ids: string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;

beforeAll(async () => {
  base = await baseDeTest();
  app = await creerAppDeTest(base);
  session = await connecterChaqueRole(app);
});
afterAll(async () => {
  await app?.close();
  await base?.close();
});

type Candidature = {
  id: string;
  etat: string;
  accord: string;
  missionId: string;
  missionEtat: string;
  proprietaireId: string;
  proprietaireType: string;
  employeurId: string;
  visibilite: string;
  titulaire: string | null;
};
const candidaturesDemo = (db: DbOrTx) =>
  lignes<Candidature>(
    db,
    sql`select c.id::text, c.etat, c.accord_employeur as accord, m.id::text as "missionId", m.etat as "missionEtat", o.id::text as "proprietaireId",
               o.type as "proprietaireType", p.organisation_id::text as "employeurId", p.visibilite, p.utilisateur_id::text as titulaire
        from candidatures c join missions m on m.id = c.mission_id join organisations o on o.id = m.organisation_id join profils_experts p on p.id = c.profil_id
        where m.id = any(${tableau(idsMissions)})`,
  );

/** The rows of the demo's missions and of what hangs from them. */
const compter = async (db: DbOrTx) =>
  (
    await lignes<Record<string, number>>(
      db,
      sql`select (select count(*)::int from projets) as projets, (select count(*)::int from missions) as missions,
                 (select count(*)::int from missions_sessions) as sessions, (select count(*)::int from missions_historique) as "historiqueMissions",
                 (select count(*)::int from candidatures) as candidatures, (select count(*)::int from candidatures_historique) as "historiqueCandidatures",
                 (select count(*)::int from notifications) as notifications, (select count(*)::int from profils_experts) as profils,
                 (select count(*)::int from courriels) as courriels`,
    )
  )[0]!;

describe("les missions de démonstration", () => {
  it("couvrent chaque état de mission, de candidature et d'accord, chez l'opérateur et à la DAECT", async () => {
    const missions = await lignes<{ etat: string; organisation: string }>(
      base.db,
      sql`select m.etat, o.reference as organisation from missions m join organisations o on o.id = m.organisation_id where m.id = any(${tableau(idsMissions)})`,
    );
    expect(missions).toHaveLength(idsMissions.length);
    expect(new Set(missions.map((m) => m.etat))).toEqual(new Set(ETATS_MISSION));
    expect(new Set(missions.map((m) => m.organisation))).toEqual(new Set(Object.values(PROPRIETAIRES_DEMO).map((p) => p.organisation)));
    const candidatures = await candidaturesDemo(base.db);
    expect(new Set(candidatures.map((c) => c.etat))).toEqual(new Set(ETATS_CANDIDATURE));
    expect(new Set(candidatures.map((c) => c.accord))).toEqual(new Set(ACCORDS_EMPLOYEUR));
  });

  it("ne prennent que des profils que le propriétaire de la mission peut voir", async () => {
    for (const c of await candidaturesDemo(base.db)) {
      const proprietaire = { id: c.proprietaireId, type: c.proprietaireType as "operateur" };
      expect(profilVisibleDuProprietaire(proprietaire, { organisationId: c.employeurId, visibilite: c.visibilite as "ministere" }), c.id).toBe(true);
    }
  });

  it("ont un historique que les tables d'états auraient écrit, par les comptes de démonstration", async () => {
    const missions = await lignes<{ id: string; etat: string; proprietaire: string; historique: { evenement: string; de: string | null; vers: string; acteur: string | null }[] }>(
      base.db,
      sql`select m.id::text, m.etat, u.email as proprietaire,
                 (select json_agg(json_build_object('evenement', h.evenement, 'de', h.de, 'vers', h.vers, 'acteur', a.email) order by h.horodatage, h.id)
                  from missions_historique h left join utilisateurs a on a.id = h.acteur_id where h.mission_id = m.id) as historique
          from missions m join utilisateurs u on u.id = m.cree_par where m.id = any(${tableau(idsMissions)})`,
    );
    for (const m of missions) {
      expect(m.historique[0]).toMatchObject({ evenement: "creer", de: null, vers: "brouillon" });
      for (const [i, h] of m.historique.slice(1).entries()) {
        const regle = TRANSITIONS_MISSION[h.evenement as keyof typeof TRANSITIONS_MISSION];
        expect(regle.de as readonly string[], `${m.id} ${h.evenement}`).toContain(h.de);
        expect(h.vers).toBe(regle.vers);
        expect(h.de).toBe(m.historique[i]!.vers);
      }
      expect(m.historique.at(-1)!.vers).toBe(m.etat);
      expect(new Set(m.historique.map((h) => h.acteur))).toEqual(new Set([m.proprietaire]));
    }

    const candidatures = await lignes<{
      id: string;
      etat: string;
      accord: string;
      titulaire: string | null;
      rh: string[];
      proprietaire: string;
      historique: { evenement: string; de: string | null; vers: string; accordVers: string | null; acteur: string | null }[];
    }>(
      base.db,
      sql`select c.id::text, c.etat, c.accord_employeur as accord, t.email as titulaire, pr.email as proprietaire,
                 (select array_agg(r.email) from appartenances ap join utilisateurs r on r.id = ap.utilisateur_id
                  where ap.organisation_id = p.organisation_id and ap.role = 'gestionnaire_rh') as rh,
                 (select json_agg(json_build_object('evenement', h.evenement, 'de', h.de, 'vers', h.vers, 'accordVers', h.accord_vers, 'acteur', a.email) order by h.horodatage, h.id)
                  from candidatures_historique h left join utilisateurs a on a.id = h.acteur_id where h.candidature_id = c.id) as historique
          from candidatures c join profils_experts p on p.id = c.profil_id left join utilisateurs t on t.id = p.utilisateur_id
               join missions m on m.id = c.mission_id join utilisateurs pr on pr.id = m.cree_par
          where m.id = any(${tableau(idsMissions)})`,
    );
    for (const c of candidatures) {
      expect(c.historique[0]!.de).toBeNull();
      for (const [i, h] of c.historique.entries()) {
        const regle = TRANSITIONS_CANDIDATURE[h.evenement as keyof typeof TRANSITIONS_CANDIDATURE];
        expect(regle.de as readonly (string | null)[], `${c.id} ${h.evenement}`).toContain(h.de);
        if (i > 0) expect(h.de).toBe(c.historique[i - 1]!.vers);
        // Who fired it: the agent (no account for the pool's agents), their employer's HR, the mission's owner; nobody for the staffing.
        const attendu = { expert: c.titulaire, rh: c.rh?.[0] ?? "?", proprietaire: c.proprietaire }[regle.acteurs[0] as string] ?? null;
        expect(h.acteur, `${c.id} ${h.evenement}`).toBe(attendu);
      }
      expect(c.historique.at(-1)!.vers).toBe(c.etat);
      expect(c.historique.filter((h) => h.accordVers).at(-1)!.accordVers).toBe(c.accord);
    }
  });

  it("montrent à Amina Diallo ses candidatures, son affectation et ses 5 jours sur le projet", async () => {
    const agent = session("agent");
    const r = await agent.appeler({ method: "GET", url: "/api/v1/me/candidatures" });
    expect(r.statusCode, r.body).toBe(200);
    const { candidatures, affectations } = r.json();
    const etats = candidatures.map((c: { etat: string }) => c.etat).sort();
    expect(etats).toEqual(["affectee", "affectee", "proposee"]);
    expect(affectations).toHaveLength(1);
    expect(affectations[0]).toMatchObject({
      projet: { intitule: "Services d'eau et d'assainissement des communes du Sénégal" },
      jours: 5,
      tranche: "T1",
      prochainSeuil: { seuil: 6, joursAvant: 1 },
      instrument: expect.any(String),
    });
    // 3 days done and 2 to come on the day the demo was generated; the test database may be older.
    expect(affectations[0].joursFaits + affectations[0].joursRestants).toBe(5);
    expect(affectations[0].joursFaits).toBeGreaterThanOrEqual(3);
    // Her staffing's page: the advisor's instrument for her 5 days.
    const affectee = candidatures.find((c: { etat: string; mission: { etat: string } }) => c.etat === "affectee" && c.mission.etat === "pourvue");
    const page = (await agent.appeler({ method: "GET", url: `/api/v1/candidatures/${affectee.id}` })).json();
    expect(page.affectation).toMatchObject({ jours: 5, tranche: "T1", conseilIndisponible: null });
    expect(page.historique.map((h: { evenement: string; acteur: string | null }) => [h.evenement, h.acteur])).toEqual([
      ["proposer", "Bruno Martin"],
      ["confirmer", "Amina Diallo"],
      ["accorderLiberation", "Bruno Martin"],
      ["retenir", "Farid Benali"],
      ["affecter", null],
    ]);
    // The proposal waits for her: she may confirm it.
    const proposee = candidatures.find((c: { etat: string }) => c.etat === "proposee");
    expect(proposee.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toContain("confirmer");
    const notifications = (await agent.appeler({ method: "GET", url: "/api/v1/me/notifications" })).json();
    expect(notifications.nonLues).toBeGreaterThanOrEqual(2);
  });

  it("donnent au RH de Saint-Étienne des libérations à accorder et les jours de ses agents", async () => {
    const rh = session("gestionnaire_rh");
    const candidatures = await candidaturesDemo(base.db);
    const enAttente = candidatures.filter((c) => c.employeurId === rh.organisationId && c.accord === "en_attente" && ["deposee", "retenue", "preselectionnee"].includes(c.etat));
    expect(enAttente.length).toBeGreaterThan(0);
    const lue = (await rh.appeler({ method: "GET", url: `/api/v1/candidatures/${enAttente[0]!.id}` })).json();
    expect(lue.evenementsPossibles.map((e: { evenement: string }) => e.evenement)).toEqual(expect.arrayContaining(["accorderLiberation", "refuserLiberation"]));
    const affectations = (await rh.appeler({ method: "GET", url: `/api/v1/organisations/${rh.organisationId}/affectations` })).json().resultats;
    expect(affectations.find((a: { profil: { nom: string } }) => a.profil.nom === "Diallo")).toMatchObject({ jours: 5, tranche: "T1" });
    // The Charente-Maritime's HR (multi@) has its own to answer.
    const multi = await connecterDemo(app, "multi@demo.vivier.test");
    const [cm] = await lignes<{ id: string }>(base.db, sql`select id::text from organisations where reference = 'cog:departement:17'`);
    expect(candidatures.some((c) => c.employeurId === cm!.id && c.accord === "en_attente" && c.etat !== "declinee" && c.etat !== "retiree")).toBe(true);
    expect((await multi.appeler({ method: "GET", url: "/api/v1/me/notifications" })).json().nonLues).toBeGreaterThan(0);
  });

  it("sont dans la liste des missions, sans les brouillons pour qui n'en est pas propriétaire", async () => {
    const lister = async (role: Role) =>
      ((await session(role).appeler({ method: "GET", url: "/api/v1/missions?parPage=100" })).json().resultats as { id: string; etat: string }[]).filter((m) => idsMissions.includes(m.id));
    const vues = await lister("agent");
    expect(vues.length).toBe(idsMissions.length - 2);
    expect(vues.some((m) => m.etat === "brouillon")).toBe(false);
    expect((await lister("operateur")).some((m) => m.etat === "brouillon")).toBe(true);
  });

  it("ne changent rien quand la démonstration est générée une seconde fois", async () => {
    const copie = await base.cloner();
    try {
      const avant = await compter(copie.db);
      const bilan = await genererDemo(copie.db);
      expect(bilan).toMatchObject({ profils: 0, projets: 0, missions: 0, candidatures: 0 });
      expect(await compter(copie.db)).toEqual(avant);
    } finally {
      await copie.close();
    }
  });
});
