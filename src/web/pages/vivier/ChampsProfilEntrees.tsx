import { fr } from "@codegouvfr/react-dsfr";
import type { ComponentType, ReactNode } from "react";
import type { Thesaurus } from "../../api";
import { ChampChoix, ChampSaisie, ChampTexteLong } from "../../components/Champs";
import type { Referentiels } from "./FormulaireProfilReferentiels";
import {
  type DomaineSaisi,
  type Entree,
  idEntree,
  type LangueSaisie,
  type Liste,
  type MissionSaisie,
  type PaysSaisi,
  type PeriodeSaisie,
  type RegionSaisie,
} from "./FormulaireProfilSaisie";
import { LIBELLES_NIVEAU_CECRL, LIBELLES_NIVEAU_EXPERTISE, NIVEAUX_CECRL } from "./libelles";

/**
 * The fields of one entry of each list of the profile form (see ChampsListe, which frames them).
 * Labels are short on screen, the legend saying which entry; screen readers, which may reach a
 * field without its legend (list of form fields), hear the entry's name and number too.
 */

export type PropsEntree<T> = {
  entree: T;
  numero: number;
  /** The message of one of the entry's fields, by its name in the entry. */
  erreur: (champ: string) => string | undefined;
  changer: (patch: Partial<T>) => void;
  referentiels: Referentiels;
};

/**
 * What ties an input to one field of the entry: its id, its message, its value and how it
 * changes, for ChampSaisie and ChampChoix (spread: `{...champ("debut")}`).
 */
function lier<T extends { cle: number }>(liste: Liste, { entree, erreur, changer }: Pick<PropsEntree<T>, "entree" | "erreur" | "changer">) {
  return (nom: Exclude<keyof T, "cle"> & string) => ({
    id: idEntree(liste, entree.cle, nom),
    erreur: erreur(nom),
    valeur: String(entree[nom]),
    changer: (valeur: string) => changer({ [nom]: valeur } as Partial<T>),
  });
}

/** "Niveau" on screen, "Niveau de la langue 2" for screen readers. */
const libelle = (visible: string, precision: string, facultatif = false): ReactNode => (
  <>
    {visible}
    <span className={fr.cx("fr-sr-only")}>{` ${precision}`}</span>
    {facultatif && " (facultatif)"}
  </>
);

const Element = ({ children, enLigne = false }: { children: ReactNode; enLigne?: boolean }) => (
  <div className={fr.cx("fr-fieldset__element", enLigne && "fr-fieldset__element--inline")}>{children}</div>
);

/** The options of a select: the empty choice first (disabled where a choice is required). */
export function Options({ vide, requis = true, options }: { vide: string; requis?: boolean; options: [code: string, libelle: string][] }) {
  return (
    <>
      <option value="" disabled={requis}>
        {vide}
      </option>
      {options.map(([code, texte]) => (
        <option key={code} value={code}>
          {texte}
        </option>
      ))}
    </>
  );
}

/**
 * The domains of the thesaurus grouped by family, for a native select with optgroups, which
 * keyboards (typing a domain's first letters) and screen readers (the family read with each
 * option) handle. The empty choice first: disabled where a choice is required.
 */
export function OptionsThesaurus({ thesaurus, vide, requis = true }: { thesaurus: Thesaurus; vide: string; requis?: boolean }) {
  return (
    <>
      <option value="" disabled={requis}>
        {vide}
      </option>
      {thesaurus.familles.map((f) => (
        <optgroup key={f.code} label={f.fr}>
          {thesaurus.domaines
            .filter((d) => d.famille === f.code)
            .map((d) => (
              <option key={d.code} value={d.code}>
                {d.fr}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

const optionsPays = (r: Referentiels): [string, string][] => r.pays.map((p) => [p.code, p.nom]);

/** A domain of the thesaurus (grouped by family, see OptionsThesaurus) and the level held. */
export function ChampsDomaine(props: PropsEntree<DomaineSaisi>) {
  const { numero, referentiels } = props;
  const champ = lier("domaines", props);
  return (
    <>
      <Element>
        <ChampChoix {...champ("code")} label={libelle("Domaine", `d'expertise ${numero}`)} hintText="Choisissez dans le thésaurus, classé par familles." required>
          <OptionsThesaurus thesaurus={referentiels.thesaurus} vide="Choisir un domaine" />
        </ChampChoix>
      </Element>
      <Element enLigne>
        <ChampChoix {...champ("niveau")} label={libelle("Niveau", `du domaine d'expertise ${numero}`)} required>
          <Options vide="Choisir un niveau" options={Object.entries(LIBELLES_NIVEAU_EXPERTISE)} />
        </ChampChoix>
      </Element>
      <Element>
        <ChampSaisie
          {...champ("precision")}
          label={libelle("Précision", `sur le domaine d'expertise ${numero}`, true)}
          hintText="L'expérience acquise dans ce domaine, en une ou deux phrases."
          maxLength={500}
        />
      </Element>
    </>
  );
}

export function ChampsLangue(props: PropsEntree<LangueSaisie>) {
  const { numero, referentiels } = props;
  const champ = lier("langues", props);
  return (
    <>
      <Element enLigne>
        <ChampChoix {...champ("code")} label={libelle("Langue", String(numero))} required>
          <Options vide="Choisir une langue" options={referentiels.langues.map((l) => [l.code, l.fr])} />
        </ChampChoix>
      </Element>
      <Element enLigne>
        <ChampChoix {...champ("niveau")} label={libelle("Niveau", `de la langue ${numero}`)} hintText="Cadre européen commun de référence (CECRL)." required>
          <Options vide="Choisir un niveau" options={NIVEAUX_CECRL.map((n) => [n, LIBELLES_NIVEAU_CECRL[n]])} />
        </ChampChoix>
      </Element>
    </>
  );
}

export function ChampsPays(props: PropsEntree<PaysSaisi>) {
  const champ = lier("pays", props);
  return (
    <Element>
      <ChampChoix {...champ("code")} label={libelle("Pays", String(props.numero))} required>
        <Options vide="Choisir un pays" options={optionsPays(props.referentiels)} />
      </ChampChoix>
    </Element>
  );
}

/** A region: its country first (a region's name means little without it), then its name and, if known, its ISO 3166-2 code. */
export function ChampsRegion(props: PropsEntree<RegionSaisie>) {
  const de = `de la région ${props.numero}`;
  const champ = lier("regions", props);
  return (
    <>
      <Element enLigne>
        <ChampChoix {...champ("pays")} label={libelle("Pays", de)} required>
          <Options vide="Choisir un pays" options={optionsPays(props.referentiels)} />
        </ChampChoix>
      </Element>
      <Element enLigne>
        <ChampSaisie {...champ("nom")} label={libelle("Nom", de)} hintText="Par exemple : Dakar, Souss-Massa." maxLength={120} required />
      </Element>
      <Element enLigne>
        <ChampSaisie
          {...champ("code")}
          label={libelle("Code ISO 3166-2", de, true)}
          hintText="Par exemple : SN-DK pour Dakar. Il commence par le code du pays."
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
        />
      </Element>
    </>
  );
}

export function ChampsMission(props: PropsEntree<MissionSaisie>) {
  const de = `de la mission ${props.numero}`;
  const champ = lier("missionsPassees", props);
  return (
    <>
      <Element>
        <ChampSaisie {...champ("intitule")} label={libelle("Intitulé", de)} maxLength={200} required />
      </Element>
      <Element enLigne>
        <ChampChoix {...champ("pays")} label={libelle("Pays", de, true)}>
          <Options vide="Non précisé" requis={false} options={optionsPays(props.referentiels)} />
        </ChampChoix>
      </Element>
      <Element enLigne>
        <ChampSaisie
          {...champ("annee")}
          label={libelle("Année", de, true)}
          hintText="Par exemple : 2024."
          type="number"
          inputMode="numeric"
          min={1960}
          max={2100}
          step={1}
        />
      </Element>
      <Element>
        <ChampSaisie
          {...champ("commanditaire")}
          label={libelle("Commanditaire", de, true)}
          hintText="Expertise France, l'Agence française de développement, une collectivité…"
          maxLength={200}
        />
      </Element>
      <Element>
        <ChampTexteLong {...champ("description")} label={libelle("Description", de, true)} maxLength={2000} rows={3} />
      </Element>
    </>
  );
}

export function ChampsPeriode(props: PropsEntree<PeriodeSaisie>) {
  const de = `de la période ${props.numero}`;
  const champ = lier("disponibilites", props);
  return (
    <>
      <Element enLigne>
        <ChampSaisie {...champ("debut")} label={libelle("Début", de)} hintText="Premier jour disponible." type="date" required />
      </Element>
      <Element enLigne>
        <ChampSaisie {...champ("fin")} label={libelle("Fin", de)} hintText="Dernier jour, compris." type="date" required />
      </Element>
      <Element>
        <ChampSaisie
          {...champ("commentaire")}
          label={libelle("Commentaire", de, true)}
          hintText="Par exemple : « de préférence hors vacances scolaires »."
          maxLength={300}
        />
      </Element>
    </>
  );
}

/** The fields of an entry, for each list. */
export const CHAMPS_ENTREE: { [L in Liste]: ComponentType<PropsEntree<Entree<L>>> } = {
  domaines: ChampsDomaine,
  langues: ChampsLangue,
  pays: ChampsPays,
  regions: ChampsRegion,
  missionsPassees: ChampsMission,
  disponibilites: ChampsPeriode,
};
