import { fr } from "@codegouvfr/react-dsfr";
import { useState } from "react";
import type { ProjetSaisi, VueProjet } from "../../api";
import { ChampSaisie, ChampTexteLong } from "../../components/Champs";
import { Formulaire, useFormulaire } from "../../components/formulaire";

type Saisie = { intitule: string; programme: string; bailleur: string; description: string };
const IDS = { intitule: "projet-intitule", programme: "projet-programme", bailleur: "projet-bailleur", description: "projet-description" } as const;

export const saisieDuProjet = (p: VueProjet | undefined): Saisie => ({
  intitule: p?.intitule ?? "",
  programme: p?.programme ?? "",
  bailleur: p?.bailleur ?? "",
  description: p?.description ?? "",
});

/** Empty optional fields are not sent: the API keeps nothing for them. */
const versProjetSaisi = (s: Saisie): ProjetSaisi => {
  const facultatif = (v: string) => (v.trim() === "" ? undefined : v.trim());
  return { intitule: s.intitule, programme: facultatif(s.programme), bailleur: facultatif(s.bailleur), description: facultatif(s.description) };
};

type Props = {
  initiale: Saisie;
  bouton: string;
  titreErreur: string;
  echec: string;
  enregistrer: (saisie: ProjetSaisi) => Promise<void>;
};

/** A project (programme) of the organisation: its title, programme, donor and description. */
export function FormulaireProjet({ initiale, bouton, titreErreur, echec, enregistrer }: Props) {
  const [saisie, setSaisie] = useState(initiale);
  const formulaire = useFormulaire(IDS);
  const { champs: erreurs } = formulaire;
  const maj = (patch: Partial<Saisie>) => setSaisie((s) => ({ ...s, ...patch }));
  return (
    <Formulaire
      etat={formulaire}
      titreErreur={titreErreur}
      mention="Les champs sans mention « facultatif » sont obligatoires."
      bouton={bouton}
      soumettre={() => void formulaire.envoyer(() => enregistrer(versProjetSaisi(saisie)), echec)}
    >
      <ChampSaisie
        id={IDS.intitule}
        label="Intitulé du projet"
        hintText="Par exemple : appui à la gouvernance locale de l'eau au Sénégal."
        erreur={erreurs.intitule}
        valeur={saisie.intitule}
        changer={(intitule) => maj({ intitule })}
        maxLength={200}
        required
      />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <ChampSaisie
            id={IDS.programme}
            label="Programme (facultatif)"
            hintText="Par exemple : PAGoDA, Adapt'Action."
            erreur={erreurs.programme}
            valeur={saisie.programme}
            changer={(programme) => maj({ programme })}
            maxLength={200}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <ChampSaisie
            id={IDS.bailleur}
            label="Bailleur de fonds (facultatif)"
            hintText="Par exemple : Union européenne, Agence française de développement."
            erreur={erreurs.bailleur}
            valeur={saisie.bailleur}
            changer={(bailleur) => maj({ bailleur })}
            maxLength={200}
          />
        </div>
      </div>
      <ChampTexteLong
        id={IDS.description}
        label="Description (facultatif)"
        erreur={erreurs.description}
        valeur={saisie.description}
        changer={(description) => maj({ description })}
        maxLength={5000}
        rows={5}
      />
    </Formulaire>
  );
}
