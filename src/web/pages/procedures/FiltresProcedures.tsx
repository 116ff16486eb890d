import { fr } from "@codegouvfr/react-dsfr";
import { BoutonsFiltres } from "../../components/BoutonsFiltres";
import { ChampChoix } from "../../components/Champs";
import { aDesFiltres, choisirEtat, choisirType, type CriteresProcedures, valeurEtat, versParams } from "./criteres";
import { ETATS_PROCEDURE, estTypeProcedure, LIBELLES_TYPE_PROCEDURE, TYPES_PROCEDURE } from "./libelles";

type Props = {
  criteres: CriteresProcedures;
  changer: (criteres: CriteresProcedures) => void;
  soumettre: () => void;
};

/**
 * The filters of the list: the procedure, then its state (the states of each procedure under its
 * name; choosing one chooses its procedure). A choice in a list waits for the button, so that
 * moving through its options with the keyboard changes nothing (RGAA 7.5).
 */
export function FiltresProcedures({ criteres, changer, soumettre }: Props) {
  const types = criteres.type === "" ? TYPES_PROCEDURE : [criteres.type];
  // A state without its procedure (a hand-written address) shows under the first procedure that has it.
  const typeDeLEtat = criteres.type === "" ? types.find((t) => Object.hasOwn(ETATS_PROCEDURE[t], criteres.etat)) : criteres.type;
  const etat = criteres.etat === "" || typeDeLEtat === undefined ? "" : valeurEtat(typeDeLEtat, criteres.etat);
  return (
    <form
      aria-labelledby="procedures-titre-filtres"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <h2 id="procedures-titre-filtres" className={fr.cx("fr-h4")}>
        Filtrer les procédures
      </h2>
      <ChampChoix
        id="procedures-filtre-type"
        label="Procédure"
        valeur={criteres.type}
        changer={(v) => changer(choisirType(criteres, estTypeProcedure(v) ? v : ""))}
      >
        <option value="">Toutes les procédures</option>
        {TYPES_PROCEDURE.map((t) => (
          <option key={t} value={t}>
            {LIBELLES_TYPE_PROCEDURE[t]}
          </option>
        ))}
      </ChampChoix>
      <ChampChoix
        id="procedures-filtre-etat"
        label="État"
        hintText={criteres.type === "" ? "Les états de chaque procédure, sous son nom." : undefined}
        valeur={etat}
        changer={(v) => changer(choisirEtat(criteres, v))}
      >
        <option value="">Tous les états</option>
        {types.map((t) => (
          <optgroup key={t} label={LIBELLES_TYPE_PROCEDURE[t]}>
            {Object.entries(ETATS_PROCEDURE[t]).map(([code, libelle]) => (
              <option key={code} value={valeurEtat(t, code)}>
                {libelle}
              </option>
            ))}
          </optgroup>
        ))}
      </ChampChoix>
      <BoutonsFiltres sansFiltres={aDesFiltres(criteres) ? `?${versParams({ type: "", etat: "" }).toString()}` : undefined} />
    </form>
  );
}
