/**
 * The partnership convention between the collectivité and an operator (annex 1 of the note) and
 * its financial annex: the parties and their presentation, the programme, its beneficiary and its
 * contractual document, the actions and how they are carried out, what the collectivité's experts
 * do and how they are mobilised, the donor's clauses, the technical end, the steering committee, and the annex's lines (fees paid to
 * the collectivité, management costs, the expert's complement of remuneration), which the user
 * adds and removes, with the totals by nature.
 *
 * The form renders its own « Enregistrer les données » button (CadreDonnees), as the cumul form
 * does; its <form> has the id `idFormulaire`. Each input's id is `idFormulaire` followed by its
 * path in the data; a line's fields are named by the line's `cle`, which the API's rank
 * (`annexeFinanciere.lignes.1.montant`) is turned into (conventionPartenariat.ts).
 */
import { fr } from "@codegouvfr/react-dsfr";
import { ListeRepetable } from "../../../components/ListeRepetable";
import { CadreDonnees, Champ, ChampDecrit, Groupe, GroupePartie, type FormulaireDonnees, useFormulaireDonnees } from "./ChampsDonnees";
import {
  type ChampLigne,
  CHAMPS_DE_LIGNE,
  cheminLigne,
  LIGNES,
  type LigneSaisie,
  modeleConventionPartenariat,
  nouvelleLigne,
  totauxParNature,
} from "./conventionPartenariat";
import { LIBELLES_NATURE_LIGNE_FINANCIERE } from "./libelles-donnees";
import { etiquette } from "./saisieDonnees";
import type { ProprietesFormulaireDonnees } from "./types";

// The domain's limit (convention-partenariat-donnees.ts, LIGNES_MAX).
const LIGNES_MAX = 50;
const NATURES = Object.entries(LIBELLES_NATURE_LIGNE_FINANCIERE);
const euros = (n: number) => n.toLocaleString("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(n) ? 0 : 2 });

/** One field of a line: its label says which line to screen readers, which may reach it without the legend. */
function ChampLigneAnnexe({ f, ligne, numero, champ, changer }: { f: FormulaireDonnees; ligne: LigneSaisie; numero: number; champ: ChampLigne; changer: (patch: Partial<LigneSaisie>) => void }) {
  const description = CHAMPS_DE_LIGNE[champ]!;
  const chemin = cheminLigne(ligne.cle, champ);
  const label = (
    <>
      {etiquette(description)}
      <span className={fr.cx("fr-sr-only")}>{` de la ligne ${numero}`}</span>
    </>
  );
  return (
    <ChampDecrit
      lien={{ id: f.id(chemin), description, label, valeur: ligne[champ], erreur: f.erreur(chemin), changer: (valeur) => changer({ [champ]: valeur }) }}
      options={NATURES}
      enLigne={champ !== "nature"}
      aide={champ === "montant" ? "En euros, par exemple 4 500 ; 0 pour un partenariat à titre gracieux." : undefined}
    />
  );
}

export function FormulaireConventionPartenariat(p: ProprietesFormulaireDonnees) {
  const f = useFormulaireDonnees(p, modeleConventionPartenariat);
  const { lignes } = f.saisie;
  const changerLignes = (nouvelles: LigneSaisie[]) => f.setSaisie((s) => ({ ...s, lignes: nouvelles }));
  const totaux = totauxParNature(lignes);
  return (
    <CadreDonnees f={f} type="convention_partenariat" titre="Convention de partenariat avec un opérateur (annexe 1 et annexe financière)">
      <GroupePartie f={f} chemin="collectivite" legende="La collectivité" />
      <GroupePartie f={f} chemin="operateur" legende="L'opérateur" />

      <Groupe f={f} legende="L'exposé préalable">
        <Champ f={f} chemin="presentationParties" aide="« Il est préalablement exposé » : qui sont les parties et ce qui les réunit, un paragraphe par partie." />
      </Groupe>

      <Groupe f={f} legende="Le programme">
        <Champ f={f} chemin="programme" />
        <Champ f={f} chemin="beneficiaire" aide="Les institutions ou les territoires qui bénéficient du programme." />
        <Champ f={f} chemin="documentContractuel" aide="Par exemple : le cadre logique annexé à la convention de financement." />
        <Champ f={f} chemin="actions" aide="Une action par ligne." />
        <Champ f={f} chemin="modalites" aide="Comment les experts de la collectivité sont mobilisés." />
        <Champ f={f} chemin="joursExpertsPrevus" enLigne aide="Par demi-journées : 60, 12,5…" />
        <Champ f={f} chemin="dateFin" enLigne />
      </Groupe>

      <Groupe f={f} legende="Les experts de la collectivité">
        <Champ f={f} chemin="expertiseInterne" aide="Les actions qui leur sont confiées, le nombre d'experts ou de jours-experts souhaités (article 3)." />
        <Champ f={f} chemin="outilsNumeriques" aide="En langue française (article 3)." />
        <Champ
          f={f}
          chemin="missionsCourtesSurTempsDeService"
          aide="Oui : les missions de moins de 6 jours ouvrés se font sur le temps de service, sous ordre de mission ; non : en dehors, en cumul d'activités (article 4)."
        />
        <Champ f={f} chemin="clausesDuBailleur" aide="Oui : le contrat avec le bailleur régit la propriété intellectuelle et la communication (article 8)." />
      </Groupe>

      <Groupe f={f} legende="Le comité de pilotage">
        <Champ f={f} chemin="reunionsComiteParAn" aide="Au moins une par an, douze au plus." />
      </Groupe>

      <ListeRepetable
        description={{
          id: f.id(LIGNES),
          titre: "Annexe financière",
          aide: "Les honoraires versés à la collectivité (rémunération, primes, cotisations, frais et sujétions de l'agent), les frais de gestion, le complément de rémunération de l'expert : une ligne par montant.",
          entree: "Ligne",
          une: "une ligne",
          la: "la ligne",
          feminin: true,
          aucune: "Aucune ligne : l'annexe financière en demande au moins une, celle des honoraires (0 € pour un partenariat à titre gracieux).",
          max: LIGNES_MAX,
        }}
        entrees={lignes}
        changer={changerLignes}
        nouvelle={nouvelleLigne}
        idPremierChamp={(l) => f.id(cheminLigne(l.cle, "nature"))}
        idFieldset={(l) => f.id(`${LIGNES}.c${l.cle}`)}
        erreur={f.erreur(LIGNES)}
      >
        {(ligne, numero, changer) =>
          (["nature", "libelle", "montant"] as const).map((champ) => <ChampLigneAnnexe key={champ} f={f} ligne={ligne} numero={numero} champ={champ} changer={changer} />)
        }
      </ListeRepetable>

      {Object.keys(totaux).length > 0 && (
        <>
          <p className={fr.cx("fr-mt-3w", "fr-mb-1w")}>Totaux de l'annexe financière :</p>
          <ul className={fr.cx("fr-mb-3w")}>
            {NATURES.filter(([nature]) => totaux[nature] !== undefined).map(([nature, libelle]) => (
              <li key={nature}>
                {libelle} : {euros(totaux[nature]!)}
              </li>
            ))}
          </ul>
        </>
      )}
    </CadreDonnees>
  );
}
