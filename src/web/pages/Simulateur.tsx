import "./simulateur/simulateur.css";
import { fr } from "@codegouvfr/react-dsfr";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { demanderConseil, type ReponseConseil as Reponse } from "../api";
import { chemins } from "../chemins";
import { Formulaire, useFormulaire } from "../components/formulaire";
import { Page } from "../components/Page";
import { ChampsSituation } from "./simulateur/ChampsSituation";
import { ReponseConseil } from "./simulateur/ReponseConseil";
import { idsDesChamps, libelleDuChamp, lireSaisie, preciserErreurs, type Saisie, saisieVide, versParams, versSituation } from "./simulateur/saisie";
import { ResumeErreurs } from "../components/ResumeErreurs";

export const TITRE_SIMULATEUR = "Quel cadre juridique pour ma mission ?";

/** A situation asked to the API: from the form, or from the address (a link, the back button). */
type Demande = { numero: number; saisie: Saisie; recherche: string; depuisFormulaire: boolean };
type Resultat = { numero: number; saisie: Saisie; recherche: string; reponse: Reponse } | { numero: number; echec: true };

function demandeDepuisAdresse(recherche: string, numero: number): Demande | undefined {
  const saisie = lireSaisie(new URLSearchParams(recherche));
  return saisie === undefined ? undefined : { numero, saisie, recherche: versParams(saisie).toString(), depuisFormulaire: false };
}

/**
 * `/simulateur`: the public simulator. The answer is the API's (POST /api/v1/advice), for the
 * situation the form describes; once answered, the address holds that situation, so that it can
 * be shared, bookmarked and reopened (and the back button goes back to the previous one).
 */
export function Simulateur() {
  const [params, setParams] = useSearchParams();
  const recherche = params.toString();
  const [demande, setDemande] = useState<Demande | undefined>(() => demandeDepuisAdresse(recherche, 1));
  const [saisie, setSaisie] = useState<Saisie>(() => demande?.saisie ?? saisieVide());
  const [resultat, setResultat] = useState<Resultat | undefined>(undefined);
  const ids = idsDesChamps(saisie);
  const erreurs = useFormulaire(ids);
  const titreReponse = useRef<HTMLHeadingElement>(null);
  /**
   * The answer whose heading takes focus, from an effect once it is drawn: a timer could fire
   * before, the answer being drawn with the address's change, which the router makes a transition.
   */
  const reponseAFocaliser = useRef<number | undefined>(undefined);

  // The address changed under the page (back button, a link followed while here): the form and
  // the answer follow it. Not when it changed because the page put its own answer's situation there.
  const [rechercheVue, setRechercheVue] = useState(recherche);
  if (recherche !== rechercheVue) {
    setRechercheVue(recherche);
    const nouvelle = demandeDepuisAdresse(recherche, (demande?.numero ?? 0) + 1);
    if (nouvelle?.recherche !== demande?.recherche || nouvelle === undefined) {
      setDemande(nouvelle);
      setSaisie(nouvelle?.saisie ?? saisieVide());
      setResultat(undefined);
    }
  }

  const recu = useEffectEvent((d: Demande, reponse: Reponse) => {
    setResultat({ numero: d.numero, saisie: d.saisie, recherche: d.recherche, reponse });
    erreurs.effacer();
    if (d.depuisFormulaire && d.recherche !== recherche) setParams(new URLSearchParams(d.recherche));
    // Asked from the form: focus goes to the answer's heading, as a new page would. Opened from a
    // link, the page is new already and starts at its top.
    if (d.depuisFormulaire) reponseAFocaliser.current = d.numero;
  });
  const echoue = useEffectEvent((d: Demande, erreur: unknown) => {
    setResultat({ numero: d.numero, echec: true });
    erreurs.signaler(preciserErreurs(erreur, d.saisie), "Le simulateur n'a pas pu répondre.");
  });

  useEffect(() => {
    if (demande === undefined) return;
    // A slower answer to an older situation never replaces the newer one's.
    let actuelle = true;
    demanderConseil(versSituation(demande.saisie)).then(
      (reponse) => actuelle && recu(demande, reponse),
      (erreur: unknown) => actuelle && echoue(demande, erreur),
    );
    return () => {
      actuelle = false;
    };
  }, [demande]);

  useEffect(() => {
    if (resultat === undefined || resultat.numero !== reponseAFocaliser.current) return;
    reponseAFocaliser.current = undefined;
    titreReponse.current?.focus();
  }, [resultat]);

  function soumettre() {
    setDemande({ numero: (demande?.numero ?? 0) + 1, saisie, recherche: versParams(saisie).toString(), depuisFormulaire: true });
  }

  const enCours = demande !== undefined && resultat?.numero !== demande.numero;
  const affiche = resultat !== undefined && "reponse" in resultat ? resultat : undefined;
  const lien = affiche === undefined ? "" : `${window.location.origin}${chemins.simulateur}?${affiche.recherche}`;

  return (
    <div className="vivier-simulateur">
      <Page
        titre={TITRE_SIMULATEUR}
        lecture
        chapo={
          <>
            Ordre de mission, cumul d'activités, mise à disposition, détachement ou disponibilité : décrivez la mission, Vivier indique
            l'instrument que recommande la note d'information du ministère de l'Europe et des Affaires étrangères, s'il est ouvert à la
            personne, et pourquoi.
          </>
        }
      >
        <p className={fr.cx("fr-no-print")}>
          Aucun compte n'est nécessaire et rien n'est enregistré. Les seuils de la note (6 et 130 jours ouvrés) sont des
          recommandations ; chaque instrument est expliqué dans les <Link to={chemins.guides}>guides des instruments juridiques</Link>.
        </p>
        <div className={fr.cx("fr-no-print")}>
          <h2 id="simulateur-formulaire">Votre situation</h2>
          <ResumeErreurs erreurs={erreurs.champs} ids={ids} libelle={libelleDuChamp} className={fr.cx("fr-no-print")} />
          <Formulaire
            etat={{ generale: erreurs.generale, zoneAlerte: erreurs.zoneAlerte, envoi: enCours }}
            titreErreur="Le simulateur n'a pas pu répondre"
            mention="Les champs sans mention « facultatif » sont obligatoires."
            bouton="Connaître le cadre juridique"
            soumettre={soumettre}
            titreId="simulateur-formulaire"
          >
            <ChampsSituation saisie={saisie} changer={setSaisie} erreurs={erreurs.champs} />
          </Formulaire>
        </div>
        <p role="status" className={fr.cx("fr-mt-2w", "fr-no-print")}>
          {enCours ? "Recherche du cadre juridique…" : ""}
        </p>
        {affiche !== undefined && <ReponseConseil reponse={affiche.reponse} saisie={affiche.saisie} lien={lien} titre={titreReponse} perimee={enCours} />}
      </Page>
    </div>
  );
}
