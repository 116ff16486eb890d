import type { ReactNode } from "react";
import { ListeRepetable } from "../../components/ListeRepetable";
import { type Entree, idEntree, idListe, type Liste, LISTES, nouvelleEntree, TITRES_LISTES } from "./FormulaireProfilSaisie";

type Props<L extends Liste> = {
  liste: L;
  entrees: Entree<L>[];
  changer: (entrees: Entree<L>[]) => void;
  /** The API's error on the whole list ("30 domaines au plus"). */
  erreur: string | undefined;
  /** One entry's fields; `numero` counts from 1, as the legend does. */
  children: (entree: Entree<L>, numero: number, changer: (patch: Partial<Entree<L>>) => void) => ReactNode;
};

/** One list of the profile (domains, languages, countries, missions, periods), as the app's repeatable lists are. */
export function ChampsListe<L extends Liste>({ liste, entrees, changer, erreur, children }: Props<L>) {
  const description = LISTES[liste];
  const premierChamp = Object.keys(description.champs)[0] ?? "";
  return (
    <ListeRepetable
      description={{ ...description, id: idListe(liste), titre: TITRES_LISTES[liste] }}
      entrees={entrees}
      changer={changer}
      nouvelle={() => nouvelleEntree(liste)}
      idPremierChamp={(e) => idEntree(liste, e.cle, premierChamp)}
      idFieldset={(e) => idEntree(liste, e.cle, "fieldset")}
      erreur={erreur}
    >
      {children}
    </ListeRepetable>
  );
}
