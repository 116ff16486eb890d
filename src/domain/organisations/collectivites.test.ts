import { describe, expect, it } from "vitest";
import { avecPreposition, collectivitesDepuisDecoupage, type DecoupageAdministratif, departementDeCommune } from "./collectivites";

const decoupage: DecoupageAdministratif = {
  regions: [
    { code: "75", nom: "Nouvelle-Aquitaine", typeLiaison: 0, zone: "metro" },
    { code: "02", nom: "Martinique", typeLiaison: 3, zone: "drom" },
    { code: "94", nom: "Corse", typeLiaison: 0, zone: "metro" },
    { code: "975", nom: "Saint-Pierre-et-Miquelon", typeLiaison: 0, zone: "com" },
  ],
  departements: [
    { code: "33", nom: "Gironde", region: "75", typeLiaison: 3, zone: "metro" },
    { code: "17", nom: "Charente-Maritime", region: "75", typeLiaison: 3, zone: "metro" },
    { code: "972", nom: "Martinique", region: "02", typeLiaison: 3, zone: "drom" },
    { code: "2A", nom: "Corse-du-Sud", region: "94", typeLiaison: 3, zone: "metro" },
    { code: "67", nom: "Bas-Rhin", region: "44", typeLiaison: 2, zone: "metro" },
    { code: "75", nom: "Paris", region: "11", typeLiaison: 0, zone: "metro" },
    { code: "975", nom: "Saint-Pierre-et-Miquelon", region: "975", typeLiaison: 0, zone: "com" },
    { code: "984", nom: "Terres australes et antarctiques françaises", region: "984", typeLiaison: 0, zone: "com" },
    { code: "988", nom: "Nouvelle-Calédonie", region: "988", typeLiaison: 0, zone: "com" },
  ],
  communes: [
    { code: "33063", nom: "Bordeaux", type: "commune-actuelle", departement: "33", region: "75", siren: "213300635", population: 260_000 },
    { code: "17300", nom: "La Rochelle", type: "commune-actuelle", departement: "17", region: "75", siren: "211703004", population: 77_000 },
    { code: "97209", nom: "Fort-de-France", type: "commune-actuelle", departement: "972", region: "02", population: 75_000 },
    { code: "33001", nom: "Ancienne commune déléguée", type: "commune-deleguee", departement: "33", region: "75" },
    { code: "75056", nom: "Paris", type: "commune-actuelle", departement: "75", region: "11", siren: "217500016", population: 2_100_000 },
  ],
  epci: [
    { code: "243300316", nom: "Bordeaux Métropole", type: "METRO", populationTotale: 830_000, membres: [{ code: "33063" }] },
    { code: "200046977", nom: "Métropole de Lyon", type: "MET69", populationTotale: 1_400_000, membres: [{ code: "69123" }] },
  ],
  ept: [{ code: "200057867", nom: "Plaine Commune", type: "EPT", membres: [{ code: "93001" }] }],
};

const resultat = collectivitesDepuisDecoupage(decoupage);
const parReference = (r: string) => resultat.find((c) => c.reference === r);

describe("collectivités depuis le Code officiel géographique", () => {
  it("nomme régions et départements comme leurs autorités, avec la bonne préposition", () => {
    expect(parReference("cog:region:75")).toMatchObject({ categorie: "region", nom: "Région Nouvelle-Aquitaine", nomCourt: "Nouvelle-Aquitaine" });
    expect(parReference("cog:departement:33")).toMatchObject({ categorie: "departement", nom: "Département de la Gironde", nomCourt: "Gironde", codeRegion: "75" });
  });

  it("fait de la Martinique une collectivité territoriale unique, sans département à part", () => {
    expect(parReference("cog:region:02")).toMatchObject({ categorie: "collectivite_unique", nom: "Collectivité territoriale de Martinique", codeDepartement: "972" });
    expect(parReference("cog:departement:972")).toBeUndefined();
  });

  it("remplace la région Corse et ses départements par la Collectivité de Corse", () => {
    expect(parReference("cog:region:94")).toMatchObject({ categorie: "collectivite_statut_particulier", nom: "Collectivité de Corse" });
    expect(parReference("cog:departement:2A")).toBeUndefined();
  });

  it("remplace le Bas-Rhin et le Haut-Rhin par la Collectivité européenne d'Alsace", () => {
    expect(parReference("cog:departement:67")).toBeUndefined();
    expect(parReference("cog:collectivite:6AE")).toMatchObject({ codeInsee: "6AE", nomCourt: "Alsace" });
  });

  it("garde la Ville de Paris comme commune et pas de département 75 distinct", () => {
    expect(parReference("cog:departement:75")).toBeUndefined();
    expect(parReference("cog:commune:75056")).toMatchObject({ nature: "ville_de_paris", siren: "217500016" });
  });

  it("classe les collectivités d'outre-mer et écarte les territoires sans collectivité élue", () => {
    expect(parReference("cog:com:975")).toMatchObject({ categorie: "collectivite_outre_mer", nature: "collectivite_outre_mer" });
    expect(parReference("cog:com:988")).toMatchObject({ categorie: "collectivite_outre_mer", nature: "collectivite_sui_generis" });
    expect(parReference("cog:com:984")).toBeUndefined();
  });

  it("ne garde que les communes actuelles, avec INSEE, SIREN et population", () => {
    expect(parReference("cog:commune:33001")).toBeUndefined();
    expect(parReference("cog:commune:33063")).toMatchObject({ codeInsee: "33063", siren: "213300635", population: 260_000, codeDepartement: "33" });
    expect(parReference("cog:commune:97209")).toMatchObject({ siren: null, codeDepartement: "972" });
  });

  it("prend le SIREN des EPCI et fait de la Métropole de Lyon une collectivité à statut particulier", () => {
    expect(parReference("cog:epci:243300316")).toMatchObject({ categorie: "epci", siren: "243300316", nature: "METRO", codeDepartement: "33", codeRegion: "75" });
    expect(parReference("cog:epci:200046977")).toMatchObject({ categorie: "collectivite_statut_particulier", nature: "MET69" });
    expect(parReference("cog:ept:200057867")).toMatchObject({ categorie: "ept" });
  });

  it("additionne la population des communes pour les départements et les régions", () => {
    expect(parReference("cog:departement:33")?.population).toBe(260_000);
    expect(parReference("cog:region:75")?.population).toBe(337_000);
  });

  it("donne une référence unique à chaque collectivité", () => {
    expect(new Set(resultat.map((c) => c.reference)).size).toBe(resultat.length);
  });
});

describe("prépositions des noms de territoire (TNCC de l'INSEE)", () => {
  it.each([
    ["Ain", 5, "de l'Ain"],
    ["Gironde", 3, "de la Gironde"],
    ["Nord", 2, "du Nord"],
    ["Landes", 4, "des Landes"],
    ["Paris", 0, "de Paris"],
    ["Eure", 1, "d'Eure"],
  ])("%s (%i) → %s", (nom, type, attendu) => {
    expect(avecPreposition(nom, type)).toBe(attendu);
  });
});

describe("département d'une commune", () => {
  it.each([
    ["33063", "33"],
    ["2A004", "2A"],
    ["97209", "972"],
    ["98818", "988"],
  ])("%s → %s", (code, dep) => expect(departementDeCommune(code)).toBe(dep));
});
