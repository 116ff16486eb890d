import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ChampImport, Colonne } from "../../api";
import { ChampChoix } from "../../components/Champs";
import { Tableau } from "../../components/Tableau";
import type { ErreursChamps } from "../../components/formulaire";
import { CHAMPS_SIMPLES, TITRES_LISTES } from "./FormulaireProfilSaisie";
import { estPremiere, idColonne } from "./ImportEtat";

/**
 * The profile's fields in the words of the profile form, so that a column is mapped to the field
 * the user knows by that name. Typed on the import's fields: a new one fails to compile until it
 * has its label here.
 */
export const LIBELLES_CHAMPS_IMPORT: Record<ChampImport, string> = {
  ...CHAMPS_SIMPLES,
  domaines: TITRES_LISTES.domaines,
  langues: TITRES_LISTES.langues,
  pays: TITRES_LISTES.pays,
  regions: TITRES_LISTES.regions,
};
const CHAMPS = Object.entries(LIBELLES_CHAMPS_IMPORT) as [ChampImport, string][];

/** Whether the column was recognised from its header, chosen by the user, or is left out. */
function Reconnaissance({ colonne }: { colonne: Colonne }) {
  if (colonne.champ === null) {
    return (
      <>
        <Badge as="span" small noIcon>
          ignorée
        </Badge>
        {colonne.remarque !== undefined && <p className={fr.cx("fr-hint-text", "fr-mt-1v", "fr-mb-0")}>{colonne.remarque}</p>}
      </>
    );
  }
  return colonne.reconnu ? (
    <Badge as="span" small severity="success">
      reconnue
    </Badge>
  ) : (
    <Badge as="span" small severity="info">
      choisie
    </Badge>
  );
}

type Props = {
  colonnes: Colonne[];
  /** The field chosen for each column, as the selects show it (maybe not simulated yet). */
  choix: (ChampImport | null)[];
  changer: (index: number, champ: ChampImport | null) => void;
  /** The API's errors on the mapping, by `correspondance.<header>`. */
  erreurs: ErreursChamps<string>;
  /** The selects differ from the report's mapping. */
  modifiee: boolean;
  occupe: boolean;
  relancer: () => void;
};

/** One row per column of the file: its header, the field it fills (or none), how it was found. */
export function ImportCorrespondance({ colonnes, choix, changer, erreurs, modifiee, occupe, relancer }: Props) {
  return (
    <section aria-labelledby="vivier-import-titre-correspondance" className={fr.cx("fr-mb-6w")}>
      <h2 id="vivier-import-titre-correspondance">Correspondance des colonnes</h2>
      <p>
        Chaque colonne du fichier remplit un champ du profil. Choisissez le champ d'une colonne dont l'en-tête n'a pas été reconnu, ou
        ignorez-la, puis relancez la simulation. Le fichier n'est pas modifié, et vos choix restent valables pour le prochain fichier
        que vous choisirez.
      </p>
      <div className="vivier-import-correspondance">
        <TableauColonnes colonnes={colonnes} choix={choix} changer={changer} erreurs={erreurs} />
      </div>
      {modifiee && (
        <p id="vivier-import-modifiee" className={fr.cx("fr-text--bold")}>
          La correspondance a changé : relancez la simulation pour en voir l'effet sur les lignes.
        </p>
      )}
      <Button priority={modifiee ? "primary" : "secondary"} iconId="fr-icon-refresh-line" onClick={relancer} disabled={occupe}>
        Relancer la simulation
      </Button>
    </section>
  );
}

function TableauColonnes({ colonnes, choix, changer, erreurs }: Pick<Props, "colonnes" | "choix" | "changer" | "erreurs">) {
  return (
    <Tableau legende="Colonnes du fichier et champs du profil" entetes={["En-tête dans le fichier", "Champ du profil", "Reconnaissance"]}>
      {colonnes.map((c, i) => (
        <tr key={c.index}>
          <th scope="row">{c.entete}</th>
          <td>
            <ChampChoix
              id={idColonne(i)}
              className="vivier-import-choix"
              label={<span className={fr.cx("fr-sr-only")}>Champ de la colonne « {c.entete} »</span>}
              hintText={estPremiere(colonnes, i) ? undefined : "En-tête en double : renommez cette colonne dans le fichier pour la choisir."}
              disabled={!estPremiere(colonnes, i)}
              erreur={erreurs[`correspondance.${c.entete}`]}
              valeur={choix[i] ?? ""}
              changer={(v) => changer(i, v === "" ? null : (v as ChampImport))}
            >
              <option value="">Ignorer cette colonne</option>
              {CHAMPS.map(([champ, libelle]) => (
                <option key={champ} value={champ}>
                  {libelle}
                </option>
              ))}
            </ChampChoix>
          </td>
          <td className={fr.cx("fr-cell--multiline")}>
            <Reconnaissance colonne={c} />
          </td>
        </tr>
      ))}
    </Tableau>
  );
}
