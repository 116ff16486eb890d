import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useEffect, useRef, useState } from "react";
import { creerJeton, ErreurApi, type JetonApi, type JetonCree, lireJetons, type Moi, revoquerJeton, useRequete } from "../api";
import { AlerteErreur } from "../components/AlerteErreur";
import { BadgeEnLigne } from "../components/BadgeEnLigne";
import { ChampChoix, ChampSaisie } from "../components/Champs";
import { Formulaire, useFormulaire } from "../components/formulaire";
import { Tableau } from "../components/Tableau";
import { useMessage, ZoneMessage } from "../components/ZoneMessage";
import { formaterDate } from "../components/dates";

/** The account page's "Jetons d'API" section: list, revocation, creation (secret shown once). */
export function JetonsApi({ moi }: { moi: Moi }) {
  const [version, setVersion] = useState(0);
  const requete = useRequete(`jetons-${version}`, (signal) => lireJetons(signal));
  const { message, zone, annoncer, effacer } = useMessage();
  const [cree, setCree] = useState<JetonCree | undefined>(undefined);
  const [enCours, setEnCours] = useState<string | undefined>(undefined);
  const jetons = requete.etat === "succes" ? requete.donnees.jetons : requete.etat === "chargement" ? requete.precedent?.jetons : undefined;

  async function revoquer(j: JetonApi) {
    setEnCours(j.id);
    effacer();
    try {
      await revoquerJeton(j.id);
      // The secret just created is no more worth copying once revoked.
      if (cree?.id === j.id) setCree(undefined);
      annoncer({ succes: true, texte: `Le jeton « ${j.nom} » a été révoqué : il ne fonctionne plus.` });
      setVersion((v) => v + 1);
    } catch (e) {
      annoncer({ succes: false, texte: e instanceof ErreurApi ? e.probleme.detail : "Le jeton n'a pas pu être révoqué." });
    } finally {
      setEnCours(undefined);
    }
  }

  return (
    <section className={fr.cx("fr-mt-6w")} aria-labelledby="jetons">
      <h2 id="jetons">Jetons d'API</h2>
      <p>
        Un jeton d'API permet au système informatique de votre organisation d'appeler l'API de Vivier en votre nom, avec un seul
        de vos rôles, jusqu'à sa date d'expiration. Ne le confiez qu'à ce système, et révoquez-le dès qu'il ne sert plus ou
        s'il a pu être divulgué.
      </p>
      {cree !== undefined && <SecretJeton jeton={cree} masquer={() => setCree(undefined)} />}
      <ZoneMessage message={message} zone={zone} />
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les jetons n'ont pas pu être lus" />}
      {jetons === undefined && requete.etat === "chargement" && <p role="status">Chargement des jetons…</p>}
      {jetons !== undefined &&
        (jetons.length === 0 ? (
          <p>Vous n'avez aucun jeton d'API.</p>
        ) : (
          <Tableau
            legende={`Mes jetons d'API (${jetons.length})`}
            entetes={["Nom", "Début du jeton", "Rôle et organisation", "Créé le", "Expire le", "Dernière utilisation", "Action"]}
          >
            {jetons.map((j) => (
              <tr key={j.id}>
                <th scope="row">{j.nom}</th>
                <td>
                  <code>{j.prefixe}…</code>
                </td>
                <td>
                  {j.roleLibelle} — {j.organisationNom}
                </td>
                <td>{formaterDate(j.creeLe)}</td>
                <td>
                  {formaterDate(j.expireLe)}
                  {j.expire && <BadgeEnLigne severite="warning">Expiré</BadgeEnLigne>}
                </td>
                <td>{j.utiliseLe === null ? "Jamais utilisé" : formaterDate(j.utiliseLe)}</td>
                <td>
                  <Button type="button" priority="secondary" size="small" disabled={enCours === j.id} onClick={() => void revoquer(j)}>
                    Révoquer<span className={fr.cx("fr-sr-only")}> le jeton {j.nom}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </Tableau>
        ))}
      {moi.appartenances.length === 0 ? (
        <p>Un jeton agit avec l'un de vos rôles : votre compte n'en a encore aucun.</p>
      ) : (
        <FormulaireJeton
          moi={moi}
          cree={(j) => {
            effacer();
            setCree(j);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}

/** The new secret, in a callout that takes focus: shown this once, with a button to copy it. */
function SecretJeton({ jeton, masquer }: { jeton: JetonCree; masquer: () => void }) {
  const boite = useRef<HTMLDivElement>(null);
  const [copie, setCopie] = useState<{ ok: boolean; texte: string } | undefined>(undefined);
  useEffect(() => {
    boite.current?.focus();
  }, [jeton.id]);

  async function copier() {
    try {
      await navigator.clipboard.writeText(jeton.jeton);
      setCopie({ ok: true, texte: "Jeton copié dans le presse-papiers." });
    } catch {
      setCopie({ ok: false, texte: "La copie n'a pas pu se faire : sélectionnez le jeton dans le champ et copiez-le." });
    }
  }

  return (
    <div ref={boite} tabIndex={-1} className={fr.cx("fr-callout", "fr-callout--yellow-tournesol", "fr-mb-4w")}>
      <h3 id="jeton-cree" className={fr.cx("fr-callout__title")}>
        Votre nouveau jeton « {jeton.nom} »
      </h3>
      <p className={fr.cx("fr-callout__text")}>
        <strong>Copiez-le maintenant : il ne sera plus jamais affiché.</strong> Vivier n'en garde qu'une empreinte. Il expire le{" "}
        {formaterDate(jeton.expireLe)}.
      </p>
      <Input
        label="Jeton d'API"
        className={fr.cx("fr-mt-2w")}
        nativeInputProps={{ id: "jeton-secret", readOnly: true, value: jeton.jeton, spellCheck: false, onFocus: (e) => e.target.select() }}
      />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
        <li>
          <Button type="button" iconId="fr-icon-clipboard-line" onClick={() => void copier()}>
            Copier le jeton
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={masquer}>
            Masquer le jeton
          </Button>
        </li>
      </ul>
      <p role="status" className={fr.cx("fr-mb-0", copie?.ok === false ? "fr-error-text" : "fr-valid-text")}>
        {copie?.texte}
      </p>
    </div>
  );
}

const CHAMPS_JETON = { nom: "jeton-nom", appartenanceId: "jeton-role", dureeJours: "jeton-duree" };

function FormulaireJeton({ moi, cree }: { moi: Moi; cree: (j: JetonCree) => void }) {
  const [nom, setNom] = useState("");
  const [appartenanceId, setAppartenanceId] = useState(moi.appartenanceActive ?? moi.appartenances[0]?.id ?? "");
  const [duree, setDuree] = useState("90");
  const formulaire = useFormulaire(CHAMPS_JETON);

  function soumettre() {
    void formulaire.envoyer(async () => {
      // An empty or odd duration goes as is: the API says what is wrong with it, in French.
      const reponse = await creerJeton({ nom, appartenanceId, dureeJours: duree.trim() === "" ? Number.NaN : Number(duree) });
      setNom("");
      cree(reponse);
    }, "Le jeton n'a pas pu être créé.");
  }

  return (
    <>
      <h3 className={fr.cx("fr-mt-4w")} id="nouveau-jeton">
        Créer un jeton
      </h3>
      <Formulaire etat={formulaire} titreErreur="Le jeton n'a pas pu être créé" bouton="Créer le jeton" soumettre={soumettre} titreId="nouveau-jeton">
        <ChampSaisie
          label="Nom du jeton"
          hintText="Pour le reconnaître : le nom du système qui l'utilisera, par exemple."
          erreur={formulaire.champs.nom}
          valeur={nom}
          changer={setNom}
          id={CHAMPS_JETON.nom}
          autoComplete="off"
          maxLength={100}
          required
        />
        <ChampChoix
          label="Rôle avec lequel le jeton agit"
          erreur={formulaire.champs.appartenanceId}
          valeur={appartenanceId}
          changer={setAppartenanceId}
          id={CHAMPS_JETON.appartenanceId}
          required
        >
          {moi.appartenances.map((a) => (
            <option key={a.id} value={a.id}>
              {a.roleLibelle} — {a.organisation.nom}
            </option>
          ))}
        </ChampChoix>
        <ChampSaisie
          label="Durée de validité, en jours"
          hintText="De 1 à 365 jours ; 90 par défaut."
          erreur={formulaire.champs.dureeJours}
          valeur={duree}
          changer={setDuree}
          id={CHAMPS_JETON.dureeJours}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          required
        />
      </Formulaire>
    </>
  );
}
