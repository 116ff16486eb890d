import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { listerModeles } from "./index";
import { analyserModele, ErreurModele } from "./modele";

const ENTETE = `---
titre: Essai
version: 2
sources:
  - Code général de la fonction publique, article L. 123-7
champs:
  agent.nom: Nom de l'agent (texte)
  mission.jours: Nombre de jours (nombre)
  mission.urgente: Mission urgente (booléen)
  mission.motif: Motif de l'urgence (texte, facultatif)
---
`;

/** The problems a template's text raises, or [] when it reads. */
function problemes(source: string): string[] {
  try {
    analyserModele("essai", source);
    return [];
  } catch (e) {
    if (e instanceof ErreurModele) return e.problemes;
    throw e;
  }
}

describe("analyserModele", () => {
  it("lit l'en-tête et le corps d'un modèle correct", () => {
    const modele = analyserModele("essai", `${ENTETE}# Titre\n\n{{agent.nom}}, {{mission.jours}} jours.\n{{#si mission.urgente}}\nUrgent : {{mission.motif}}.\n{{/si}}\n`);
    expect(modele).toMatchObject({ nom: "essai", titre: "Essai", version: 2, description: null, sources: ["Code général de la fonction publique, article L. 123-7"] });
    expect(modele.champs).toEqual([
      { chemin: "agent.nom", libelle: "Nom de l'agent", type: "texte", optionnel: false },
      { chemin: "mission.jours", libelle: "Nombre de jours", type: "nombre", optionnel: false },
      { chemin: "mission.urgente", libelle: "Mission urgente", type: "booleen", optionnel: false },
      { chemin: "mission.motif", libelle: "Motif de l'urgence", type: "texte", optionnel: true },
    ]);
  });

  it("signale un champ utilisé sans être déclaré et un champ déclaré jamais utilisé, avec leur ligne", () => {
    expect(problemes(`${ENTETE}# Titre\n\n{{agent.nom}} et {{agent.prenom}}.\n{{#si mission.urgente}}{{mission.motif}}{{/si}}\n`)).toEqual([
      "ligne 14 : champ non déclaré dans l'en-tête : agent.prenom",
      "ligne 8 : champ déclaré mais jamais utilisé : mission.jours",
    ]);
  });

  it("refuse un champ facultatif hors d'un passage au choix, et une condition toujours vraie", () => {
    expect(problemes(`${ENTETE}{{agent.nom}} {{mission.jours}} {{mission.motif}}\n{{#si agent.nom}}x{{/si}}{{#si mission.urgente}}y{{/si}}\n`)).toEqual([
      "ligne 12 : le champ facultatif mission.motif est utilisé hors d'un bloc {{#si …}} : il serait toujours exigé",
      "ligne 13 : {{#si agent.nom}} : ce champ est obligatoire et n'est pas un booléen, la condition serait toujours vraie",
    ]);
  });

  it("signale les balises mal formées, inconnues ou non fermées", () => {
    const corps = "{{agent.nom}} {{mission.jours}} {{ mission urgente }}\n{{#si mission.urgente}}\n{{#sinon}}\n{{#sinon}}\n{{#chaque mission.motif}}\n{{/si}}\n{{/si}}\n{{agent.nom}\n{{#si mission.motif}}{{mission.motif}}\n";
    expect(problemes(`${ENTETE}${corps}`)).toEqual([
      "ligne 15 : second {{#sinon}} pour le {{#si mission.urgente}} de la ligne 13",
      "ligne 16 : balise inconnue {{#chaque mission.motif}} (connues : {{#si champ}}, {{#sinon}}, {{/si}})",
      "ligne 18 : {{/si}} sans {{#si …}} ouvert",
      "ligne 19 : accolades {{ }} mal formées",
      "ligne 20 : {{#si mission.motif}} jamais fermé par {{/si}}",
      "ligne 12 : nom de champ invalide « {{mission urgente}} » (des mots sans accent ni espace, séparés par des points)",
    ]);
  });

  it("signale un tableau irrégulier et un bloc de signatures non fermé, quel que soit le passage retenu", () => {
    const corps = "{{agent.nom}} {{mission.jours}}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n{{#si mission.urgente}}\n| 3 |\n{{#sinon}}\n| {{mission.motif}} | 4 | 5 |\n{{/si}}\n\n::: signatures\nLe maire\n";
    expect(problemes(`${ENTETE}${corps}`)).toEqual([
      "ligne 18 : le tableau a 2 colonnes, cette ligne en a 1",
      "ligne 23 : bloc « ::: » jamais fermé par une ligne « ::: »",
      "ligne 20 : le tableau a 2 colonnes, cette ligne en a 3",
    ]);
  });

  it("explique un en-tête absent, incomplet ou mal écrit", () => {
    expect(problemes("# Titre sans en-tête\n")).toEqual(["le fichier doit commencer par un en-tête entre deux lignes « --- »"]);
    expect(problemes("---\nversion: 0\nauteur: moi\nchamps:\n  agent.nom: Nom de l'agent\n  Agent-Nom: Nom (texte)\n  agent: Agent (texte)\n---\n{{agent.nom}}\n")).toEqual([
      "en-tête : « titre » manquant",
      "en-tête : « version » doit être un nombre entier à partir de 1",
      "en-tête : « sources » doit lister au moins un texte de référence",
      "en-tête : clé inconnue « auteur » (connues : titre, version, description, sources, champs)",
      "en-tête : champ agent.nom : attendu « Libellé (type) » ou « Libellé (type, facultatif) », types : texte, date, montant, nombre, booleen, liste",
      "en-tête : nom de champ invalide « Agent-Nom » (des mots sans accent ni espace, séparés par des points)",
      "ligne 9 : champ non déclaré dans l'en-tête : agent.nom",
      "ligne 6 : champ déclaré mais jamais utilisé : Agent-Nom",
      "ligne 7 : champ déclaré mais jamais utilisé : agent",
    ]);
    expect(problemes("---\ntitre: T\nversion: 1\nsources: [S]\nchamps:\n  agent: Agent (texte)\n  agent.nom: Nom (texte)\n---\n{{agent}} {{agent.nom}}\n")).toEqual([
      "en-tête : agent et agent.nom : un champ ne peut pas en contenir un autre",
    ]);
    expect(problemes("---\ntitre: [\n---\n")[0]).toMatch(/^en-tête : YAML illisible — /);
  });

  it("lit tous les modèles du dépôt sans problème", () => {
    expect(() => listerModeles()).not.toThrow();
  });
});

describe("le moteur de documents", () => {
  it("ne dépend ni de la base, ni du serveur, ni de l'application web", () => {
    const dossier = new URL("./", import.meta.url);
    const fichiers = fs.readdirSync(dossier, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    for (const f of fichiers) {
      const source = fs.readFileSync(new URL(f, dossier), "utf8");
      for (const m of source.matchAll(/from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)) {
        expect(m[1] ?? m[2], f).not.toMatch(/(^|\/)(db|server|web)(\/|$)/);
      }
    }
  });
});
