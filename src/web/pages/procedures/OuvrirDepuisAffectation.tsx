import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { type DetailCandidature, listerProcedures, ouvrirProcedure, type TypeProcedure, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { ChampSaisie, ChampTexteLong } from "../../components/Champs";
import { erreurDeChamp, Formulaire, useFormulaire } from "../../components/formulaire";
import { etatAnnonce } from "../missions/composants";
import { LIBELLES_TYPE_PROCEDURE, libelleInstrument, procedureRecommandee, typesOuvrables } from "./libelles";

const ID = "ouvrir-procedure";
// A choice the law excludes for this agent is refused on `instrument`: said under the choice.
const IDS = { type: `${ID}-type-0`, instrument: `${ID}-type-0`, justification: `${ID}-justification`, intitule: `${ID}-intitule` };

/**
 * « Ouvrir la procédure » of a staffing, for the HR service of the agent's employer: the procedure
 * of the advisor's instrument preselected; another choice (where the law allows it: the API
 * refuses an excluded one with its rule) asks why, which is kept with the case and its history.
 * Once opened, the case's page.
 */
export function OuvrirDepuisAffectation({ c }: { c: DetailCandidature }) {
  const navigate = useNavigate();
  const instrument = c.affectation?.instrument ?? null;
  const recommandation = instrument === null ? undefined : procedureRecommandee(instrument);
  const recommandee = recommandation?.procedure;
  // HR opens these (each table's `ouvrir`); the partnership convention is the RI service's and the operator's.
  const types = typesOuvrables("gestionnaire_rh");
  const [type, setType] = useState<TypeProcedure | "">(recommandee !== undefined && types.includes(recommandee) ? recommandee : "");
  const [intitule, setIntitule] = useState(c.mission.intitule);
  const [justification, setJustification] = useState("");
  const formulaire = useFormulaire(IDS);
  const autreChoix = type !== "" && type !== recommandee;
  const erreurType = formulaire.champs.type ?? formulaire.champs.instrument;
  const titreId = `${ID}-titre`;
  // The cases already opened from this staffing, so that HR continues one rather than opens it twice.
  const ouvertes = useRequete(`procedures-affectation-${c.id}`, (signal) => listerProcedures({ candidatureId: c.id }, signal));

  function soumettre() {
    void formulaire.envoyer(async () => {
      if (type === "") throw erreurDeChamp("type", "choisissez la procédure à ouvrir");
      const p = await ouvrirProcedure({
        type,
        candidatureId: c.id,
        ...(intitule.trim() === "" ? {} : { intitule: intitule.trim() }),
        ...(autreChoix && justification.trim() !== "" ? { justification: justification.trim() } : {}),
      });
      navigate(chemins.procedure(p.id), { state: etatAnnonce(`La procédure « ${p.intitule} » est ouverte : ${p.etatLibelle.toLowerCase()}.`) });
    }, "La procédure n'a pas pu être ouverte.");
  }

  return (
    <section aria-labelledby={titreId} className={fr.cx("fr-mt-6w")}>
      <h2 id={titreId}>Ouvrir la procédure</h2>
      <p>
        L'affectation de {c.profil.prenom} {c.profil.nom} demande une procédure statutaire de son employeur, conduite ensuite dans{" "}
        <Link to={chemins.procedures}>Mes procédures</Link>.
      </p>
      {ouvertes.etat === "succes" && ouvertes.donnees.resultats.length > 0 && (
        <>
          <p className={fr.cx("fr-mb-1w")}>Déjà ouverte{ouvertes.donnees.resultats.length > 1 ? "s" : ""} pour cette affectation :</p>
          <ul>
            {ouvertes.donnees.resultats.map((p) => (
              <li key={p.id}>
                <Link to={chemins.procedure(p.id)}>{p.intitule}</Link> — {p.typeLibelle.toLowerCase()}, {p.etatLibelle.toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
      {instrument !== null && recommandation !== undefined && recommandation.procedure === undefined && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="info"
          small
          description={`Le conseiller recommande : ${libelleInstrument(instrument)}. ${recommandation.raison} Si une procédure de Vivier convient malgré tout, choisissez-la et dites pourquoi.`}
        />
      )}
      <Formulaire
        etat={formulaire}
        titreErreur="La procédure n'a pas pu être ouverte"
        titreId={titreId}
        mention="Les champs sans mention « facultatif » sont obligatoires."
        bouton="Ouvrir la procédure"
        soumettre={soumettre}
      >
        <RadioButtons
          id={`${ID}-type`}
          name={`${ID}-type`}
          legend="Procédure à ouvrir"
          hintText={recommandee === undefined ? undefined : "Celle que le conseiller recommande est choisie ; une autre demande une justification."}
          state={erreurType === undefined ? "default" : "error"}
          stateRelatedMessage={erreurType}
          options={types.map((t) => ({
            label: `${LIBELLES_TYPE_PROCEDURE[t]}${t === recommandee ? " (recommandée par le conseiller)" : ""}`,
            nativeInputProps: { value: t, checked: type === t, onChange: () => setType(t) },
          }))}
        />
        {autreChoix && (
          <ChampTexteLong
            id={IDS.justification}
            label="Justification du choix"
            hintText={`Pourquoi ${LIBELLES_TYPE_PROCEDURE[type].toLowerCase()} plutôt que ${recommandee === undefined ? "l'instrument recommandé" : LIBELLES_TYPE_PROCEDURE[recommandee].toLowerCase()} : elle est gardée avec la procédure et à son historique.`}
            erreur={formulaire.champs.justification}
            valeur={justification}
            changer={setJustification}
            maxLength={2000}
            rows={3}
            required
          />
        )}
        <ChampSaisie
          id={IDS.intitule}
          label="Intitulé (facultatif)"
          hintText="Ce qui distingue cette procédure des autres. Par défaut : l'intitulé de la mission."
          maxLength={200}
          erreur={formulaire.champs.intitule}
          valeur={intitule}
          changer={setIntitule}
        />
      </Formulaire>
    </section>
  );
}
