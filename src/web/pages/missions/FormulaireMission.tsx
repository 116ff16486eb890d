import { fr } from "@codegouvfr/react-dsfr";
import { type InputHTMLAttributes, type ReactNode, useState } from "react";
import type { MissionSaisie, SourceMission } from "../../api";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ChampChoix, ChampSaisie, ChampTexteLong } from "../../components/Champs";
import { Formulaire, useFormulaire } from "../../components/formulaire";
import { ListeRepetable } from "../../components/ListeRepetable";
import { ResumeErreurs } from "../../components/ResumeErreurs";
import { LIBELLES_CADRE, LIBELLES_HOTE } from "../simulateur/saisie";
import { Options, OptionsThesaurus } from "../vivier/ChampsProfilEntrees";
import { type Referentiels, useReferentielsProfil } from "../vivier/FormulaireProfilReferentiels";
import { LIBELLES_NIVEAU_CECRL, LIBELLES_NIVEAU_EXPERTISE, NIVEAUX_CECRL } from "../vivier/libelles";
import { ChampsSession } from "../../components/ChampsSession";
import { LIBELLES_SOURCE_MISSION, LIMITES_MISSION, SESSIONS_MAX } from "./libelles";
import {
  CHAMPS_SIMPLES,
  type ChampSimple,
  champEntree,
  idChamp,
  idEntree,
  idListe,
  idsDesChamps,
  libelleDuChamp,
  nouveauDomaine,
  nouvelleLangue,
  nouvelleSession,
  preciserErreurs,
  type SaisieFormulaireMission,
  versMissionSaisie,
} from "./saisie";

type Props = {
  /** The form as it opens: empty for a new mission, the mission's values for a change. */
  initiale: SaisieFormulaireMission;
  /** The sources the owner organisation publishes (its kind, or a foreign authority's request). */
  sources: readonly SourceMission[];
  bouton: string;
  titreErreur: string;
  echec: string;
  /** Sends the mission (and goes on, e.g. to its page); throws what the API call threw. */
  enregistrer: (saisie: MissionSaisie) => Promise<void>;
};

/**
 * A mission, to create or change (its owner). The reference lists (thesaurus, languages,
 * countries) are read first: without them no choice could be offered.
 */
export function FormulaireMission(props: Props) {
  const referentiels = useReferentielsProfil();
  if (referentiels.etat === "chargement") return <p role="status">Chargement du formulaire…</p>;
  if (referentiels.etat === "erreur") return <AlerteErreur erreur={referentiels.erreur} titre="Le formulaire n'a pas pu être chargé" />;
  return <Champs {...props} referentiels={referentiels.donnees} />;
}

const Colonne = ({ children }: { children: ReactNode }) => <div className={fr.cx("fr-col-12", "fr-col-md-6")}>{children}</div>;
const Ligne = ({ children }: { children: ReactNode }) => <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>{children}</div>;
const Element = ({ children, enLigne = false }: { children: ReactNode; enLigne?: boolean }) => (
  <div className={fr.cx("fr-fieldset__element", enLigne && "fr-fieldset__element--inline")}>{children}</div>
);
/** "Niveau" on screen, "Niveau du domaine 2" for screen readers. */
const precise = (visible: string, precision: string): ReactNode => (
  <>
    {visible}
    <span className={fr.cx("fr-sr-only")}>{` ${precision}`}</span>
  </>
);

/** Optional fields say so, as the form's mention announces. */
const FACULTATIFS = new Set<ChampSimple>([
  "hote",
  "pays",
  "beneficiaire",
  "termesDeReference",
  "dateLimiteCandidature",
  "remuneration.honorairesJournaliers",
  "remuneration.perDiem",
  "remuneration.complementRemuneration",
]);
const etiquette = (champ: ChampSimple) => `${CHAMPS_SIMPLES[champ]}${FACULTATIFS.has(champ) ? " (facultatif)" : ""}`;

type ChampTexte = Exclude<ChampSimple, "source" | "cadre" | "hote" | "pays" | "termesDeReference">;
/** The form's key of a simple field (the money sits in `remuneration.*` for the API). */
const cleDe = (champ: ChampTexte) => (champ.startsWith("remuneration.") ? champ.slice("remuneration.".length) : champ) as keyof SaisieFormulaireMission;

function Champs({ initiale, sources, bouton, titreErreur, echec, enregistrer, referentiels }: Props & { referentiels: Referentiels }) {
  const [saisie, setSaisie] = useState(initiale);
  const ids = idsDesChamps(saisie);
  const formulaire = useFormulaire(ids);
  const erreurs: Partial<Record<string, string>> = formulaire.champs;
  const maj = (patch: Partial<SaisieFormulaireMission>) => setSaisie((s) => ({ ...s, ...patch }));

  function soumettre() {
    // The errors are read against the form as it was sent, whatever is typed meanwhile.
    const envoyee = saisie;
    void formulaire.envoyer(async () => {
      try {
        await enregistrer(versMissionSaisie(envoyee));
      } catch (erreur) {
        throw preciserErreurs(erreur, envoyee);
      }
    }, echec);
  }

  const texte = (champ: ChampTexte, natif: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> & { hintText?: ReactNode } = {}) => (
    <ChampSaisie
      id={idChamp(champ)}
      label={etiquette(champ)}
      erreur={erreurs[champ]}
      valeur={saisie[cleDe(champ)] as string}
      changer={(valeur) => maj({ [cleDe(champ)]: valeur })}
      required={!FACULTATIFS.has(champ)}
      {...natif}
    />
  );
  const montant = (champ: ChampTexte, aide: string) =>
    texte(champ, { type: "number", inputMode: "decimal", min: 0, step: 0.01, hintText: `${aide} En euros, au centime près.` });

  // Sources the organisation may not publish stay shown for a mission that already has one (the API says why it is refused).
  const choixSources = saisie.source !== "" && !sources.includes(saisie.source) ? [...sources, saisie.source] : sources;

  return (
    <>
      <ResumeErreurs erreurs={erreurs} ids={ids} libelle={(champ) => libelleDuChamp(champ, saisie)} />
      <Formulaire
        etat={formulaire}
        titreErreur={titreErreur}
        mention="Les champs sans mention « facultatif » sont obligatoires. Un brouillon peut rester incomplet : la publication demande les termes de référence, le pays, le bénéficiaire, au moins un domaine et une session."
        bouton={bouton}
        soumettre={soumettre}
      >
        <h2>La mission</h2>
        {texte("intitule", { maxLength: 200, hintText: "Par exemple : appui au service de l'eau de Guédiawaye." })}
        <Ligne>
          <Colonne>
            <ChampChoix
              id={idChamp("source")}
              label={etiquette("source")}
              hintText="Elle détermine le cadre juridique de la mission."
              erreur={erreurs.source}
              valeur={saisie.source}
              changer={(source) => maj({ source: source as SourceMission })}
              required
            >
              <Options vide="Choisir l'origine" options={choixSources.map((s) => [s, LIBELLES_SOURCE_MISSION[s]])} />
            </ChampChoix>
          </Colonne>
          {saisie.source === "demande_etrangere" && (
            <Colonne>
              <ChampChoix
                id={idChamp("cadre")}
                label={etiquette("cadre")}
                hintText="Une demande étrangère peut être servie dans l'un de ces cadres : nécessaire pour publier."
                erreur={erreurs.cadre}
                valeur={saisie.cadre}
                changer={(cadre) => maj({ cadre })}
              >
                <Options vide="Choisir le cadre" requis={false} options={Object.entries(LIBELLES_CADRE).map(([c, l]) => [c, l.libelle])} />
              </ChampChoix>
            </Colonne>
          )}
        </Ligne>
        <Ligne>
          <Colonne>
            <ChampChoix id={idChamp("pays")} label={etiquette("pays")} erreur={erreurs.pays} valeur={saisie.pays} changer={(pays) => maj({ pays })}>
              <Options vide="Non précisé" requis={false} options={referentiels.pays.map((p) => [p.code, p.nom])} />
            </ChampChoix>
          </Colonne>
          <Colonne>{texte("beneficiaire", { maxLength: 500, hintText: "L'institution qui bénéficie de la mission." })}</Colonne>
          <Colonne>
            <ChampChoix
              id={idChamp("hote")}
              label={etiquette("hote")}
              hintText="Qui accueille l'expert : le conseiller en tient compte pour l'instrument juridique."
              erreur={erreurs.hote}
              valeur={saisie.hote}
              changer={(hote) => maj({ hote })}
            >
              <Options vide="Non précisé" requis={false} options={Object.entries(LIBELLES_HOTE)} />
            </ChampChoix>
          </Colonne>
        </Ligne>
        <ChampTexteLong
          id={idChamp("termesDeReference")}
          label={etiquette("termesDeReference")}
          hintText="Contexte, objectifs, livrables, profil recherché."
          erreur={erreurs.termesDeReference}
          valeur={saisie.termesDeReference}
          changer={(termesDeReference) => maj({ termesDeReference })}
          maxLength={20_000}
          rows={8}
        />
        <Ligne>
          <Colonne>{texte("nombreExperts", { type: "number", inputMode: "numeric", min: 1, max: LIMITES_MISSION.experts, step: 1 })}</Colonne>
          <Colonne>{texte("dateLimiteCandidature", { type: "date", hintText: "Dernier jour pour candidater, avant la première session." })}</Colonne>
        </Ligne>

        <ListeRepetable
          description={{
            id: idListe("sessions"),
            titre: "Sessions",
            aide: "Une période continue ou plusieurs sessions espacées (missions perlées), chacune avec ses dates ou un nombre de jours. Les sessions datées ne se chevauchent pas.",
            entree: "Session",
            une: "une session",
            la: "la session",
            feminin: true,
            aucune: "Aucune session : une mission en a besoin d'au moins une pour être publiée.",
            max: SESSIONS_MAX,
          }}
          entrees={saisie.sessions}
          changer={(sessions) => maj({ sessions })}
          nouvelle={() => nouvelleSession(saisie.sessions.at(-1)?.mode ?? "dates")}
          idPremierChamp={(s) => `${idEntree("sessions", s.cle, "mode")}-0`}
          idFieldset={(s) => idEntree("sessions", s.cle, "fieldset")}
          erreur={erreurs.sessions}
        >
          {(session, numero, changer) => (
            <ChampsSession
              avecLibelle
              session={session}
              precision={`de la session ${numero}`}
              id={(champ) => idEntree("sessions", session.cle, champ)}
              erreur={(champ) => erreurs[champEntree("sessions", session.cle, champ)]}
              changer={changer}
            />
          )}
        </ListeRepetable>

        <ListeRepetable
          description={{
            id: idListe("domaines"),
            titre: "Domaines d'expertise demandés",
            aide: "Les domaines du thésaurus attendus, et le niveau minimal de chacun : les experts sont trouvés et classés ainsi.",
            entree: "Domaine",
            une: "un domaine",
            la: "le domaine",
            feminin: false,
            aucune: "Aucun domaine : une mission en a besoin d'au moins un pour être publiée.",
            max: LIMITES_MISSION.domaines,
          }}
          entrees={saisie.domaines}
          changer={(d) => maj({ domaines: d })}
          nouvelle={nouveauDomaine}
          idPremierChamp={(d) => idEntree("domaines", d.cle, "code")}
          idFieldset={(d) => idEntree("domaines", d.cle, "fieldset")}
          erreur={erreurs.domaines}
        >
          {(domaine, numero, changer) => (
            <>
              <Element>
                <ChampChoix
                  id={idEntree("domaines", domaine.cle, "code")}
                  label={precise("Domaine", `d'expertise ${numero}`)}
                  hintText="Choisissez dans le thésaurus, classé par familles."
                  erreur={erreurs[champEntree("domaines", domaine.cle, "code")]}
                  valeur={domaine.code}
                  changer={(code) => changer({ code })}
                  required
                >
                  <OptionsThesaurus thesaurus={referentiels.thesaurus} vide="Choisir un domaine" />
                </ChampChoix>
              </Element>
              <Element enLigne>
                <ChampChoix
                  id={idEntree("domaines", domaine.cle, "niveauMin")}
                  label={precise("Niveau minimal", `du domaine ${numero}`)}
                  erreur={erreurs[champEntree("domaines", domaine.cle, "niveauMin")]}
                  valeur={domaine.niveauMin}
                  changer={(niveauMin) => changer({ niveauMin })}
                >
                  <Options vide="Tout niveau" requis={false} options={Object.entries(LIBELLES_NIVEAU_EXPERTISE)} />
                </ChampChoix>
              </Element>
            </>
          )}
        </ListeRepetable>

        <ListeRepetable
          description={{
            id: idListe("langues"),
            titre: "Langues de travail",
            aide: "Facultatif. Les langues de la mission autres que le français, et le niveau attendu.",
            entree: "Langue",
            une: "une langue",
            la: "la langue",
            feminin: true,
            aucune: "Aucune langue demandée.",
            max: LIMITES_MISSION.langues,
          }}
          entrees={saisie.langues}
          changer={(langues) => maj({ langues })}
          nouvelle={nouvelleLangue}
          idPremierChamp={(l) => idEntree("langues", l.cle, "code")}
          idFieldset={(l) => idEntree("langues", l.cle, "fieldset")}
          erreur={erreurs.langues}
        >
          {(langue, numero, changer) => (
            <>
              <Element enLigne>
                <ChampChoix
                  id={idEntree("langues", langue.cle, "code")}
                  label={precise("Langue", String(numero))}
                  erreur={erreurs[champEntree("langues", langue.cle, "code")]}
                  valeur={langue.code}
                  changer={(code) => changer({ code })}
                  required
                >
                  <Options vide="Choisir une langue" options={referentiels.langues.map((l) => [l.code, l.fr])} />
                </ChampChoix>
              </Element>
              <Element enLigne>
                <ChampChoix
                  id={idEntree("langues", langue.cle, "niveau")}
                  label={precise("Niveau attendu", `de la langue ${numero}`)}
                  hintText="Cadre européen commun de référence (CECRL)."
                  erreur={erreurs[champEntree("langues", langue.cle, "niveau")]}
                  valeur={langue.niveau}
                  changer={(niveau) => changer({ niveau })}
                  required
                >
                  <Options vide="Choisir un niveau" options={NIVEAUX_CECRL.map((n) => [n, LIBELLES_NIVEAU_CECRL[n]])} />
                </ChampChoix>
              </Element>
            </>
          )}
        </ListeRepetable>

        <h2 className={fr.cx("fr-mt-5w")}>Rémunération</h2>
        <p className={fr.cx("fr-hint-text")}>Ce que la mission rapporte à l'expert, si elle rapporte quelque chose.</p>
        <Ligne>
          <Colonne>{montant("remuneration.honorairesJournaliers", "Par jour d'expertise.")}</Colonne>
          <Colonne>{montant("remuneration.perDiem", "Indemnité journalière de séjour.")}</Colonne>
          <Colonne>{montant("remuneration.complementRemuneration", "Versé en plus du traitement.")}</Colonne>
        </Ligne>
      </Formulaire>
    </>
  );
}
