import { fr } from "@codegouvfr/react-dsfr";
import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useState } from "react";
import { type AnalyseImport, LIBELLES_STATUT_LIGNE, type LigneRapport, type StatutLigne, STATUTS_LIGNE, type Totaux } from "../../api";
import { formaterNombre, pluriel } from "../../components/format";
import { Valeur } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import { LIBELLES_CHAMPS_IMPORT } from "./ImportCorrespondance";

/** Lines shown at a time: a file may have 100,000, which no page should draw at once. */
const PAR_TRANCHE = 50;

const SEVERITES: Record<StatutLigne, BadgeProps["severity"]> = {
  creation: "success",
  mise_a_jour: "info",
  inchange: undefined,
  doublon: "warning",
  rejete: "error",
};
/** The totals' words: "3 créations", "1 mise à jour", "2 inchangées". */
const PLURIELS: Record<StatutLigne, string> = {
  creation: "créations",
  mise_a_jour: "mises à jour",
  inchange: "inchangées",
  doublon: "doublons",
  rejete: "rejetées",
};

const compterStatut = (totaux: Totaux, statut: StatutLigne) => pluriel(totaux[statut], LIBELLES_STATUT_LIGNE[statut], PLURIELS[statut]);

/** "12 lignes lues : 10 créations, 2 rejetées.", said to screen readers once a dry run is over. */
export function resumerRapport(totaux: Totaux): string {
  const presents = STATUTS_LIGNE.filter((s) => totaux[s] > 0).map((s) => compterStatut(totaux, s));
  return `${pluriel(totaux.lignes, "ligne lue", "lignes lues")}${presents.length ? ` : ${presents.join(", ")}` : ""}.`;
}

const SEPARATEURS: Record<string, string> = { ";": "point-virgule", ",": "virgule", "\t": "tabulation" };
const ENCODAGES: Record<string, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", "windows-1252": "Windows-1252" };

function descriptionFichier(f: AnalyseImport["fichier"]): string {
  if (f.format === "xlsx") return `classeur XLSX, feuille « ${f.feuille} »`;
  return `CSV ${ENCODAGES[f.encodage] ?? f.encodage}, séparateur ${SEPARATEURS[f.separateur] ?? f.separateur}`;
}

/** Why a line is rejected, column by column; which line a duplicate repeats. */
function Motif({ ligne }: { ligne: LigneRapport }) {
  if (ligne.statut === "doublon" && ligne.doublonDe !== undefined) return <>Répète la ligne {formaterNombre(ligne.doublonDe)}.</>;
  if (ligne.erreurs.length === 0) return null;
  return (
    <ul className="vivier-import-motifs">
      {ligne.erreurs.map((e) => {
        const champ = e.champ === null ? undefined : LIBELLES_CHAMPS_IMPORT[e.champ];
        const ou = e.colonne !== null ? `Colonne « ${e.colonne} »${champ ? ` (${champ})` : ""}` : champ;
        return <li key={`${e.colonne}-${e.champ}-${e.message}`}>{ou === undefined ? e.message : `${ou} : ${e.message}`}</li>;
      })}
    </ul>
  );
}

function Personne({ apercu }: { apercu: LigneRapport["apercu"] }) {
  const nom = [apercu.prenom, apercu.nom].filter(Boolean).join(" ");
  return (
    <>
      <Valeur>{nom}</Valeur>
      {apercu.courriel !== null && <span className={fr.cx("fr-hint-text", "fr-mb-0")}>{apercu.courriel}</span>}
    </>
  );
}

/** The lines of the report, a slice at a time, maybe only the rejected ones. */
function Lignes({ lignes, total, rejetees }: { lignes: LigneRapport[]; total: number; rejetees: boolean }) {
  const [montrees, setMontrees] = useState(PAR_TRANCHE);
  const visibles = lignes.slice(0, montrees);
  const quoi = rejetees ? pluriel(lignes.length, "ligne rejetée", "lignes rejetées") : pluriel(total, "ligne", "lignes");
  const legende = visibles.length < lignes.length ? `Lignes du fichier : les ${formaterNombre(visibles.length)} premières sur ${quoi}` : `Lignes du fichier : ${quoi}`;
  return (
    <>
      <Tableau legende={legende} entetes={["Ligne", "Personne", "Statut", "Motif"]}>
        {visibles.map((l) => (
          <tr key={l.ligne}>
            <th scope="row">{formaterNombre(l.ligne)}</th>
            <td>
              <Personne apercu={l.apercu} />
            </td>
            <td>
              <Badge as="span" small noIcon severity={SEVERITES[l.statut]}>
                {LIBELLES_STATUT_LIGNE[l.statut]}
              </Badge>
            </td>
            <td className={fr.cx("fr-cell--multiline")}>
              <Motif ligne={l} />
            </td>
          </tr>
        ))}
      </Tableau>
      {visibles.length < lignes.length && (
        <Button priority="secondary" onClick={() => setMontrees((n) => n + PAR_TRANCHE)}>
          Afficher {formaterNombre(Math.min(PAR_TRANCHE, lignes.length - visibles.length))} lignes de plus
        </Button>
      )}
    </>
  );
}

/** The report of a dry run or of an import: totals per status, then the lines. */
export function ImportRapport({ analyse, titre }: { analyse: AnalyseImport; titre: string }) {
  const { totaux, lignes } = analyse.rapport;
  const [rejeteesSeulement, setRejeteesSeulement] = useState(false);
  const filtre = rejeteesSeulement && totaux.rejete > 0;
  const montrees = filtre ? lignes.filter((l) => l.statut === "rejete") : lignes;
  return (
    <section aria-labelledby="vivier-import-titre-rapport" className={fr.cx("fr-mb-6w")}>
      <h2 id="vivier-import-titre-rapport">{titre}</h2>
      <p>
        Fichier « {analyse.fichier.nom} » ({descriptionFichier(analyse.fichier)}) : {pluriel(totaux.lignes, "ligne", "lignes")} de données.
      </p>
      <ul className={fr.cx("fr-badges-group", "fr-mb-3w")} aria-label="Lignes par statut">
        {STATUTS_LIGNE.map((s) => (
          <li key={s}>
            <Badge as="span" noIcon severity={SEVERITES[s]}>
              {compterStatut(totaux, s)}
            </Badge>
          </li>
        ))}
      </ul>
      {totaux.rejete > 0 && (
        <Checkbox
          options={[
            {
              label: "Seulement les lignes rejetées",
              nativeInputProps: { checked: rejeteesSeulement, onChange: (e) => setRejeteesSeulement(e.currentTarget.checked) },
            },
          ]}
        />
      )}
      {/* A new filter starts again from the first lines. */}
      <Lignes key={filtre ? "rejetees" : "toutes"} lignes={montrees} total={totaux.lignes} rejetees={filtre} />
    </section>
  );
}
