import type { TestProject } from "vitest/node";
import { type Modele, preparerModele } from "./modele";

declare module "vitest" {
  export interface ProvidedContext {
    modele: Modele;
  }
}

export default async function setup(project: TestProject) {
  // Unit tests need no database: build the template only for the projects that do.
  if (project.name === "unit") return;
  project.provide("modele", await preparerModele(process.env.DATABASE_URL || undefined));
}
