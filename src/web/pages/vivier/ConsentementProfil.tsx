import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { consentir, type Visibilite, type VueProfil } from "../../api";
import { Formulaire, useFormulaire } from "../../components/formulaire";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { EXPLICATIONS_VISIBILITE, LIBELLES_VISIBILITE, VISIBILITES } from "./ConsentementLibelles";

// The DSFR names each option's input after the group's id: "<id>-<rank>".
const CHAMPS = { visibilite: "consentement-visibilite-0", maintienApresRetraite: "consentement-retraite-0" };

/**
 * The agent's choice of who sees their profile, and whether it stays after retirement: only the
 * agent makes it (the API refuses anyone else), and each change is logged with the former choice.
 */
export function ConsentementProfil({ p, remplacer }: { p: VueProfil; remplacer: (p: VueProfil) => void }) {
  const [visibilite, setVisibilite] = useState<Visibilite>(p.visibilite);
  const [maintien, setMaintien] = useState(p.maintienApresRetraite);
  const formulaire = useFormulaire(CHAMPS);
  const { message, zone, annoncer, effacer } = useMessage();

  function soumettre() {
    effacer();
    void formulaire.envoyer(async () => {
      const nouveau = await consentir(p.id, { visibilite, maintienApresRetraite: maintien });
      remplacer(nouveau);
      annoncer({
        succes: true,
        texte: `Votre choix est enregistré. Qui peut voir votre profil : ${nouveau.visibiliteLibelle}. ${
          nouveau.maintienApresRetraite ? "Vous restez dans le vivier après votre départ à la retraite." : "Vous quitterez le vivier à votre départ à la retraite."
        }`,
      });
    }, "Votre choix n'a pas pu être enregistré.");
  }

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="consentement">
      <h2 id="consentement">Visibilité de mon profil</h2>
      <p>
        Vous seul·e choisissez qui voit votre profil. Hors de votre employeur, votre téléphone, votre numéro d'agent et vos dates
        de naissance et de retraite ne sont jamais montrés.
      </p>
      <ZoneMessage message={message} zone={zone} />
      <Formulaire
        etat={formulaire}
        titreErreur="Votre choix n'a pas pu être enregistré"
        mention="Chaque changement est enregistré, avec votre choix précédent, dans l'historique de votre profil. Vous pouvez changer d'avis à tout moment."
        bouton="Enregistrer mon choix"
        soumettre={soumettre}
        titreId="consentement"
      >
        <RadioButtons
          id="consentement-visibilite"
          name="visibilite"
          legend="Qui peut voir mon profil ?"
          state={formulaire.champs.visibilite === undefined ? "default" : "error"}
          stateRelatedMessage={formulaire.champs.visibilite}
          options={VISIBILITES.map((v) => ({
            label: LIBELLES_VISIBILITE[v],
            hintText: EXPLICATIONS_VISIBILITE[v],
            nativeInputProps: { value: v, checked: visibilite === v, onChange: () => setVisibilite(v) },
          }))}
        />
        <Checkbox
          id="consentement-retraite"
          className={fr.cx("fr-mb-3w")}
          state={formulaire.champs.maintienApresRetraite === undefined ? "default" : "error"}
          stateRelatedMessage={formulaire.champs.maintienApresRetraite}
          options={[
            {
              label: "Rester dans le vivier après mon départ à la retraite",
              hintText:
                "Retraité·e, vous pourrez encore être sollicité·e pour des missions. Sans cet accord, votre profil ne peut pas passer en position « retraité·e ».",
              nativeInputProps: { checked: maintien, onChange: (e) => setMaintien(e.target.checked) },
            },
          ]}
        />
      </Formulaire>
    </section>
  );
}
