import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useLocation } from "react-router";
import { inviterAReprendre } from "../../api";
import { versErreurApi } from "../../components/formulaire";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { formaterJour } from "./libelles";

/**
 * What the profile form passes along (history state) to the page it goes to once saved: that page
 * says it was saved, and after a creation offers to send the agent the link to claim the profile.
 */
export type ProfilEnregistre = { message: string; cree: boolean };

export const etatProfilEnregistre = (enregistre: ProfilEnregistre) => ({ profilEnregistre: enregistre });

export function lireProfilEnregistre(state: unknown): ProfilEnregistre | undefined {
  if (typeof state !== "object" || state === null || !("profilEnregistre" in state)) return undefined;
  const e = state.profilEnregistre as Partial<ProfilEnregistre> | null;
  return typeof e?.message === "string" ? { message: e.message, cree: e.cree === true } : undefined;
}

/**
 * On the page the form led to: the success message, and right after a creation by HR, the link
 * for the agent to claim the profile (`profilId`), since that is what HR usually does next.
 */
export function AnnonceProfilEnregistre({ profilId }: { profilId?: string }) {
  const enregistre = lireProfilEnregistre(useLocation().state);
  const { message, zone, annoncer } = useMessage();
  if (enregistre === undefined) return null;

  async function envoyerLien(id: string) {
    try {
      const invitation = await inviterAReprendre(id);
      annoncer({
        succes: true,
        texte: `Le lien pour reprendre son profil a été envoyé à ${invitation.email}. Il est valable jusqu'au ${formaterJour(invitation.expireLe)}.`,
      });
    } catch (erreur) {
      annoncer({ succes: false, texte: versErreurApi(erreur, "Le lien n'a pas pu être envoyé.").probleme.detail });
    }
  }

  return (
    <div className={fr.cx("fr-mb-3w")}>
      <Alert severity="success" small role="status" description={enregistre.message} />
      {enregistre.cree && profilId !== undefined && message?.succes !== true && (
        <p className={fr.cx("fr-mt-2w")}>
          <Button priority="secondary" iconId="fr-icon-mail-line" iconPosition="left" onClick={() => void envoyerLien(profilId)}>
            Envoyer à l'agent le lien pour reprendre son profil
          </Button>
        </p>
      )}
      <ZoneMessage message={message} zone={zone} />
    </div>
  );
}
