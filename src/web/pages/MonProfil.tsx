import { fr } from "@codegouvfr/react-dsfr";
import { useState } from "react";
import { lireMonProfil, useRequete, type VueProfil } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { useMessage, ZoneMessage } from "../components/ZoneMessage";
import { ConsentementProfil } from "./vivier/ConsentementProfil";
import { AnnonceProfilEnregistre } from "./vivier/FormulaireProfilEnregistre";
import { nomsDepuis, useReferentielsProfil } from "./vivier/FormulaireProfilReferentiels";
import { MonProfilDonnees } from "./vivier/MonProfilDonnees";
import { MonProfilResume } from "./vivier/MonProfilResume";

export const TITRE_MON_PROFIL = "Mon profil d'expert";

/** `/mon-profil`: the signed-in agent's own profile in the pool, their consent and their data. */
export function MonProfil() {
  return <ExigerConnexion titre={TITRE_MON_PROFIL}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const requete = useRequete("mon-profil", (signal) => lireMonProfil(signal));
  const referentiels = useReferentielsProfil();
  // The profile as the last action (confirmation, consent, erasure) left it.
  const [apresAction, setApresAction] = useState<{ profil: VueProfil | null } | undefined>(undefined);
  const { message, zone, annoncer } = useMessage();

  let contenu;
  if (requete.etat === "erreur") contenu = <AlerteErreur erreur={requete.erreur} titre="Votre profil n'a pas pu être chargé" />;
  else if (referentiels.etat === "erreur") contenu = <AlerteErreur erreur={referentiels.erreur} titre="Votre profil n'a pas pu être chargé" />;
  else if (requete.etat === "chargement" || referentiels.etat === "chargement") contenu = <p role="status">Chargement de votre profil…</p>;
  else {
    const profil = apresAction === undefined ? requete.donnees.profil : apresAction.profil;
    const remplacer = (p: VueProfil) => setApresAction({ profil: p });
    contenu =
      profil === null ? (
        <SansProfil />
      ) : (
        <>
          <AnnonceProfilEnregistre />
          <MonProfilResume p={profil} noms={nomsDepuis(referentiels.donnees)} remplacer={remplacer} annoncer={annoncer} />
          <ConsentementProfil p={profil} remplacer={remplacer} />
          <MonProfilDonnees p={profil} annoncer={annoncer} efface={() => setApresAction({ profil: null })} />
        </>
      );
  }

  return (
    <Page titre={TITRE_MON_PROFIL} lecture>
      <ZoneMessage message={message} zone={zone} />
      {contenu}
    </Page>
  );
}

function SansProfil() {
  return (
    <>
      <p className={fr.cx("fr-text--lead")}>Vous n'avez pas de profil dans le vivier d'experts.</p>
      <p>
        Votre service RH crée votre profil et vous envoie un lien pour le reprendre. Ouvrez ce lien depuis le courriel reçu : votre
        profil apparaîtra ici, et vous pourrez le compléter et choisir qui le voit.
      </p>
      <p>Vous pensez avoir déjà un profil ? Demandez à votre service des ressources humaines de vous renvoyer le lien.</p>
    </>
  );
}
