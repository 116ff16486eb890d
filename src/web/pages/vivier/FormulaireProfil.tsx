import { fr } from "@codegouvfr/react-dsfr";
import { type ComponentType, type InputHTMLAttributes, type ReactNode, useState } from "react";
import type { SaisieProfil } from "../../api";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ChampChoix, ChampSaisie } from "../../components/Champs";
import { Formulaire, useFormulaire } from "../../components/formulaire";
import { ChampsListe } from "./ChampsListe";
import { CHAMPS_ENTREE, Options, type PropsEntree } from "./ChampsProfilEntrees";
import { type Referentiels, useReferentielsProfil } from "./FormulaireProfilReferentiels";
import {
  CATEGORIES,
  champEntree,
  CHAMPS_SIMPLES,
  type ChampSimple,
  idChamp,
  idsDesChamps,
  libelleDuChamp,
  type Entree,
  type Liste,
  LISTES_DANS_L_ORDRE,
  preciserErreurs,
  type SaisieFormulaireProfil,
  versSaisieProfil,
} from "./FormulaireProfilSaisie";
import { ResumeErreurs } from "../../components/ResumeErreurs";
import { LIBELLES_POSITION } from "./libelles";

type Props = {
  /** The form as it opens: empty for a new profile, the profile's values for a change. */
  initiale: SaisieFormulaireProfil;
  bouton: string;
  /** The title of the alert when the API refuses, and what to say when the failure is not the API's. */
  titreErreur: string;
  echec: string;
  /** Sends the profile (and goes on, e.g. to its page); throws what the API call threw. */
  enregistrer: (saisie: SaisieProfil) => Promise<void>;
  /** Saving a change confirms the profile: said beside the button. */
  confirmeLeProfil?: boolean;
};

/**
 * The profile of an agent in the pool, to create (HR) or to change (HR or the agent). The reference
 * lists (thesaurus, languages, countries) are read first: without them no choice could be offered.
 */
export function FormulaireProfil(props: Props) {
  const referentiels = useReferentielsProfil();
  if (referentiels.etat === "chargement") return <p role="status">Chargement du formulaire…</p>;
  if (referentiels.etat === "erreur") return <AlerteErreur erreur={referentiels.erreur} titre="Le formulaire n'a pas pu être chargé" />;
  return <Champs {...props} referentiels={referentiels.donnees} />;
}

/** The optional fields: their labels say so, as the form's mention announces. */
const FACULTATIFS = new Set<ChampSimple>(["telephone", "numeroAgent", "grade", "cadreEmplois", "categorie", "metier", "joursParAn", "dateNaissance", "dateRetraitePrevue"]);

const Colonne = ({ children }: { children: ReactNode }) => <div className={fr.cx("fr-col-12", "fr-col-md-6")}>{children}</div>;
const Ligne = ({ children }: { children: ReactNode }) => <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>{children}</div>;

function Champs({ initiale, bouton, titreErreur, echec, enregistrer, confirmeLeProfil = false, referentiels }: Props & { referentiels: Referentiels }) {
  const [saisie, setSaisie] = useState(initiale);
  const ids = idsDesChamps(saisie);
  const formulaire = useFormulaire(ids);
  const erreurs: Partial<Record<string, string>> = formulaire.champs;
  const maj = (patch: Partial<SaisieFormulaireProfil>) => setSaisie((s) => ({ ...s, ...patch }));

  function soumettre() {
    // The errors are read against the form as it was sent, whatever is typed meanwhile.
    const envoyee = saisie;
    void formulaire.envoyer(async () => {
      try {
        await enregistrer(versSaisieProfil(envoyee));
      } catch (erreur) {
        throw preciserErreurs(erreur, envoyee);
      }
    }, echec);
  }

  /** A text field of the profile itself (not of a list). */
  const texte = (champ: Exclude<ChampSimple, "position" | "categorie">, natif: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> & { hintText?: ReactNode } = {}) => (
    <ChampSaisie
      id={idChamp(champ)}
      label={`${CHAMPS_SIMPLES[champ]}${FACULTATIFS.has(champ) ? " (facultatif)" : ""}`}
      erreur={erreurs[champ]}
      valeur={saisie[champ]}
      changer={(valeur) => maj({ [champ]: valeur })}
      required={!FACULTATIFS.has(champ)}
      {...natif}
    />
  );

  return (
    <>
      <ResumeErreurs erreurs={erreurs} ids={ids} libelle={(champ) => libelleDuChamp(champ, saisie)} />
      <Formulaire
        etat={formulaire}
        titreErreur={titreErreur}
        mention="Les champs sans mention « facultatif » sont obligatoires."
        bouton={bouton}
        soumettre={soumettre}
      >
        <h2>Identité et contact</h2>
        <Ligne>
          <Colonne>{texte("prenom", { autoComplete: "off", maxLength: 100 })}</Colonne>
          <Colonne>{texte("nom", { autoComplete: "off", maxLength: 100 })}</Colonne>
          <Colonne>
            {texte("courriel", {
              type: "email",
              autoComplete: "off",
              spellCheck: false,
              maxLength: 254,
              hintText: "Format attendu : nom@domaine.fr. Celle où l'agent reçoit le lien pour reprendre son profil.",
            })}
          </Colonne>
          <Colonne>
            {texte("telephone", { type: "tel", autoComplete: "off", maxLength: 25, hintText: "Par exemple : 04 77 48 77 48. Visible seulement de l'agent et de son employeur." })}
          </Colonne>
          <Colonne>{texte("numeroAgent", { autoComplete: "off", maxLength: 50, hintText: "Le matricule chez l'employeur. Visible seulement de l'agent et de son employeur." })}</Colonne>
        </Ligne>

        <h2 className={fr.cx("fr-mt-5w")}>Situation statutaire</h2>
        <Ligne>
          <Colonne>
            <ChampChoix
              id={idChamp("position")}
              label={CHAMPS_SIMPLES.position}
              erreur={erreurs.position}
              valeur={saisie.position}
              changer={(position) => maj({ position })}
              required
            >
              <Options vide="Choisir une position" options={Object.entries(LIBELLES_POSITION)} />
            </ChampChoix>
          </Colonne>
          <Colonne>
            <ChampChoix
              id={idChamp("categorie")}
              label={`${CHAMPS_SIMPLES.categorie} (facultatif)`}
              hintText="Catégorie hiérarchique de la fonction publique."
              erreur={erreurs.categorie}
              valeur={saisie.categorie}
              changer={(categorie) => maj({ categorie })}
            >
              <Options vide="Non précisée" requis={false} options={CATEGORIES.map((c) => [c, `Catégorie ${c}`])} />
            </ChampChoix>
          </Colonne>
          <Colonne>{texte("grade", { maxLength: 150, hintText: "Par exemple : ingénieur principal." })}</Colonne>
          <Colonne>{texte("cadreEmplois", { maxLength: 150, hintText: "Par exemple : ingénieurs territoriaux." })}</Colonne>
          <Colonne>{texte("metier", { maxLength: 150, hintText: "Par exemple : ingénieure eau et assainissement." })}</Colonne>
        </Ligne>

        {LISTES_DANS_L_ORDRE.map((liste) => (
          <ListeDuProfil key={liste} liste={liste} saisie={saisie} maj={maj} erreurs={erreurs} referentiels={referentiels} />
        ))}
        <div className={fr.cx("fr-mt-4w")}>
          {texte("joursParAn", {
            type: "number",
            inputMode: "decimal",
            min: 0,
            max: 220,
            step: 0.5,
            hintText: "Le nombre de jours de mission que l'employeur accorde chaque année, par demi-journées : 10, 12,5…",
          })}
        </div>

        <h2 className={fr.cx("fr-mt-5w")}>Âge et retraite</h2>
        <p className={fr.cx("fr-hint-text")}>
          Visibles seulement de l'agent et de son employeur. La date de naissance sert à rappeler la limite d'âge des contrats de droit public.
        </p>
        <Ligne>
          <Colonne>{texte("dateNaissance", { type: "date", autoComplete: "off" })}</Colonne>
          <Colonne>{texte("dateRetraitePrevue", { type: "date" })}</Colonne>
        </Ligne>

        {confirmeLeProfil && (
          <p className={fr.cx("fr-hint-text", "fr-mt-3w")}>
            Enregistrer le profil le confirme aussi à jour : la date de confirmation devient celle d'aujourd'hui.
          </p>
        )}
      </Formulaire>
    </>
  );
}

type PropsListe<L extends Liste> = {
  liste: L;
  saisie: SaisieFormulaireProfil;
  maj: (patch: Partial<SaisieFormulaireProfil>) => void;
  erreurs: Partial<Record<string, string>>;
  referentiels: Referentiels;
};

/** One list of the profile, each entry with its fields; the form names entries by their `cle` (see FormulaireProfilSaisie). */
function ListeDuProfil<L extends Liste>({ liste, saisie, maj, erreurs, referentiels }: PropsListe<L>) {
  // TypeScript cannot follow L from the list to its entries' component: the table says it.
  const ChampsEntree = CHAMPS_ENTREE[liste] as ComponentType<PropsEntree<Entree<L>>>;
  return (
    <ChampsListe liste={liste} entrees={saisie[liste] as Entree<L>[]} changer={(entrees) => maj({ [liste]: entrees })} erreur={erreurs[liste]}>
      {(entree, numero, changer) => (
        <ChampsEntree
          entree={entree}
          numero={numero}
          erreur={(champ) => erreurs[champEntree(liste, entree.cle, champ)]}
          changer={changer}
          referentiels={referentiels}
        />
      )}
    </ChampsListe>
  );
}
