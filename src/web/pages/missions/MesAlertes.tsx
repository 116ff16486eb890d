import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { Link } from "react-router";
import {
  changerPreferenceAlertes,
  lirePreferenceAlertes,
  lireRecherchesEnregistrees,
  type PreferenceAlertes,
  supprimerRechercheEnregistree,
  useRequete,
} from "../../api";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { Formulaire, useFormulaire, versErreurApi } from "../../components/formulaire";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";

// The DSFR names each option's input after the group's id: "<id>-<rank>".
const CHAMPS = { alertes: "preference-alertes-0" };
const PREFERENCES: { valeur: PreferenceAlertes; libelle: string; aide: string }[] = [
  { valeur: "immediate", libelle: "À chaque fois", aide: "Une notification et un courriel pour chaque mission ou chaque nouveau profil qui correspond." },
  { valeur: "quotidienne", libelle: "Un résumé par jour", aide: "Les notifications tout de suite, un seul courriel chaque matin." },
  { valeur: "jamais", libelle: "Jamais", aide: "Aucune alerte ; les étapes de vos missions et candidatures restent notifiées." },
];

/** On the notifications page: how one is alerted, and one's saved searches of the pool. */
export function MesAlertes() {
  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="mes-alertes">
      <h2 id="mes-alertes">Mes alertes</h2>
      <PreferenceAlertesFormulaire />
      <RecherchesEnregistrees />
    </section>
  );
}

function PreferenceAlertesFormulaire() {
  const requete = useRequete("preference-alertes", (signal) => lirePreferenceAlertes(signal));
  // The person's choice once they made one; until then, the one stored.
  const [choisi, setChoix] = useState<PreferenceAlertes | undefined>(undefined);
  const choix = choisi ?? (requete.etat === "succes" ? requete.donnees.alertes : undefined);
  const formulaire = useFormulaire(CHAMPS);
  const { message, zone, annoncer, effacer } = useMessage();

  if (requete.etat === "erreur") return <AlerteErreur erreur={requete.erreur} titre="Votre préférence d'alertes n'a pas pu être chargée" />;
  if (choix === undefined) return <p role="status">Chargement de votre préférence…</p>;

  const retenu: PreferenceAlertes = choix;
  function soumettre() {
    effacer();
    void formulaire.envoyer(async () => {
      const r = await changerPreferenceAlertes(retenu);
      annoncer({ succes: true, texte: `Votre préférence est enregistrée : ${PREFERENCES.find((p) => p.valeur === r.alertes)!.libelle.toLowerCase()}.` });
    }, "Votre préférence n'a pas pu être enregistrée.");
  }

  return (
    <>
      <ZoneMessage message={message} zone={zone} />
      <Formulaire etat={formulaire} titreErreur="Votre préférence n'a pas pu être enregistrée" mention="" bouton="Enregistrer ma préférence" soumettre={soumettre} titreId="mes-alertes">
        <RadioButtons
          id="preference-alertes"
          name="alertes"
          legend="Être prévenu·e des missions qui correspondent à mon profil et des nouveaux profils de mes recherches enregistrées"
          state={formulaire.champs.alertes === undefined ? "default" : "error"}
          stateRelatedMessage={formulaire.champs.alertes}
          options={PREFERENCES.map((p) => ({ label: p.libelle, hintText: p.aide, nativeInputProps: { value: p.valeur, checked: choix === p.valeur, onChange: () => setChoix(p.valeur) } }))}
        />
      </Formulaire>
    </>
  );
}

function RecherchesEnregistrees() {
  const [version, setVersion] = useState(0);
  const requete = useRequete(`recherches-enregistrees-${version}`, (signal) => lireRecherchesEnregistrees(signal));
  const { message, zone, annoncer } = useMessage();

  async function supprimer(id: string, nom: string) {
    try {
      await supprimerRechercheEnregistree(id);
      setVersion((v) => v + 1);
      annoncer({ succes: true, texte: `La recherche « ${nom} » est supprimée.` });
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, "La recherche n'a pas pu être supprimée.").probleme.detail });
    }
  }

  return (
    <section className={fr.cx("fr-mt-4w")} aria-labelledby="recherches-enregistrees">
      <h3 id="recherches-enregistrees" className={fr.cx("fr-h5")}>
        Mes recherches enregistrées
      </h3>
      <ZoneMessage message={message} zone={zone} />
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Vos recherches enregistrées n'ont pas pu être chargées" />}
      {requete.etat === "succes" &&
        (requete.donnees.length === 0 ? (
          <p>Aucune. Dans le vivier d'experts, « Être prévenu·e des nouveaux profils de cette recherche » enregistre la recherche affichée.</p>
        ) : (
          <ul className={fr.cx("fr-raw-list")}>
            {requete.donnees.map((r) => (
              <li key={r.id} className={fr.cx("fr-mb-2w")}>
                <Link to={r.lien}>{r.nom}</Link>
                <span className={fr.cx("fr-text--sm")}>
                  {" "}
                  — enregistrée le {formaterDate(r.creeLe)}
                  {r.derniereAlerteLe !== null && `, dernière alerte le ${formaterDate(r.derniereAlerteLe)}`}
                </span>{" "}
                <Button priority="tertiary" size="small" iconId="fr-icon-delete-line" onClick={() => void supprimer(r.id, r.nom)}>
                  Supprimer<span className={fr.cx("fr-sr-only")}> la recherche « {r.nom} »</span>
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
