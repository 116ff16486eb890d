import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { type InputHTMLAttributes, type ReactNode, useState } from "react";
import { ChampSaisie, ChampTexteLong } from "../../../components/Champs";
import { Formulaire, phrase, useFormulaire } from "../../../components/formulaire";
import { ResumeErreurs } from "../../../components/ResumeErreurs";
import {
  CHAMPS_CUMUL,
  type ChampCumul,
  depuisDonnees,
  estChampCumul,
  FACULTATIFS_CUMUL,
  idChampCumul,
  idFocusCumul,
  LIBELLES_CHAMPS_CUMUL,
  LIBELLES_QUOTITE,
  LIBELLES_SECTIONS_CUMUL,
  libelleChampCumul,
  QUOTITES,
  type SaisieCumul,
  versDonnees,
} from "./cumul";
import type { ProprietesFormulaireDonnees } from "./types";

const Element = ({ children, enLigne = false }: { children: ReactNode; enLigne?: boolean }) => (
  <div className={fr.cx("fr-fieldset__element", enLigne && "fr-fieldset__element--inline")}>{children}</div>
);

/** A group of fields under its legend (one section of annex 3). */
function Section({ id, titre, children }: { id: string; titre: string; children: ReactNode }) {
  return (
    <fieldset className={fr.cx("fr-fieldset")} aria-labelledby={`${id}-legende`}>
      <legend id={`${id}-legende`} className={fr.cx("fr-fieldset__legend", "fr-h6")}>
        {titre}
      </legend>
      {children}
    </fieldset>
  );
}

const etiquette = (champ: ChampCumul) => `${LIBELLES_CHAMPS_CUMUL[champ]}${FACULTATIFS_CUMUL.has(champ) ? " (facultatif)" : ""}`;

/**
 * The agent's request for a cumul d'activités, as annex 3 of the note asks it: the expert, the
 * main activity, the accessory activity and its organisme, the other accessory activities, the
 * sworn statement. A draft may be saved incomplete; what is still missing shows under its field.
 */
export function FormulaireCumul({ donnees, enregistrer, erreurs, idFormulaire }: ProprietesFormulaireDonnees) {
  const [saisie, setSaisie] = useState<SaisieCumul>(() => depuisDonnees(donnees));
  const ids = Object.fromEntries(CHAMPS_CUMUL.map((c) => [c, idFocusCumul(idFormulaire, c)])) as Record<ChampCumul, string>;
  const formulaire = useFormulaire(ids);
  const titreId = `${idFormulaire}-titre`;

  // The page's errors (a step refused, what is still missing after a save), then the form's own (its last save).
  const messages: Partial<Record<ChampCumul, string>> = {};
  for (const e of erreurs) if (estChampCumul(e.champ) && messages[e.champ] === undefined) messages[e.champ] = phrase(e.message);
  Object.assign(messages, formulaire.champs);
  const horsChamps = erreurs.filter((e) => !estChampCumul(e.champ));

  const maj = (champ: ChampCumul) => (valeur: string) => setSaisie((s) => ({ ...s, [champ]: valeur }));
  const lier = (champ: ChampCumul) => ({ id: idChampCumul(idFormulaire, champ), erreur: messages[champ], valeur: saisie[champ], changer: maj(champ), required: !FACULTATIFS_CUMUL.has(champ) });
  const texte = (champ: ChampCumul, natif: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> & { hintText?: ReactNode } = {}) => (
    <ChampSaisie label={etiquette(champ)} {...lier(champ)} {...natif} />
  );
  const texteLong = (champ: ChampCumul, maxLength: number, hintText?: ReactNode) => (
    <ChampTexteLong label={etiquette(champ)} hintText={hintText} rows={3} maxLength={maxLength} {...lier(champ)} />
  );
  const date = (champ: ChampCumul, hintText?: string) => texte(champ, { type: "date", hintText });
  const etat = (champ: ChampCumul) => ({ state: messages[champ] === undefined ? ("default" as const) : ("error" as const), stateRelatedMessage: messages[champ] });

  function soumettre() {
    const envoyee = saisie;
    void formulaire.envoyer(() => enregistrer(versDonnees(envoyee)), "Les données de la demande n'ont pas pu être enregistrées.");
  }

  return (
    <section aria-labelledby={titreId}>
      <h3 id={titreId}>Demande d'autorisation de cumul d'activités (annexe 3)</h3>
      <ResumeErreurs erreurs={messages} ids={ids} libelle={libelleChampCumul} />
      {horsChamps.length > 0 && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          small
          description={
            <ul>
              {horsChamps.map((e) => (
                <li key={`${e.champ}-${e.message}`}>
                  {libelleChampCumul(e.champ)} : à compléter ({e.message})
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Formulaire
        etat={formulaire}
        titreErreur="La demande n'a pas pu être enregistrée"
        titreId={titreId}
        mention="Les champs sans mention « facultatif » sont obligatoires pour déposer la demande. Vous pouvez l'enregistrer incomplète et y revenir."
        bouton="Enregistrer la demande"
        soumettre={soumettre}
      >
        <Section id={`${idFormulaire}-expert`} titre={LIBELLES_SECTIONS_CUMUL.expert}>
          <Element enLigne>{texte("expert.nom", { maxLength: 100, autoComplete: "family-name" })}</Element>
          <Element enLigne>{texte("expert.prenom", { maxLength: 100, autoComplete: "given-name" })}</Element>
          <Element>{texte("expert.grade", { maxLength: 200, hintText: "Par exemple : ingénieur principal, attaché territorial." })}</Element>
          <Element>{texte("expert.service", { maxLength: 300 })}</Element>
          <Element>{texte("expert.adresseProfessionnelle", { maxLength: 500, autoComplete: "street-address" })}</Element>
          <Element enLigne>{texte("expert.telephone", { maxLength: 30, type: "tel", autoComplete: "tel" })}</Element>
          <Element enLigne>{texte("expert.courriel", { maxLength: 320, type: "email", autoComplete: "email", hintText: "Format attendu : nom@domaine.fr" })}</Element>
        </Section>

        <Section id={`${idFormulaire}-principale`} titre={LIBELLES_SECTIONS_CUMUL.activitePrincipale}>
          <Element>{texteLong("activitePrincipale.fonctions", 2000)}</Element>
          <Element>
            <RadioButtons
              id={idChampCumul(idFormulaire, "activitePrincipale.quotite")}
              name={idChampCumul(idFormulaire, "activitePrincipale.quotite")}
              legend={LIBELLES_CHAMPS_CUMUL["activitePrincipale.quotite"]}
              orientation="horizontal"
              {...etat("activitePrincipale.quotite")}
              options={QUOTITES.map((q) => ({
                label: LIBELLES_QUOTITE[q],
                nativeInputProps: { value: q, checked: saisie["activitePrincipale.quotite"] === q, onChange: () => maj("activitePrincipale.quotite")(q) },
              }))}
            />
          </Element>
          {saisie["activitePrincipale.quotite"] === "temps_partiel" && (
            <Element>
              {texte("activitePrincipale.quotitePourcentage", { type: "number", inputMode: "numeric", min: 50, max: 99, step: 1, hintText: "En pourcentage d'un temps complet, de 50 à 99." })}
            </Element>
          )}
        </Section>

        <Section id={`${idFormulaire}-accessoire`} titre={LIBELLES_SECTIONS_CUMUL.activiteAccessoire}>
          <Element>{texteLong("activiteAccessoire.description", 4000, "Ce que vous ferez, pour qui, où.")}</Element>
          <Element>{texte("activiteAccessoire.organisme.identite", { maxLength: 300, hintText: "Le nom de l'organisme pour le compte duquel vous exercerez l'activité." })}</Element>
          <Element enLigne>{texte("activiteAccessoire.organisme.nature", { maxLength: 300, hintText: "Par exemple : établissement public, association." })}</Element>
          <Element enLigne>{texte("activiteAccessoire.organisme.secteur", { maxLength: 300 })}</Element>
          <Element>{texte("activiteAccessoire.nature", { maxLength: 1000, hintText: "Par exemple : expertise, enseignement, formation." })}</Element>
          <Element enLigne>{date("activiteAccessoire.dateDebut")}</Element>
          <Element enLigne>{date("activiteAccessoire.dateFin", "Dernier jour, compris.")}</Element>
          <Element>{texteLong("activiteAccessoire.dureePeriodiciteHoraires", 1000, "Par exemple : six jours en avril, pris sur des congés.")}</Element>
          <Element>{texteLong("activiteAccessoire.remuneration", 1000, "Montant et modalités, per diem compris ; « aucune » si l'activité n'est pas rémunérée.")}</Element>
          <Element>{texteLong("activiteAccessoire.conditionsParticulieres", 2000)}</Element>
        </Section>

        <Section id={`${idFormulaire}-autres`} titre={LIBELLES_SECTIONS_CUMUL.autresActivitesAccessoires}>
          <Element>
            <RadioButtons
              id={idChampCumul(idFormulaire, "autresActivitesAccessoires.exerce")}
              name={idChampCumul(idFormulaire, "autresActivitesAccessoires.exerce")}
              legend={LIBELLES_CHAMPS_CUMUL["autresActivitesAccessoires.exerce"]}
              orientation="horizontal"
              {...etat("autresActivitesAccessoires.exerce")}
              options={[
                ["oui", "Oui"],
                ["non", "Non"],
              ].map(([valeur, libelle]) => ({
                label: libelle,
                nativeInputProps: { value: valeur, checked: saisie["autresActivitesAccessoires.exerce"] === valeur, onChange: () => maj("autresActivitesAccessoires.exerce")(valeur!) },
              }))}
            />
          </Element>
          {saisie["autresActivitesAccessoires.exerce"] === "oui" && (
            <Element>{texteLong("autresActivitesAccessoires.description", 4000, "Leur caractère public ou privé, leur durée, leur périodicité et leurs horaires approximatifs.")}</Element>
          )}
        </Section>

        <Section id={`${idFormulaire}-declaration`} titre={LIBELLES_SECTIONS_CUMUL.declarationSurLHonneur}>
          <Element>
            <Checkbox
              id={idChampCumul(idFormulaire, "declarationSurLHonneur.souscrite")}
              {...etat("declarationSurLHonneur.souscrite")}
              options={[
                {
                  label: "Je déclare sur l'honneur ne pas être chargé·e, dans le cadre de mon activité principale, de la surveillance ou de l'administration de l'organisme pour le compte duquel j'exercerai cette activité",
                  hintText: "Au sens de l'article 432-12 du code pénal. La demande ne peut être déposée sans cette déclaration.",
                  nativeInputProps: {
                    checked: saisie["declarationSurLHonneur.souscrite"] === "oui",
                    onChange: (e) => maj("declarationSurLHonneur.souscrite")(e.target.checked ? "oui" : ""),
                  },
                },
              ]}
            />
          </Element>
          <Element enLigne>{texte("declarationSurLHonneur.faitA", { maxLength: 200 })}</Element>
          <Element enLigne>{date("declarationSurLHonneur.le")}</Element>
        </Section>
      </Formulaire>
    </section>
  );
}
