import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErreurApi } from "../api";
import { chemins } from "../chemins";
import { useSession } from "../session";

/**
 * For a person with several roles: the one they act with, and a button to switch (a form, not a
 * select that acts on change, so that moving through the options with the keyboard changes
 * nothing — RGAA 7.5 / WCAG 3.2.2). Switching leads to the new role's home page.
 *
 * The DSFR header renders its quick access items twice (desktop bar, phone menu) and gives each
 * copy its own `id`: the select's id derives from it so that the two never clash.
 */
export function SelecteurRole({ id = "selecteur-role" }: { id?: string }) {
  const { appartenances, appartenanceActive, choisirRole } = useSession();
  const navigate = useNavigate();
  const [choix, setChoix] = useState<string | undefined>(undefined);
  const [envoi, setEnvoi] = useState(false);
  const [erreur, setErreur] = useState<string | undefined>(undefined);
  const selection = choix ?? appartenanceActive?.id ?? "";

  async function changer(evenement: FormEvent<HTMLFormElement>) {
    evenement.preventDefault();
    if (selection === "" || selection === appartenanceActive?.id) return;
    setEnvoi(true);
    setErreur(undefined);
    try {
      await choisirRole(selection);
      setChoix(undefined);
      navigate(chemins.accueil);
    } catch (e) {
      setErreur(e instanceof ErreurApi ? e.probleme.detail : "Le rôle n'a pas pu être changé.");
    } finally {
      setEnvoi(false);
    }
  }

  return (
    <form id={id} className="vivier-selecteur-role" onSubmit={changer}>
      <Select
        label="Rôle actif"
        className={fr.cx("fr-mb-0")}
        state={erreur === undefined ? "default" : "error"}
        stateRelatedMessage={erreur}
        nativeSelectProps={{ id: `${id}-select`, value: selection, onChange: (e) => setChoix(e.target.value) }}
      >
        {appartenances.map((a) => (
          <option key={a.id} value={a.id}>
            {a.roleLibelle} — {a.organisation.nom}
          </option>
        ))}
      </Select>
      <Button type="submit" priority="secondary" size="small" disabled={envoi}>
        Changer de rôle
      </Button>
    </form>
  );
}
