import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { type RefObject, useState } from "react";
import type { Totaux } from "../../api";
import { pluriel } from "../../components/format";
import { type Message, ZoneMessage } from "../../components/ZoneMessage";

type Props = {
  totaux: Totaux;
  /** The mapping was changed since the report: importing now would not write what it shows. */
  modifiee: boolean;
  /** This report was imported already. */
  importe: boolean;
  occupe: boolean;
  importer: (lignesAccepteesSeulement: boolean) => void;
  message: { message: Message | undefined; zone: RefObject<HTMLDivElement | null> };
};

/** What pressing « Importer » would do, or why it cannot be pressed. */
function raison({ totaux, modifiee, importe }: Pick<Props, "totaux" | "modifiee" | "importe">, seulementAcceptees: boolean): { possible: boolean; texte: string } {
  if (importe) return { possible: false, texte: "Ce fichier est importé. Choisissez un autre fichier, ou relancez la simulation pour le vérifier." };
  if (modifiee) return { possible: false, texte: "La correspondance des colonnes a changé : relancez la simulation avant d'importer." };
  const aEcrire = totaux.creation + totaux.mise_a_jour;
  if (aEcrire === 0) return { possible: false, texte: "Rien à importer : aucune ligne ne crée ni ne met à jour de profil." };
  if (totaux.rejete > 0 && !seulementAcceptees) {
    return {
      possible: false,
      texte: `${pluriel(totaux.rejete, "ligne rejetée", "lignes rejetées")} : rien n'est importé tant qu'une ligne est rejetée. Corrigez le fichier, ou cochez « Importer seulement les lignes acceptées ».`,
    };
  }
  const crees = pluriel(totaux.creation, "profil créé", "profils créés");
  const mis = pluriel(totaux.mise_a_jour, "profil mis à jour", "profils mis à jour");
  return { possible: true, texte: `L'import écrira en une fois : ${crees}, ${mis}.` };
}

/** « Importer », all or nothing unless the user keeps only the accepted lines; then its outcome. */
export function ImportValidation(props: Props) {
  const { totaux, occupe, importer, message } = props;
  const [seulementAcceptees, setSeulementAcceptees] = useState(false);
  const { possible, texte } = raison(props, seulementAcceptees);
  return (
    <section aria-labelledby="vivier-import-titre-validation" className={fr.cx("fr-mb-6w")}>
      <h2 id="vivier-import-titre-validation">Importer</h2>
      {totaux.rejete > 0 && (
        <Checkbox
          options={[
            {
              label: "Importer seulement les lignes acceptées",
              hintText: "Les lignes rejetées sont laissées de côté ; les autres sont importées.",
              nativeInputProps: { checked: seulementAcceptees, onChange: (e) => setSeulementAcceptees(e.currentTarget.checked) },
            },
          ]}
        />
      )}
      <p id="vivier-import-raison">{texte}</p>
      <Button
        className={fr.cx("fr-mb-3w")}
        iconId="fr-icon-upload-line"
        disabled={!possible || occupe}
        onClick={() => importer(totaux.rejete > 0 && seulementAcceptees)}
        nativeButtonProps={{ "aria-describedby": "vivier-import-raison" }}
      >
        Importer
      </Button>
      <ZoneMessage message={message.message} zone={message.zone} />
    </section>
  );
}
