import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type FormEvent, useState } from "react";
import {
  LIBELLES_CATEGORIE_COLLECTIVITE,
  LIBELLES_TYPE_ORGANISATION,
  TYPES_ORGANISATION,
  type TypeOrganisation,
} from "../api";

export type Criteres = { q: string; type: TypeOrganisation | ""; categorie: string };

type Props = { initiaux: Criteres; onRechercher: (criteres: Criteres) => void };

/**
 * The search form. Its fields start from the URL and follow it when it changes from elsewhere
 * (back button, a link), so fields and results always agree. It is not remounted for that: the
 * focus stays on the button the user just pressed.
 */
export function FormulaireRechercheOrganisations({ initiaux, onRechercher }: Props) {
  const [criteres, setCriteres] = useState(initiaux);
  const cle = `${initiaux.q}|${initiaux.type}|${initiaux.categorie}`;
  const [clePrecedente, setClePrecedente] = useState(cle);
  if (cle !== clePrecedente) {
    // React's "adjust state when a prop changes" pattern: no effect, no extra paint.
    setClePrecedente(cle);
    setCriteres(initiaux);
  }

  function soumettre(evenement: FormEvent<HTMLFormElement>) {
    evenement.preventDefault();
    onRechercher({ ...criteres, q: criteres.q.trim() });
  }

  return (
    <form role="search" aria-label="Rechercher dans l'annuaire" onSubmit={soumettre}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Input
            label="Rechercher une collectivité ou une organisation"
            hintText="Nom, code INSEE ou SIREN. Par exemple : Lyon, 69123 ou 200046977."
            nativeInputProps={{
              type: "search",
              name: "q",
              value: criteres.q,
              onChange: (e) => setCriteres({ ...criteres, q: e.target.value }),
              autoComplete: "off",
              maxLength: 200,
            }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-md-3")}>
          <Select
            label="Type d'organisation"
            nativeSelectProps={{
              name: "type",
              value: criteres.type,
              onChange: (e) => {
                const type = e.target.value as TypeOrganisation | "";
                // A category only narrows collectivités: drop it when another type is chosen.
                setCriteres({ ...criteres, type, categorie: type === "collectivite" ? criteres.categorie : "" });
              },
            }}
          >
            <option value="">Tous les types</option>
            {TYPES_ORGANISATION.filter((t) => t !== "plateforme").map((t) => (
              <option key={t} value={t}>
                {LIBELLES_TYPE_ORGANISATION[t]}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-md-3")}>
          <Select
            label="Catégorie de collectivité"
            nativeSelectProps={{
              name: "categorie",
              value: criteres.categorie,
              onChange: (e) =>
                setCriteres({
                  ...criteres,
                  categorie: e.target.value,
                  type: e.target.value === "" ? criteres.type : "collectivite",
                }),
            }}
          >
            <option value="">Toutes les catégories</option>
            {Object.entries(LIBELLES_CATEGORIE_COLLECTIVITE).map(([code, libelle]) => (
              <option key={code} value={code}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className={fr.cx("fr-mt-2w")}>
        <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
          Rechercher
        </Button>
      </div>
    </form>
  );
}
