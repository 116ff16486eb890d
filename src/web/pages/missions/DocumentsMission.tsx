import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useState } from "react";
import { formaterTaille } from "../../../domain/fichiers";
import {
  type DocumentMission,
  ErreurApi,
  joindreDocumentMission,
  LIBELLES_TYPE_DOCUMENT_MISSION,
  retirerDocumentMission,
  TYPES_DOCUMENT_MISSION,
  type TypeDocumentMission,
  urlDocumentMission,
  type VueMission,
} from "../../api";
import { ChampChoix } from "../../components/Champs";
import { useConfirmation } from "../../components/Confirmation";
import { erreurDeChamp, Formulaire, useFormulaire } from "../../components/formulaire";
import { Options } from "../vivier/ChampsProfilEntrees";
import { formaterJour } from "../vivier/libelles";
import { detailFichier } from "../vivier/SectionsProfil";

type Props = {
  m: VueMission;
  /** The mission as the API answered a change of its documents, and the sentence that says it. */
  apresChangement: (mission: VueMission, texte: string) => void;
  signaler: (texte: string) => void;
};

const ID = "mission-nouveau-document";
// The file's name travels with it: an error on `nom` is shown under the file.
const IDS = { fichier: `${ID}-fichier`, nom: `${ID}-fichier`, type: `${ID}-type` };
const FORMATS = ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const OPTIONS_TYPE = TYPES_DOCUMENT_MISSION.map((t): [string, string] => [t, LIBELLES_TYPE_DOCUMENT_MISSION[t]]);

/**
 * The files attached to the mission (terms of reference in full, budget…), to download; for its
 * owner, until the mission is finished or cancelled, a file to add and the ones to remove.
 */
export function DocumentsMission({ m, apresChangement, signaler }: Props) {
  const documents = m.documents;
  // The owner sees the candidacies' counts; a finished or cancelled mission keeps its documents (409).
  const gerer = m.candidatures !== null && m.etat !== "terminee" && m.etat !== "annulee";
  const confirmation = useConfirmation();
  const [retrait, setRetrait] = useState<string | undefined>(undefined);

  function retirer(d: DocumentMission) {
    setRetrait(d.id);
    void retirerDocumentMission(m.id, d.id)
      .then((mission) => apresChangement(mission, `Le document « ${d.nom} » est retiré de la mission.`))
      .catch((erreur: unknown) => signaler(erreur instanceof Error ? erreur.message : "Le document n'a pas pu être retiré."))
      .finally(() => setRetrait(undefined));
  }

  return (
    <section aria-labelledby="mission-documents" className={fr.cx("fr-mt-6w")}>
      <h2 id="mission-documents">Documents</h2>
      {documents.length === 0 ? (
        <p>Aucun document joint à la mission.</p>
      ) : (
        <ul>
          {documents.map((d) => (
            <li key={d.id} className={fr.cx("fr-mb-2w")}>
              {/* Served by the API with the session cookie: a plain link, which the browser downloads. */}
              <a className={fr.cx("fr-link", "fr-link--download")} href={urlDocumentMission(m.id, d.id)} download={d.nom}>
                {LIBELLES_TYPE_DOCUMENT_MISSION[d.type] ?? d.type} : {d.nom}
                <span className={fr.cx("fr-link__detail")}>
                  {detailFichier(d.typeMime, d.taille)}, ajouté le {formaterJour(d.ajouteLe)}
                </span>
              </a>
              {gerer && (
                <Button
                  className={fr.cx("fr-ml-2w")}
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  disabled={retrait !== undefined}
                  onClick={() =>
                    confirmation.demander({
                      titre: "Retirer ce document ?",
                      texte: <p>Le fichier « {d.nom} » sera supprimé de la mission. Pour le joindre de nouveau, il faudra le déposer une autre fois.</p>,
                      bouton: "Retirer le document",
                      action: () => retirer(d),
                    })
                  }
                >
                  Retirer<span className={fr.cx("fr-sr-only")}> le document « {d.nom} »</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {gerer && <NouveauDocument missionId={m.id} apresChangement={apresChangement} />}
      {gerer && confirmation.element}
    </section>
  );
}

/** A file too big, said with its size and what to do (a proxy's 413 has no field error of its own). */
function preciserErreur(erreur: unknown, fichier: File): unknown {
  if (!(erreur instanceof ErreurApi) || erreur.statut !== 413) return erreur;
  const message = erreur.probleme.erreurs?.find((e) => e.champ === "fichier")?.message ?? "le fichier est trop volumineux";
  return erreurDeChamp("fichier", `${message} (il fait ${formaterTaille(fichier.size)}) : réduisez-le, par exemple en l'enregistrant en PDF compressé, ou découpez-le`);
}

function NouveauDocument({ missionId, apresChangement }: { missionId: string; apresChangement: Props["apresChangement"] }) {
  const [fichier, setFichier] = useState<File | undefined>(undefined);
  const [type, setType] = useState<TypeDocumentMission | "">("");
  // Bumped after a file is sent: the file field starts empty again.
  const [envois, setEnvois] = useState(0);
  const formulaire = useFormulaire(IDS);
  const erreurFichier = formulaire.champs.fichier ?? formulaire.champs.nom;

  function soumettre() {
    void formulaire.envoyer(async () => {
      const manquants = [
        ...(fichier === undefined ? [{ champ: "fichier", message: "choisissez le fichier à joindre" }] : []),
        ...(type === "" ? [{ champ: "type", message: "choisissez le type du document" }] : []),
      ];
      // Every missing field at once, in the shape of the API's field errors.
      if (fichier === undefined || type === "") throw new ErreurApi({ ...erreurDeChamp(manquants[0]!.champ, manquants[0]!.message).probleme, erreurs: manquants });
      let mission: VueMission;
      try {
        mission = await joindreDocumentMission(missionId, fichier, type);
      } catch (erreur) {
        throw preciserErreur(erreur, fichier);
      }
      apresChangement(mission, `Le document « ${fichier.name} » est joint à la mission.`);
      setFichier(undefined);
      setType("");
      setEnvois((n) => n + 1);
    }, "Le document n'a pas pu être joint.");
  }

  return (
    <section aria-labelledby={`${ID}-titre`} className={fr.cx("fr-mt-4w")}>
      <h3 id={`${ID}-titre`}>Joindre un document</h3>
      <Formulaire etat={formulaire} titreErreur="Le document n'a pas pu être joint" titreId={`${ID}-titre`} bouton="Joindre le document" soumettre={soumettre}>
        <Upload
          key={envois}
          className={fr.cx("fr-mb-3w")}
          label="Fichier"
          hint="Formats acceptés : PDF ou Word (DOCX). Le format est vérifié d'après le contenu du fichier, quel que soit son nom."
          state={erreurFichier === undefined ? "default" : "error"}
          stateRelatedMessage={erreurFichier}
          nativeInputProps={{
            id: IDS.fichier,
            accept: FORMATS,
            "aria-invalid": erreurFichier === undefined ? undefined : true,
            onChange: (e) => setFichier(e.currentTarget.files?.[0]),
          }}
        />
        <ChampChoix id={IDS.type} label="Type de document" erreur={formulaire.champs.type} valeur={type} changer={(v) => setType(v as TypeDocumentMission | "")}>
          <Options vide="Choisir le type du document" options={OPTIONS_TYPE} />
        </ChampChoix>
      </Formulaire>
    </section>
  );
}
