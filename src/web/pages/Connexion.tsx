import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";
import { type FormEvent, useRef, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { adresseConnexionProconnect, ErreurApi, type Instance } from "../api";
import { retourLocal } from "../chemins";
import { Page } from "../components/Page";
import { Tableau } from "../components/Tableau";
import { useSession } from "../session";

type ErreursChamps = { email?: string; password?: string };

/**
 * Why a ProConnect sign-in failed, by the code the API puts in `/connexion?erreur=…`. Only these
 * texts are shown: nothing read from the address reaches the page as is.
 */
const ERREURS_PROCONNECT: Record<string, string> = {
  aucun_compte:
    "Aucun compte Vivier n'est associé à l'adresse électronique de votre compte ProConnect : demandez une invitation à l'administrateur de votre organisation.",
  email_non_verifie:
    "Votre fournisseur d'identité ne garantit pas que votre adresse électronique est vérifiée : elle ne peut pas être associée à un compte Vivier. Connectez-vous avec votre mot de passe ou adressez-vous à l'administrateur de votre organisation.",
  compte_desactive: "Votre compte Vivier est désactivé : adressez-vous à l'administrateur de votre organisation.",
  indisponible: "ProConnect ne répond pas pour le moment : réessayez dans quelques minutes ou connectez-vous avec votre mot de passe.",
  echec: "La connexion avec ProConnect n'a pas abouti : recommencez. Si le problème persiste, connectez-vous avec votre mot de passe.",
};

/** "l'adresse électronique est obligatoire" → "L'adresse électronique est obligatoire." */
function phrase(message: string): string {
  const texte = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(texte) ? texte : `${texte}.`;
}

/** The API's field errors, by field of this form; the others (unexpected) go to the general alert. */
function repartir(erreur: ErreurApi): { champs: ErreursChamps; autres: string[] } {
  const champs: ErreursChamps = {};
  const autres: string[] = [];
  for (const { champ, message } of erreur.probleme.erreurs ?? []) {
    if ((champ === "email" || champ === "password") && champs[champ] === undefined) champs[champ] = phrase(message);
    else autres.push(`${champ} : ${message}`);
  }
  return { champs, autres };
}

export function Connexion() {
  const { etat, instance, connecter } = useSession();
  const [params] = useSearchParams();
  const retour = retourLocal(params.get("retour"));
  const codeErreur = params.get("erreur");
  const erreurProconnect = codeErreur !== null && Object.hasOwn(ERREURS_PROCONNECT, codeErreur) ? ERREURS_PROCONNECT[codeErreur] : undefined;
  const [email, setEmail] = useState("");
  const [motDePasse, setMotDePasse] = useState("");
  const [erreursChamps, setErreursChamps] = useState<ErreursChamps>({});
  const [erreurGenerale, setErreurGenerale] = useState<{ detail: string; autres: string[] } | undefined>(undefined);
  const [envoi, setEnvoi] = useState(false);
  const alerte = useRef<HTMLDivElement>(null);
  const boutonConnexion = useRef<HTMLButtonElement>(null);

  // Signed in (just now, or already): on to the page asked for.
  if (etat.etat === "connecte") return <Navigate to={retour} replace />;

  async function soumettre(evenement: FormEvent<HTMLFormElement>) {
    evenement.preventDefault();
    setEnvoi(true);
    setErreursChamps({});
    setErreurGenerale(undefined);
    try {
      await connecter(email, motDePasse);
    } catch (e) {
      const erreur =
        e instanceof ErreurApi
          ? e
          : new ErreurApi({ type: "about:blank", title: "Erreur", status: 0, detail: "La connexion a échoué.", code: "inconnu" });
      const { champs, autres } = repartir(erreur);
      setErreursChamps(champs);
      const premierChamp = champs.email !== undefined ? "connexion-email" : champs.password !== undefined ? "connexion-mot-de-passe" : undefined;
      if (premierChamp === undefined || autres.length > 0) setErreurGenerale({ detail: erreur.probleme.detail, autres });
      // Focus where the user has something to do: the first field in error, else the message.
      window.setTimeout(() => {
        if (premierChamp !== undefined) document.getElementById(premierChamp)?.focus();
        else alerte.current?.focus();
      }, 0);
    } finally {
      setEnvoi(false);
    }
  }

  function remplir(compte: string) {
    setEmail(compte);
    setMotDePasse(instance?.motDePasseDemo ?? "");
    setErreursChamps({});
    setErreurGenerale(undefined);
    boutonConnexion.current?.focus();
  }

  return (
    <Page titre="Connexion" lecture>
      {erreurProconnect !== undefined && erreurGenerale === undefined && (
        <Alert className={fr.cx("fr-mb-4w")} severity="error" as="h2" role="alert" title="Connexion avec ProConnect impossible" description={erreurProconnect} />
      )}

      {instance?.proconnect === true && (
        <section aria-labelledby="titre-proconnect">
          <h2 id="titre-proconnect" className={fr.cx("fr-h4")}>
            Se connecter avec ProConnect
          </h2>
          <p>
            Agents publics : ProConnect, l'identifiant des agents de l'État et des collectivités, vous connecte à Vivier
            avec le compte de votre administration.
          </p>
          <ProConnectButton url={adresseConnexionProconnect(retour)} />
          <p className={fr.cx("fr-hr-or")}>ou</p>
        </section>
      )}
      <p>Connectez-vous avec l'adresse électronique et le mot de passe de votre compte Vivier.</p>
      {instance?.proconnect !== true && (
        <p className={fr.cx("fr-text--sm")}>
          Agents publics : la connexion avec ProConnect, l'identifiant des agents de l'État et des collectivités, sera
          proposée sur cette page dès qu'elle sera configurée pour Vivier.
        </p>
      )}

      {erreurGenerale !== undefined && (
        <div ref={alerte} tabIndex={-1} className={fr.cx("fr-mb-4w")}>
          <Alert
            severity="error"
            as="h2"
            role="alert"
            title="Connexion impossible"
            description={
              <>
                <p>{erreurGenerale.detail}</p>
                {erreurGenerale.autres.length > 0 && (
                  <ul>
                    {erreurGenerale.autres.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        </div>
      )}

      <form onSubmit={soumettre} noValidate aria-labelledby="titre-formulaire-connexion">
        <fieldset className={fr.cx("fr-fieldset")}>
          <legend id="titre-formulaire-connexion" className={fr.cx("fr-fieldset__legend")}>
            <h2 className={fr.cx("fr-h4", "fr-mb-0")}>Se connecter avec son compte Vivier</h2>
          </legend>
          <div className={fr.cx("fr-fieldset__element")}>
            <p className={fr.cx("fr-hint-text")}>Tous les champs sont obligatoires.</p>
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Input
              label="Adresse électronique"
              hintText="Format attendu : nom@domaine.fr"
              state={erreursChamps.email === undefined ? "default" : "error"}
              stateRelatedMessage={erreursChamps.email}
              nativeInputProps={{
                id: "connexion-email",
                type: "email",
                name: "email",
                autoComplete: "username",
                "aria-invalid": erreursChamps.email === undefined ? undefined : true,
                spellCheck: false,
                required: true,
                value: email,
                onChange: (e) => setEmail(e.target.value),
              }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <PasswordInput
              label="Mot de passe"
              messagesHint=""
              messages={erreursChamps.password === undefined ? [] : [{ severity: "error", message: erreursChamps.password }]}
              nativeInputProps={{
                id: "connexion-mot-de-passe",
                name: "password",
                autoComplete: "current-password",
                required: true,
                value: motDePasse,
                onChange: (e) => setMotDePasse(e.target.value),
                "aria-invalid": erreursChamps.password === undefined ? undefined : true,
              }}
            />
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Button ref={boutonConnexion} type="submit" disabled={envoi}>
              Se connecter
            </Button>
          </div>
        </fieldset>
      </form>

      {instance?.demo === true && <ComptesDemo instance={instance} remplir={remplir} />}
    </Page>
  );
}

/** Demo mode only: the fictitious accounts, one per role, and their shared password. */
function ComptesDemo({ instance, remplir }: { instance: Instance; remplir: (email: string) => void }) {
  const comptes = instance.comptesDemo ?? [];
  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="comptes-demo">
      <h2 id="comptes-demo">Comptes de démonstration</h2>
      <p>
        Cette instance est une démonstration : chaque compte ci-dessous a un rôle différent. Ils partagent tous le mot de
        passe <code>{instance.motDePasseDemo}</code>. Le bouton « Utiliser » d'un compte remplit le formulaire de
        connexion.
      </p>
      <Tableau legende={`Comptes de démonstration (${comptes.length})`} entetes={["Adresse électronique", "Nom", "Rôles", "Action"]}>
        {comptes.map((c) => (
          <tr key={c.email}>
            <th scope="row">{c.email}</th>
            <td>{c.nom}</td>
            <td>{c.roles.join(", ")}</td>
            <td>
              <Button type="button" priority="secondary" size="small" onClick={() => remplir(c.email)}>
                Utiliser<span className={fr.cx("fr-sr-only")}> le compte {c.email}</span>
              </Button>
            </td>
          </tr>
        ))}
      </Tableau>
    </section>
  );
}
