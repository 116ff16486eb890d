import { fr } from "@codegouvfr/react-dsfr";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useState } from "react";
import {
  deposerDocumentSigneProcedure,
  type DocumentProcedure,
  ErreurApi,
  type FormatDocument,
  genererDocumentProcedure,
  type ModeleDisponible,
  type Procedure,
  urlDocumentProcedure,
} from "../../api";
import { ChampChoix, ChampSaisie } from "../../components/Champs";
import { erreurDeChamp, Formulaire, useFormulaire } from "../../components/formulaire";
import { Options } from "../vivier/ChampsProfilEntrees";
import { formaterJour } from "../vivier/libelles";
import { detailFichier } from "../vivier/SectionsProfil";
import type { ApresEvenement } from "./saisie-evenement";

type Props = { p: Procedure; apres: ApresEvenement };

const ID = "procedure-document";
const ID_SIGNE = "procedure-document-signe";
const FORMATS: [FormatDocument, string, string][] = [
  ["pdf", "PDF", "À imprimer et signer."],
  ["docx", "Word (DOCX)", "À modifier avant de le signer."],
];

const idChampSaisi = (champ: string) => `${ID}-saisie-${champ.replace(/\./g, "-")}`;

/** The document's name as the server says it; a signed copy without its template is a « document signé ». */
const libelleModele = (d: { modele: string | null; modeleLibelle: string | null }) => d.modeleLibelle ?? d.modele ?? "Document signé";

/**
 * « Documents »: the documents of the case's state to generate (PDF to sign, DOCX to edit) with
 * the inputs the case does not hold (the signatory, the place of signature…); the documents
 * generated, each version kept, and the signed copies, to download; a signed copy to upload.
 */
export function DocumentsProcedure({ p, apres }: Props) {
  const generes = p.documents.filter((d) => d.nature === "genere");
  const signes = p.documents.filter((d) => d.nature === "signe");
  const modeles = p.modelesDisponibles;
  return (
    <section aria-labelledby="procedure-documents" className={fr.cx("fr-mt-6w")}>
      <h2 id="procedure-documents">Documents</h2>
      <h3>Documents générés</h3>
      <ListeDocuments p={p} documents={generes} aucun="Aucun document n'a encore été généré." />
      <h3>Copies signées</h3>
      <ListeDocuments p={p} documents={signes} aucun="Aucune copie signée n'a encore été déposée." />
      {modeles.length > 0 && <GenererDocument p={p} modeles={modeles} apres={apres} />}
      {modeles.length === 0 && <p>Aucun document n'est à produire à cette étape de la procédure.</p>}
      {/* A signed copy is of a document of the case: once one is offered or was generated. */}
      {(modeles.length > 0 || generes.length > 0) && <DeposerSigne p={p} apres={apres} />}
    </section>
  );
}

function ListeDocuments({ p, documents, aucun }: { p: Procedure; documents: DocumentProcedure[]; aucun: string }) {
  if (documents.length === 0) return <p>{aucun}</p>;
  return (
    <ul>
      {documents.map((d) => (
        <li key={d.id} className={fr.cx("fr-mb-2w")}>
          {/* Served by the API with the session cookie: a plain link, which the browser downloads. */}
          <a className={fr.cx("fr-link", "fr-link--download")} href={urlDocumentProcedure(p.id, d.id)} download={d.nom}>
            {libelleModele(d)}
            {d.version !== null && `, version ${d.version}`} : {d.nom}
            <span className={fr.cx("fr-link__detail")}>
              {detailFichier(d.typeMime, d.taille)}, ajouté le {formaterJour(d.ajouteLe)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Generates one of the templates the state offers: which, in which format, with its inputs. */
function GenererDocument({ p, modeles, apres }: Props & { modeles: ModeleDisponible[] }) {
  const [modele, setModele] = useState(modeles.length === 1 ? modeles[0]!.modele : "");
  const [format, setFormat] = useState<FormatDocument>("pdf");
  const [saisie, setSaisie] = useState<Record<string, string>>({});
  const choisi = modeles.find((m) => m.modele === modele);
  const champs = choisi?.champsSaisis ?? [];
  const ids: Record<string, string> = { modele: `${ID}-modele`, format: `${ID}-format-0`, ...Object.fromEntries(champs.map((c) => [c.champ, idChampSaisi(c.champ)])) };
  const formulaire = useFormulaire(ids);
  const erreurs: Partial<Record<string, string>> = formulaire.champs;
  const titreId = `${ID}-titre`;

  function soumettre() {
    void formulaire.envoyer(async () => {
      if (choisi === undefined) throw erreurDeChamp("modele", "choisissez le document à générer");
      const valeurs = Object.fromEntries(champs.flatMap((c) => ((saisie[c.champ] ?? "").trim() === "" ? [] : [[c.champ, saisie[c.champ]!.trim()]])));
      const r = await genererDocumentProcedure(p.id, { modele: choisi.modele, format, ...(Object.keys(valeurs).length === 0 ? {} : { saisie: valeurs }) });
      const version = r.documents.filter((d) => d.modele === choisi.modele && d.nature === "genere").reduce((v, d) => Math.max(v, d.version ?? 0), 0);
      apres(r, `Le document « ${choisi.libelle} » est généré${version > 0 ? ` (version ${version})` : ""} : il est dans la liste des documents générés.`);
    }, "Le document n'a pas pu être généré.");
  }

  return (
    <section aria-labelledby={titreId} className={fr.cx("fr-mt-4w")}>
      <h3 id={titreId}>Générer un document</h3>
      <Formulaire
        etat={formulaire}
        titreErreur="Le document n'a pas pu être généré"
        titreId={titreId}
        mention="Il est rempli avec les données de la procédure ; ce qui y manque est nommé. Les champs sans mention « facultatif » sont obligatoires."
        bouton="Générer le document"
        soumettre={soumettre}
      >
        {modeles.length > 1 ? (
          <ChampChoix id={ids.modele!} label="Document" erreur={erreurs.modele} valeur={modele} changer={setModele} required>
            <Options vide="Choisir le document" options={modeles.map((m) => [m.modele, m.libelle])} />
          </ChampChoix>
        ) : (
          <p>
            Document : <strong>{modeles[0]!.libelle}</strong>
          </p>
        )}
        <RadioButtons
          id={`${ID}-format`}
          name={`${ID}-format`}
          legend="Format"
          orientation="horizontal"
          state={erreurs.format === undefined ? "default" : "error"}
          stateRelatedMessage={erreurs.format}
          options={FORMATS.map(([f, libelle, aide]) => ({ label: libelle, hintText: aide, nativeInputProps: { value: f, checked: format === f, onChange: () => setFormat(f) } }))}
        />
        {champs.map((c) => (
          <ChampSaisie
            key={c.champ}
            id={idChampSaisi(c.champ)}
            label={`${c.libelle}${c.facultatif ? " (facultatif)" : ""}`}
            type={/(^|\.)date$/.test(c.champ) ? "date" : "text"}
            maxLength={300}
            erreur={erreurs[c.champ]}
            valeur={saisie[c.champ] ?? ""}
            changer={(v) => setSaisie((s) => ({ ...s, [c.champ]: v }))}
            required={!c.facultatif}
          />
        ))}
      </Formulaire>
    </section>
  );
}

/** A file too big, said with its size and what to do (a proxy's 413 has no field error of its own). */
function preciserErreur(erreur: unknown, fichier: File): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.statut !== 413) return erreur;
  const message = erreur.probleme.erreurs?.find((e) => e.champ === "fichier")?.message ?? "le fichier est trop volumineux";
  const taille = fichier.size < 1024 * 1024 ? `${Math.max(1, Math.round(fichier.size / 1024))} ko` : `${(fichier.size / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  return erreurDeChamp("fichier", `${message} (il fait ${taille}) : réduisez-le, par exemple en l'enregistrant en PDF compressé`);
}

/** Uploads a signed copy (PDF), for one of the case's templates or on its own. */
function DeposerSigne({ p, apres }: Props) {
  const [fichier, setFichier] = useState<File | undefined>(undefined);
  const [modele, setModele] = useState("");
  // Bumped after a file is sent: the file field starts empty again.
  const [envois, setEnvois] = useState(0);
  // The file's name travels with it: an error on `nom` is shown under the file.
  const formulaire = useFormulaire({ fichier: `${ID_SIGNE}-fichier`, nom: `${ID_SIGNE}-fichier`, modele: `${ID_SIGNE}-modele` });
  const erreurFichier = formulaire.champs.fichier ?? formulaire.champs.nom;
  const titreId = `${ID_SIGNE}-titre`;
  // The templates the case offers now or generated before: a signed copy is of one of them.
  const modeles = new Map<string, string>();
  for (const m of p.modelesDisponibles) modeles.set(m.modele, m.libelle);
  for (const d of p.documents) if (d.nature === "genere" && d.modele !== null && !modeles.has(d.modele)) modeles.set(d.modele, libelleModele(d));

  function soumettre() {
    void formulaire.envoyer(async () => {
      if (fichier === undefined) throw erreurDeChamp("fichier", "choisissez la copie signée, en PDF");
      let r: Procedure;
      try {
        r = await deposerDocumentSigneProcedure(p.id, fichier, modele === "" ? undefined : modele);
      } catch (erreur) {
        throw preciserErreur(erreur, fichier);
      }
      apres(r, `La copie signée « ${fichier.name} » est déposée.`);
      setFichier(undefined);
      setModele("");
      setEnvois((n) => n + 1);
    }, "La copie signée n'a pas pu être déposée.");
  }

  return (
    <section aria-labelledby={titreId} className={fr.cx("fr-mt-4w")}>
      <h3 id={titreId}>Déposer une copie signée</h3>
      <Formulaire
        etat={formulaire}
        titreErreur="La copie signée n'a pas pu être déposée"
        titreId={titreId}
        mention="Le document signé, numérisé en PDF. Les champs sans mention « facultatif » sont obligatoires."
        bouton="Déposer la copie signée"
        soumettre={soumettre}
      >
        <Upload
          key={envois}
          className={fr.cx("fr-mb-3w")}
          label="Copie signée"
          hint="Format accepté : PDF. Le format est vérifié d'après le contenu du fichier, quel que soit son nom."
          state={erreurFichier === undefined ? "default" : "error"}
          stateRelatedMessage={erreurFichier}
          nativeInputProps={{
            id: `${ID_SIGNE}-fichier`,
            accept: ".pdf,application/pdf",
            "aria-invalid": erreurFichier === undefined ? undefined : true,
            onChange: (e) => setFichier(e.currentTarget.files?.[0]),
          }}
        />
        {modeles.size > 0 && (
          <ChampChoix id={`${ID_SIGNE}-modele`} label="Copie signée de (facultatif)" erreur={formulaire.champs.modele} valeur={modele} changer={setModele}>
            <Options vide="Un autre document" requis={false} options={[...modeles.entries()]} />
          </ChampChoix>
        )}
      </Formulaire>
    </section>
  );
}
