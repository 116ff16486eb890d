import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { RACINE } from "../construire-web";
import type { Commande } from "./types";

export const dev: Commande = {
  nom: "dev",
  aide: `Usage : vivier dev

Lance l'API (relancée à chaque modification de src/, via tsx watch) sur PORT (3000) et le serveur
de développement Vite sur http://localhost:5173 (rechargement à chaud, /api redirigé vers l'API).
Ctrl-C arrête les deux.`,
  async executer() {
    const bin = (paquet: string, fichier: string) => path.join(RACINE, "node_modules", paquet, fichier);
    const enfants: ChildProcess[] = [
      spawn(process.execPath, [bin("tsx", "dist/cli.mjs"), "watch", "--clear-screen=false", "src/cli/main.ts", "start", "--no-web"], {
        cwd: RACINE,
        stdio: "inherit",
      }),
      spawn(process.execPath, [bin("vite", "bin/vite.js")], { cwd: RACINE, stdio: "inherit" }),
    ];
    const arreter = () => enfants.forEach((e) => e.kill("SIGTERM"));
    process.on("SIGINT", arreter);
    process.on("SIGTERM", arreter);
    const codes = await Promise.all(enfants.map((e) => new Promise<number>((r) => e.on("exit", (c) => r(c ?? 0)))));
    return Math.max(...codes);
  },
};
