import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useEffect, useState } from "react";
import { declencherEvenementProcedure, ErreurApi, type EvenementPossibleProcedure, type Procedure } from "../../api";
import { ChampTexteLong } from "../../components/Champs";
import { erreurDeChamp, phrase } from "../../components/formulaire";
import { majuscule } from "../missions/libelles";
import { FormulaireDonnees } from "./donnees";
import { type ApresEvenement, phraseApres } from "./saisie-evenement";

const ID = "procedure-avenant";
const ID_MOTIF = `${ID}-motif`;

const SUITE_MISE_A_DISPOSITION =
  "Les termes en vigueur sont repris ci-dessous : modifiez ce que l'avenant change (pour un renouvellement, les dates). L'agent donne ensuite son accord écrit, puis l'autorité signe l'avenant et prend le nouvel arrêté.";
const SUITE_CONVENTION =
  "Les termes en vigueur sont repris ci-dessous : modifiez ce que l'avenant signé des deux parties change (la date d'achèvement, l'annexe financière…). Enregistré, l'avenant fait de ces termes ceux de la convention ; la convention signée reste lisible telle quelle.";

type Props = { p: Procedure; action: EvenementPossibleProcedure; apres: ApresEvenement; fermer: () => void };

/**
 * An avenant to a convention: its reason, then the convention's form prefilled with the terms in
 * force, to amend (new dates for a renewal…), sent as `saisie.convention`. For a mise à
 * disposition the amended terms go to the agent and become the terms once the agent agreed and
 * the new arrêté is taken; for a partnership convention, the avenant is signed by both parties
 * before it is recorded, and its terms apply at once. The terms' errors show under their field,
 * the reason's under it.
 */
export function FormulaireAvenant({ p, action, apres, fermer }: Props) {
  const [motif, setMotif] = useState("");
  const [erreurMotif, setErreurMotif] = useState<string | undefined>(undefined);
  const [erreurs, setErreurs] = useState<{ champ: string; message: string }[]>([]);
  const titreId = `${ID}-titre`;

  useEffect(() => {
    document.getElementById(ID_MOTIF)?.focus();
  }, []);

  async function soumettre(termes: Record<string, unknown>) {
    setErreurMotif(undefined);
    const texte = motif.trim();
    if (action.motifObligatoire && texte === "") {
      const message = "Indiquez le motif de l'avenant.";
      setErreurMotif(message);
      window.setTimeout(() => document.getElementById(ID_MOTIF)?.focus(), 0);
      throw erreurDeChamp("motif", "indiquez le motif de l'avenant, au-dessus du formulaire");
    }
    try {
      const r = await declencherEvenementProcedure(p.id, { evenement: action.evenement, ...(texte === "" ? {} : { motif: texte }), saisie: { convention: termes } });
      apres(r, phraseApres(p, r, action.libelle));
    } catch (erreur) {
      if (erreur instanceof ErreurApi) {
        const surMotif = erreur.probleme.erreurs?.find((e) => e.champ === "motif");
        if (surMotif !== undefined) setErreurMotif(phrase(surMotif.message));
        // The terms' errors, by their path in the convention (with or without the input's name before it).
        setErreurs((erreur.probleme.erreurs ?? []).filter((e) => e.champ !== "motif").map((e) => ({ ...e, champ: e.champ.replace(/^convention\./, "") })));
      }
      throw erreur;
    }
  }

  return (
    <section aria-labelledby={titreId} className={fr.cx("fr-mb-4w", "fr-p-3w")} style={{ background: "var(--background-alt-grey)" }}>
      <h3 id={titreId} className={fr.cx("fr-h5")}>
        {majuscule(action.libelle)}
      </h3>
      <p>{p.type === "mise_a_disposition" ? SUITE_MISE_A_DISPOSITION : SUITE_CONVENTION}</p>
      <ChampTexteLong
        id={ID_MOTIF}
        label="Motif de l'avenant"
        hintText="Obligatoire. Il est gardé dans l'historique et communiqué à l'agent."
        erreur={erreurMotif}
        valeur={motif}
        changer={setMotif}
        maxLength={2000}
        rows={3}
        required
      />
      <FormulaireDonnees type={p.type} donnees={p.donnees} enregistrer={soumettre} erreurs={erreurs} idFormulaire={ID} />
      <Button className={fr.cx("fr-mt-2w")} type="button" priority="tertiary" onClick={fermer}>
        Annuler l'avenant
      </Button>
    </section>
  );
}
