import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, type ReactNode, useState } from "react";
import { useSearchParams } from "react-router";
import { lireBoiteEnvoi, useRequete } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { formaterDate } from "../components/dates";
import { Fiche } from "../components/Fiche";
import { Page } from "../components/Page";

const TITRE = "Boîte d'envoi (développement)";

const ADRESSE = /(https?:\/\/[^\s<>"]+)/g;

/** The body as text, its addresses made links (invitation links are what one comes here for). */
function avecLiens(texte: string): ReactNode[] {
  return texte.split(ADRESSE).map((morceau, i) =>
    // split() with a capturing group puts the addresses at the odd indexes.
    i % 2 === 1 ? (
      <a key={i} href={morceau}>
        {morceau}
      </a>
    ) : (
      morceau
    ),
  );
}

/** `/dev/courriels`: what Vivier would have sent, on an instance without SMTP server. */
export function BoiteEnvoi() {
  const [params, setParams] = useSearchParams();
  const destinataire = params.get("destinataire") ?? "";
  const [saisie, setSaisie] = useState(destinataire);
  const [version, setVersion] = useState(0);
  const requete = useRequete(`courriels-${destinataire}-${version}`, (signal) => lireBoiteEnvoi({ destinataire, limite: 50 }, signal));

  function filtrer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setParams(saisie.trim() === "" ? {} : { destinataire: saisie.trim() });
  }

  if (requete.etat === "erreur" && requete.erreur.statut === 404) {
    return (
      <Page titre={TITRE} lecture>
        <Alert
          severity="info"
          as="h2"
          title="Pas de boîte d'envoi sur cette instance"
          description="Cette page n'existe pas en production : elle n'existe qu'en développement, quand aucun serveur SMTP n'est configuré. Les courriels sont alors gardés ici au lieu d'être envoyés."
        />
      </Page>
    );
  }

  const courriels = requete.etat === "succes" ? requete.donnees.courriels : undefined;
  return (
    <Page titre={TITRE}>
      <p>
        Sans serveur SMTP, Vivier garde ici les courriels qu'il aurait envoyés, les plus récents d'abord (50 au plus) : c'est
        là qu'on trouve les liens d'invitation. Cette page n'existe pas en production.
      </p>
      <form onSubmit={filtrer} className={fr.cx("fr-mb-4w")} role="search" aria-label="Filtrer les courriels">
        <Input
          label="Destinataire (facultatif)"
          hintText="Format attendu : nom@domaine.fr"
          nativeInputProps={{ id: "boite-destinataire", type: "email", spellCheck: false, value: saisie, onChange: (e) => setSaisie(e.target.value) }}
        />
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
          <li>
            <Button type="submit">Filtrer</Button>
          </li>
          <li>
            <Button type="button" priority="secondary" onClick={() => setVersion((v) => v + 1)}>
              Actualiser
            </Button>
          </li>
        </ul>
      </form>
      {requete.etat === "chargement" && <p role="status">Chargement des courriels…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="La boîte d'envoi n'a pas pu être lue" />}
      {courriels !== undefined && (
        <>
          <p role="status">
            {courriels.length === 0
              ? "Aucun courriel."
              : `${courriels.length} courriel${courriels.length > 1 ? "s" : ""}${destinataire === "" ? "" : ` pour ${destinataire}`}.`}
          </p>
          {courriels.map((c) => (
            <article key={c.id} className={fr.cx("fr-mt-4w")} aria-labelledby={`courriel-${c.id}`}>
              <h2 id={`courriel-${c.id}`} className={fr.cx("fr-h5")}>
                {c.sujet}
              </h2>
              <Fiche
                lignes={[
                  { libelle: "Destinataire", valeur: c.destinataire },
                  { libelle: "Déposé le", valeur: formaterDate(c.creeLe) },
                ]}
              />
              {c.texte === null ? (
                <p>Corps effacé : le courriel a été livré.</p>
              ) : (
                <pre className={fr.cx("fr-p-2w")} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", background: "var(--background-alt-grey)" }}>
                  {avecLiens(c.texte)}
                </pre>
              )}
            </article>
          ))}
        </>
      )}
    </Page>
  );
}
