import { fr } from "@codegouvfr/react-dsfr";
import type { ValeurFacette } from "../../api";
import { avecCochees, CaseFacette, idCase, useVoirPlus } from "./Facette";
import { NIVEAUX_CECRL } from "./libelles";

/**
 * The languages facet. The API counts each language (`en`) and each minimal CEFR level (`en:B2`,
 * "anglais B2 ou plus"); here each language comes with its levels under it, the most spoken
 * languages first. A1 is left out: every speaker has it, so it finds what the language alone finds.
 */

const LANGUES_PREMIERES = 3;
const CLE = "langues";

type Groupe = { code: string; langue: ValeurFacette; niveaux: ValeurFacette[] };

/** The facet's values grouped by language, in the API's order (most profiles first). */
export function grouperLangues(valeurs: ValeurFacette[]): Groupe[] {
  const groupes = new Map<string, Groupe>();
  for (const v of valeurs) {
    const [code = v.valeur, niveau] = v.valeur.split(":");
    let groupe = groupes.get(code);
    if (groupe === undefined) {
      // A level listed before its language (or without it): the language stands in with no count yet.
      groupe = { code, langue: { valeur: code, libelle: code, nombre: 0 }, niveaux: [] };
      groupes.set(code, groupe);
    }
    if (niveau === undefined) groupe.langue = v;
    else if (niveau !== "A1") groupe.niveaux.push(v);
  }
  const rang = (v: ValeurFacette) => NIVEAUX_CECRL.indexOf(v.valeur.split(":")[1] as (typeof NIVEAUX_CECRL)[number]);
  for (const g of groupes.values()) g.niveaux.sort((a, b) => rang(a) - rang(b));
  return [...groupes.values()];
}

export function FacetteLangues({ valeurs, cochees, changer }: { valeurs: ValeurFacette[]; cochees: string[]; changer: (cochees: string[]) => void }) {
  const idListe = `vivier-facette-${CLE}`;
  const legende = "Langues";
  const voirPlus = useVoirPlus(idListe);
  const groupes = grouperLangues(avecCochees(valeurs, cochees));
  if (groupes.length === 0) return null;
  const cocheDans = (g: Groupe) => cochees.includes(g.langue.valeur) || g.niveaux.some((n) => cochees.includes(n.valeur));
  const montres = voirPlus.ouvert ? groupes : groupes.filter((g, i) => i < LANGUES_PREMIERES || cocheDans(g));
  const caches = groupes.filter((g) => !montres.includes(g));
  const basculer = (valeur: string, cochee: boolean) =>
    changer(cochee ? [...cochees, valeur] : cochees.filter((c) => c !== valeur));

  return (
    <fieldset id={idListe} className={fr.cx("fr-fieldset")}>
      <legend className={fr.cx("fr-fieldset__legend", "fr-text--regular")}>
        {legende}
        <span className={fr.cx("fr-hint-text")}>Un niveau coché est un minimum (CECRL) ; chaque langue cochée est exigée.</span>
      </legend>
      {montres.map((g) => (
        <div key={g.code} className={fr.cx("fr-fieldset__element")}>
          <CaseFacette cle={CLE} valeur={g.langue} cochee={cochees.includes(g.langue.valeur)} changer={(c) => basculer(g.langue.valeur, c)} />
          {g.niveaux.length > 0 && (
            <ul className={`${fr.cx("fr-raw-list")} vivier-facette__niveaux`}>
              {g.niveaux.map((n) => (
                <li key={n.valeur}>
                  <CaseFacette
                    cle={CLE}
                    valeur={n}
                    libelle={<LibelleNiveau langue={g.langue.libelle} libelle={n.libelle} />}
                    cochee={cochees.includes(n.valeur)}
                    changer={(c) => basculer(n.valeur, c)}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {voirPlus.bouton(legende, caches.length, caches[0] && idCase(CLE, caches[0].langue.valeur))}
    </fieldset>
  );
}

/**
 * "anglais C1 ou plus" read in full, "C1 ou plus" seen under "anglais": the language is said to
 * screen readers only, the list showing it already.
 */
function LibelleNiveau({ langue, libelle }: { langue: string; libelle: string }) {
  if (!libelle.startsWith(`${langue} `)) return <>{libelle}</>;
  return (
    <>
      <span className={fr.cx("fr-sr-only")}>{langue} </span>
      {libelle.slice(langue.length + 1)}
    </>
  );
}
