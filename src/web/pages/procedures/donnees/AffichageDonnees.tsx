import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";
import type { TypeProcedure } from "../../../api";
import { Fiche } from "../../../components/Fiche";
import { NonRenseigne } from "../../../components/NonRenseigne";
import { libelleDonnee, libelleElement, ordonner, valeurEnMots } from "./libelles-donnees";

type Ligne = { libelle: string; valeur: ReactNode };

const estObjet = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const estFeuille = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/**
 * The leaves under `chemin`, each labelled: a nested object's fields in turn, a list of values on
 * one line, a list of objects item by item (« Ligne 2 : Montant (€) »).
 */
function lignes(type: TypeProcedure, chemin: string, v: unknown, prefixe = ""): Ligne[] {
  const libelle = `${prefixe}${libelleDonnee(type, chemin)}`;
  if (v === undefined || v === null) return [];
  if (estFeuille(v)) return [{ libelle, valeur: v === "" ? <NonRenseigne /> : valeurEnMots(type, chemin, v) }];
  if (Array.isArray(v)) {
    if (v.every(estFeuille)) return [{ libelle, valeur: v.length === 0 ? <NonRenseigne /> : v.map((x) => valeurEnMots(type, chemin, x)).join(", ") }];
    return v.flatMap((x, i) =>
      estObjet(x) ? ordonner(type, `${chemin}.${i}`, Object.entries(x)).flatMap(([k, y]) => lignes(type, `${chemin}.${i}.${k}`, y, `${prefixe}${libelleElement(type, chemin)} ${i + 1} : `)) : [],
    );
  }
  if (estObjet(v)) return ordonner(type, chemin, Object.entries(v)).flatMap(([k, y]) => lignes(type, `${chemin}.${k}`, y, prefixe));
  return [];
}

/**
 * A case's data, read-only and in words: the fields of the first level, then each section (the
 * expert, the host, the financial annex…) under its heading, its fields labelled and its coded
 * values said in French.
 */
export function AffichageDonnees({ type, donnees, niveauTitre = 3 }: { type: TypeProcedure; donnees: Record<string, unknown>; niveauTitre?: 3 | 4 }) {
  const entrees = ordonner(type, "", Object.entries(donnees)).filter(([, v]) => v !== undefined && v !== null);
  if (entrees.length === 0) return <p>Aucune donnée n'est encore saisie.</p>;
  const simples = entrees.filter(([, v]) => !estObjet(v));
  const sections = entrees.filter(([, v]) => estObjet(v));
  const Titre = `h${niveauTitre}` as const;
  return (
    <>
      {simples.length > 0 && <Fiche lignes={simples.flatMap(([k, v]) => lignes(type, k, v))} />}
      {sections.map(([k, v]) => {
        const contenu = lignes(type, k, v);
        return (
          <div key={k} className={fr.cx("fr-mt-2w")}>
            <Titre className={fr.cx("fr-h6", "fr-mb-1w")}>{libelleDonnee(type, k)}</Titre>
            {contenu.length === 0 ? <p>Rien n'est encore saisi.</p> : <Fiche lignes={contenu} />}
          </div>
        );
      })}
    </>
  );
}
