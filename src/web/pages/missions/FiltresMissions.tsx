import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { BoutonsFiltres } from "../../components/BoutonsFiltres";
import { ChampChoix } from "../../components/Champs";
import { OptionsThesaurus } from "../vivier/ChampsProfilEntrees";
import type { Referentiels } from "../vivier/FormulaireProfilReferentiels";
import { aDesFiltres, type CriteresRecherche, versParams } from "./criteres";
import { ETATS_MISSION, LIBELLES_ETAT_MISSION, LIBELLES_SOURCE_MISSION, SOURCES_MISSION } from "./libelles";

type Props = {
  criteres: CriteresRecherche;
  referentiels: Referentiels | undefined;
  /** A change of the form; `appliquer`: search at once (a ticked box), else wait for the button (a choice in a list). */
  changer: (criteres: CriteresRecherche, appliquer: boolean) => void;
  soumettre: () => void;
};

/** Ticked or not, a value of a list of codes. */
const basculer = <T extends string>(liste: T[], valeur: T, cochee: boolean): T[] => (cochee ? [...liste, valeur] : liste.filter((v) => v !== valeur));

/**
 * The filters, beside the results. Boxes search as soon as they change (focus stays on them; the
 * number of missions found is announced); a choice in a list waits for the button, so that moving
 * through its options with the keyboard changes nothing (RGAA 7.5).
 */
export function FiltresMissions({ criteres, referentiels, changer, soumettre }: Props) {
  const sansFiltres = `?${versParams({ ...criteres, etats: [], sources: [], pays: "", domaine: "" }).toString()}`;
  return (
    <form
      aria-labelledby="missions-titre-filtres"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        soumettre();
      }}
    >
      <h2 id="missions-titre-filtres" className={fr.cx("fr-h4")}>
        Filtrer les missions
      </h2>
      <Checkbox
        small
        legend="État"
        hintText="L'un au moins des états cochés. Les brouillons ne sont visibles que de leur organisation."
        options={ETATS_MISSION.map((etat) => ({
          label: LIBELLES_ETAT_MISSION[etat],
          nativeInputProps: {
            name: "etat",
            value: etat,
            checked: criteres.etats.includes(etat),
            onChange: (e) => changer({ ...criteres, etats: basculer(criteres.etats, etat, e.target.checked) }, true),
          },
        }))}
      />
      <Checkbox
        small
        legend="Origine du besoin"
        options={SOURCES_MISSION.map((source) => ({
          label: LIBELLES_SOURCE_MISSION[source],
          nativeInputProps: {
            name: "source",
            value: source,
            checked: criteres.sources.includes(source),
            onChange: (e) => changer({ ...criteres, sources: basculer(criteres.sources, source, e.target.checked) }, true),
          },
        }))}
      />
      <ChampChoix id="missions-filtre-pays" label="Pays" valeur={criteres.pays} changer={(pays) => changer({ ...criteres, pays }, false)}>
        <option value="">Tous les pays</option>
        {referentiels?.pays.map((p) => (
          <option key={p.code} value={p.code}>
            {p.nom}
          </option>
        ))}
      </ChampChoix>
      <ChampChoix
        id="missions-filtre-domaine"
        label="Domaine d'expertise"
        valeur={criteres.domaine}
        changer={(domaine) => changer({ ...criteres, domaine }, false)}
      >
        {referentiels === undefined ? <option value="">Tous les domaines</option> : <OptionsThesaurus thesaurus={referentiels.thesaurus} vide="Tous les domaines" requis={false} />}
      </ChampChoix>
      <BoutonsFiltres sansFiltres={aDesFiltres(criteres) ? sansFiltres : undefined} />
    </form>
  );
}
