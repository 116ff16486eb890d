import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { Link } from "react-router";
import { ajouterSession, type Franchissement, type ReponseSessions, retirerSession, type VueMission } from "../../api";
import { chemins } from "../../chemins";
import { formaterNombre } from "../../components/format";
import { Valeur } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import { AlerteFormulaire, useFormulaire } from "../../components/formulaire";
import { ChampsSession } from "../../components/ChampsSession";
import { dureeSession, jours } from "./libelles";
import { nouvelleSession, preciserErreursSession, type SessionSaisie, versSession } from "./saisie";

type Props = {
  m: VueMission;
  /** The mission and the thresholds crossed, as the API answered a change of its sessions. */
  apresChangement: (reponse: ReponseSessions) => void;
  /** The warnings of the last change (rule T5), kept until another change. */
  franchissements: Franchissement[];
  signaler: (texte: string) => void;
};

const ID = "mission-nouvelle-session";
const idNouvelle = (champ: string) => `${ID}-${champ}`;

/** « 8 jours sur le projet (5 avant) »: the warning of rule T5 for one staffed expert. */
export function AlertesSeuil({ franchissements, titreNiveau = "h3" }: { franchissements: Franchissement[]; titreNiveau?: "h2" | "h3" }) {
  if (franchissements.length === 0) return null;
  return (
    <div className={fr.cx("fr-mb-3w")}>
      {franchissements.map((f) => (
        <Alert
          key={f.candidatureId}
          className={fr.cx("fr-mb-2w")}
          severity="warning"
          as={titreNiveau}
          role="alert"
          title={`Seuil franchi : ${f.prenom} ${f.nom} passe de ${jours(f.avant)} à ${jours(f.apres)} sur le projet`}
          description={
            <>
              <p>{f.message}</p>
              <p>
                {f.joursFaits + f.joursRestants > 0 && `Jours datés déjà faits : ${formaterNombre(f.joursFaits)} ; restants : ${formaterNombre(f.joursRestants)}. `}
                Son service RH et votre organisation sont prévenus. <Link to={chemins.candidature(f.candidatureId)}>Voir l'affectation et l'instrument recommandé</Link>
              </p>
            </>
          }
        />
      ))}
    </div>
  );
}

/**
 * The sessions of the mission; for its owner, a session to add (a dated one or a number of days)
 * and the ones to remove. Each change answers with the thresholds it made staffed experts cross.
 */
export function SessionsMission({ m, apresChangement, franchissements, signaler }: Props) {
  const gerer = m.droits.gererSessions;
  const [retrait, setRetrait] = useState<number | undefined>(undefined);
  const tries = [...m.sessions].sort((a, b) => a.rang - b.rang);

  async function retirer(rang: number) {
    setRetrait(rang);
    try {
      apresChangement(await retirerSession(m.id, rang));
    } catch (erreur) {
      signaler(erreur instanceof Error ? erreur.message : "La session n'a pas pu être retirée.");
    } finally {
      setRetrait(undefined);
    }
  }

  return (
    <section aria-labelledby="mission-sessions" className={fr.cx("fr-mt-6w")}>
      <h2 id="mission-sessions">Sessions</h2>
      <AlertesSeuil franchissements={franchissements} />
      {tries.length === 0 ? (
        <p>Aucune session pour l'instant.</p>
      ) : (
        <>
          <Tableau sansLegende legende="Sessions de la mission" entetes={["Session", "Dates ou durée", "Libellé", ...(gerer ? ["Action"] : [])]}>
            {tries.map((s, i) => (
              <tr key={s.rang}>
                <th scope="row">Session {i + 1}</th>
                <td>{dureeSession(s)}</td>
                <td>
                  <Valeur>{s.libelle}</Valeur>
                </td>
                {gerer && (
                  <td>
                    <Button priority="tertiary" size="small" iconId="fr-icon-delete-line" disabled={retrait !== undefined} onClick={() => void retirer(s.rang)}>
                      Retirer<span className={fr.cx("fr-sr-only")}> la session {i + 1}</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </Tableau>
          <p>
            Soit {jours(m.joursParExpert)} d'expertise par expert (jours ouvrés du calendrier de métropole pour les sessions datées).
          </p>
        </>
      )}
      {gerer && <NouvelleSession missionId={m.id} apresChangement={apresChangement} />}
    </section>
  );
}

function NouvelleSession({ missionId, apresChangement }: { missionId: string; apresChangement: (reponse: ReponseSessions) => void }) {
  const [session, setSession] = useState<SessionSaisie>(() => nouvelleSession());
  const ids: Record<string, string> = { debut: idNouvelle("debut"), fin: idNouvelle("fin"), jours: idNouvelle("jours"), libelle: idNouvelle("libelle") };
  const formulaire = useFormulaire(ids);
  const erreurs: Partial<Record<string, string>> = formulaire.champs;

  function soumettre() {
    const envoyee = session;
    void formulaire.envoyer(async () => {
      try {
        apresChangement(await ajouterSession(missionId, versSession(envoyee)));
        setSession(nouvelleSession(envoyee.mode));
      } catch (erreur) {
        throw preciserErreursSession(erreur, envoyee);
      }
    }, "La session n'a pas pu être ajoutée.");
  }

  return (
    <section aria-labelledby={`${ID}-titre`} className={fr.cx("fr-mt-4w")}>
      <h3 id={`${ID}-titre`}>Ajouter une session</h3>
      <AlerteFormulaire erreur={formulaire.generale} zone={formulaire.zoneAlerte} titre="La session n'a pas pu être ajoutée" />
      <form
        noValidate
        aria-labelledby={`${ID}-titre`}
        onSubmit={(e) => {
          e.preventDefault();
          soumettre();
        }}
      >
        <fieldset className={fr.cx("fr-fieldset")}>
          <legend className={fr.cx("fr-fieldset__legend")}>Nouvelle session</legend>
          <ChampsSession
            avecLibelle
            session={session}
            precision="de la nouvelle session"
            id={(champ) => idNouvelle(champ)}
            erreur={(champ) => erreurs[champ]}
            changer={(patch) => setSession((s) => ({ ...s, ...patch }))}
          />
        </fieldset>
        <Button type="submit" disabled={formulaire.envoi} iconId="fr-icon-add-line">
          Ajouter la session
        </Button>
      </form>
    </section>
  );
}
