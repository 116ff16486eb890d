import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PGLITE_OPTIONS } from "../src/db/client";
import { MOT_DE_PASSE_DEMO } from "../src/domain/organisations";
import { copieServeur } from "./support/base-de-test";
import { attendreFin, attendreSante, lancer, vivier } from "./support/cli";

const dossier = fs.mkdtempSync(path.join(os.tmpdir(), "vivier-cli-"));
let supprimerCopie: (() => Promise<void>) | undefined;
/** The database the spawned `vivier` uses: a copy of the template, on disk or on the server. */
let envBase: NodeJS.ProcessEnv;

beforeAll(async () => {
  const modele = inject("modele");
  if (modele.kind === "pglite") {
    const dataDir = path.join(dossier, "donnees");
    const pglite = await PGlite.create(dataDir, { ...PGLITE_OPTIONS, loadDataDir: new Blob([fs.readFileSync(modele.fichier)]) });
    await pglite.close();
    envBase = { DATA_DIR: dataDir };
  } else {
    const copie = await copieServeur(modele.url, modele.nom);
    supprimerCopie = copie.supprimer;
    envBase = { DATABASE_URL: copie.url };
  }
});
afterAll(async () => {
  await supprimerCopie?.();
  fs.rmSync(dossier, { recursive: true, force: true });
});

function portLibre(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe("vivier (ligne de commande)", () => {
  it("affiche l'aide générale et celle de chaque commande", async () => {
    const aide = await vivier(["--help"]);
    expect(aide.code).toBe(0);
    for (const c of ["start", "migrate", "seed-demo", "backup", "restore"]) expect(aide.sortie).toContain(c);
    const restore = await vivier(["restore", "--help"]);
    expect(restore.code).toBe(0);
    expect(restore.sortie).toContain("--force");
  });

  it("sort avec le code 2 sur une commande ou une option inconnue", async () => {
    expect((await vivier(["demarrer"])).code).toBe(2);
    const option = await vivier(["migrate", "--inconnue"]);
    expect(option.code).toBe(2);
    expect(option.erreurs).toContain("--inconnue");
  });

  it("refuse de démarrer avec PORT=abc, en nommant la variable", async () => {
    const r = await vivier(["start"], { PORT: "abc", DATA_DIR: path.join(dossier, "jamais") });
    expect(r.code).toBe(1);
    expect(r.erreurs).toContain("PORT : attendu : un numéro de port entier entre 1 et 65535 (reçu « abc »)");
    expect(fs.existsSync(path.join(dossier, "jamais"))).toBe(false);
  });

  it("démarre, sert l'API, s'arrête proprement sur SIGINT et retrouve ses données au redémarrage", async () => {
    const port = await portLibre();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...envBase, PORT: String(port), HOST: "127.0.0.1", DEMO: "true", LOG_LEVEL: "info" };
    const serveur = lancer(["start", "--no-web"], env);
    await attendreSante(url, 30_000, serveur);
    const recherche = await (await fetch(`${url}/api/v1/organisations?q=expertise%20france`)).json();
    expect(recherche.resultats[0].nom).toBe("Expertise France");
    if (envBase.DATA_DIR) {
      // A second process on the same embedded database is refused, not allowed to corrupt it.
      const second = await vivier(["migrate"], envBase);
      expect(second.code).toBe(1);
      expect(second.erreurs).toContain("est utilisée par un autre processus Vivier");
    }
    // An invitation's e-mail, read with `vivier mail` while the server holds the database.
    const connexion = await fetch(`${url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin-organisation@demo.vivier.test", password: MOT_DE_PASSE_DEMO }),
    });
    const cookie = connexion.headers.get("set-cookie")!.split(";")[0]!;
    const moi = await (await fetch(`${url}/api/v1/me`, { headers: { cookie } })).json();
    const invitation = await fetch(`${url}/api/v1/organisations/${moi.appartenances[0].organisation.id}/invitations`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": moi.csrf, "content-type": "application/json" },
      body: JSON.stringify({ email: "cli@exemple.fr", role: "agent" }),
    });
    expect(invitation.status).toBe(201);
    const boite = await vivier(["mail", "--to", "cli@exemple.fr", "--json"], env);
    expect(boite.code, boite.erreurs).toBe(0);
    expect(JSON.parse(boite.sortie)[0].texte).toMatch(/\/invitation#[\w-]{43}/);

    serveur.kill("SIGINT");
    expect(await attendreFin(serveur, 15_000)).toBe(0);
    expect(serveur.journal()).toContain("arrêt terminé");
    expect(serveur.journal()).not.toContain(MOT_DE_PASSE_DEMO);
    const horsServeur = await vivier(["mail", "--to", "cli@exemple.fr"], env);
    expect(horsServeur.sortie).toContain("Objet : Invitation à rejoindre Saint-Étienne sur Vivier");
    if (envBase.DATA_DIR) expect(fs.existsSync(path.join(envBase.DATA_DIR, "vivier.lock"))).toBe(false);

    const relance = lancer(["start", "--no-web"], env);
    await attendreSante(url, 30_000, relance);
    const apres = await (await fetch(`${url}/api/v1/organisations?type=ambassade`)).json();
    expect(apres.total).toBe(10);
    relance.kill("SIGTERM");
    expect(await attendreFin(relance, 15_000)).toBe(0);
  });

  it("sauvegarde puis restaure, et refuse d'écraser une base non vide sans --force", async () => {
    const fichier = path.join(dossier, "sauvegarde.vivier.gz");
    const sauvegarde = await vivier(["backup", fichier], envBase);
    expect(sauvegarde.code, sauvegarde.erreurs).toBe(0);
    expect(sauvegarde.sortie).toMatch(/Sauvegarde écrite .* \d+ lignes de \d+ tables/);

    const refus = await vivier(["restore", fichier], envBase);
    expect(refus.code).toBe(1);
    expect(refus.erreurs).toContain("--force");

    const forcee = await vivier(["restore", fichier, "--force"], envBase);
    expect(forcee.code, forcee.erreurs).toBe(0);
    expect(forcee.sortie).toContain("restaurée");

    expect((await vivier(["backup"], envBase)).code).toBe(2);
  });
});
