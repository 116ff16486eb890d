import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useState } from "react";
import { useNavigate } from "react-router";
import { confirmerProfil, effacerProfil, inviterAReprendre, urlExportProfil, type VueProfil } from "../../api";
import { chemins } from "../../chemins";
import { useConfirmation } from "../../components/Confirmation";
import { versErreurApi } from "../../components/formulaire";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { formaterJour } from "./libelles";

type Props = {
  p: VueProfil;
  /** The profile as the API answers it after an action (confirmation). */
  remplacer: (p: VueProfil) => void;
  /** Where to go once the profile is erased: the search for those who may search, else home. */
  apresEffacement: string;
};

/**
 * What the signed-in person may do with the profile, as the API's `droits` say; the API checks
 * again. Each action's outcome is said in the message zone, which takes focus.
 */
export function ActionsProfil({ p, remplacer, apresEffacement }: Props) {
  const navigate = useNavigate();
  const { message, zone, annoncer, effacer } = useMessage();
  const confirmation = useConfirmation();
  const [enCours, setEnCours] = useState(false);
  const nom = `${p.prenom} ${p.nom}`;
  // The GDPR export is the agent's, and their employer's HR's (who answers for the file).
  const exporter = p.regard === "titulaire" || p.droits.modifier;

  async function agir(action: () => Promise<void>, echec: string) {
    setEnCours(true);
    effacer();
    try {
      await action();
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, echec).probleme.detail || echec });
    } finally {
      setEnCours(false);
    }
  }

  const confirmer = () =>
    agir(async () => {
      remplacer(await confirmerProfil(p.id));
      annoncer({ succes: true, texte: "Le profil est confirmé à jour à la date d'aujourd'hui." });
    }, "Le profil n'a pas pu être confirmé.");

  const inviter = () =>
    agir(async () => {
      const invitation = await inviterAReprendre(p.id);
      annoncer({
        succes: true,
        texte: `Une invitation à reprendre son profil a été envoyée à ${invitation.email}. Le lien est valable jusqu'au ${formaterJour(invitation.expireLe)}.`,
      });
    }, "L'invitation n'a pas pu être envoyée.");

  const demanderEffacement = () =>
    confirmation.demander({
      titre: "Effacer le profil",
      texte: (
        <p>
          Effacer le profil de {nom} ? Ses données personnelles seront supprimées de Vivier ; seules des statistiques anonymes
          resteront (employeur, position, domaines, langues, pays). Cette action est définitive.
        </p>
      ),
      bouton: "Effacer le profil",
      action: () =>
        void agir(async () => {
          await effacerProfil(p.id);
          navigate(apresEffacement, { state: { efface: nom } });
        }, "Le profil n'a pas pu être effacé."),
    });

  const rien = !p.droits.modifier && !p.droits.inviter && !p.droits.effacer && !exporter;
  return (
    <>
      <ZoneMessage message={message} zone={zone} />
      {!rien && (
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left")}>
          {p.droits.modifier && (
            <li>
              <Button iconId="fr-icon-edit-line" linkProps={{ to: chemins.modifierProfil(p.id) }}>
                Modifier
              </Button>
            </li>
          )}
          {p.droits.modifier && (
            <li>
              <Button priority="secondary" iconId="fr-icon-check-line" disabled={enCours} onClick={() => void confirmer()}>
                Confirmer que le profil est à jour
              </Button>
            </li>
          )}
          {p.droits.inviter && (
            <li>
              <Button priority="secondary" iconId="fr-icon-mail-line" disabled={enCours} onClick={() => void inviter()}>
                Inviter l'agent à reprendre son profil
              </Button>
            </li>
          )}
          {exporter && (
            <li>
              {/* Served by the API with the session cookie: a plain link, which the browser downloads. */}
              <a
                className={fr.cx("fr-btn", "fr-btn--secondary", "fr-icon-download-line", "fr-btn--icon-left")}
                href={urlExportProfil(p.id)}
                download={`profil-${p.id}.json`}
              >
                Télécharger toutes les données (JSON)
              </a>
            </li>
          )}
          {p.droits.effacer && (
            <li>
              <Button priority="tertiary" iconId="fr-icon-delete-line" disabled={enCours} onClick={demanderEffacement}>
                Effacer le profil
              </Button>
            </li>
          )}
        </ul>
      )}
      {confirmation.element}
    </>
  );
}
