import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useState } from "react";
import { useNavigate } from "react-router";
import { creerOrganisation, LIBELLES_TYPE_ORGANISATION, rechercherPays, type TypeCreable, TYPES_ORGANISATION, useRequete } from "../api";
import { chemins } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { ChampChoix, ChampSaisie } from "../components/Champs";
import { Formulaire, erreurDeChamp, useFormulaire } from "../components/formulaire";
import { ExigerConnexion } from "../components/ExigerConnexion";
import { Page } from "../components/Page";
import { useSession } from "../session";
import type { OrganisationCreee } from "./AdministrationOrganisation";

const TITRE = "Créer une organisation";

// Collectivités come from the official geography and the platform exists once: neither is created here.
const TYPES_CREABLES = TYPES_ORGANISATION.filter((t): t is TypeCreable => t !== "collectivite" && t !== "plateforme");

const CHAMPS = {
  type: "organisation-type",
  nom: "organisation-nom",
  nomCourt: "organisation-nom-court",
  siren: "organisation-siren",
  pays: "organisation-pays",
  emailAdministrateur: "organisation-email-administrateur",
};

/** `/administration/organisations/nouvelle`: for the platform administrator. */
export function NouvelleOrganisation() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { appartenanceActive, appartenances } = useSession();
  if (appartenanceActive?.role !== "administrateur") {
    const autreRole = appartenances.some((a) => a.role === "administrateur");
    return (
      <Page titre={TITRE} lecture>
        <Alert
          severity="error"
          as="h2"
          title="Accès refusé"
          description={
            autreRole
              ? "Seul l'administrateur de la plateforme crée des organisations : choisissez ce rôle dans l'en-tête, puis revenez sur cette page."
              : "Seul l'administrateur de la plateforme crée des organisations. Les collectivités, elles, viennent du Code officiel géographique."
          }
        />
      </Page>
    );
  }
  return <FormulaireOrganisation />;
}

/** "" for an optional field left empty: not sent (the API would check an empty SIREN). */
const facultatif = (valeur: string) => (valeur.trim() === "" ? undefined : valeur.trim());

function FormulaireOrganisation() {
  const navigate = useNavigate();
  const [type, setType] = useState<TypeCreable | "">("");
  const [nom, setNom] = useState("");
  const [nomCourt, setNomCourt] = useState("");
  const [siren, setSiren] = useState("");
  const [pays, setPays] = useState("");
  const [email, setEmail] = useState("");
  const formulaire = useFormulaire(CHAMPS);
  const listePays = useRequete("pays", (signal) => rechercherPays("", signal));
  const ambassade = type === "ambassade";

  function soumettre() {
    void formulaire.envoyer(async () => {
      // The API's message for a missing type lists its codes: this one speaks to people.
      if (type === "") throw erreurDeChamp("type", "choisissez le type d'organisation");
      const { organisation, invitation } = await creerOrganisation({
        type,
        nom,
        nomCourt: facultatif(nomCourt),
        siren: facultatif(siren),
        pays: ambassade ? facultatif(pays) : undefined,
        emailAdministrateur: facultatif(email),
      });
      const creee: OrganisationCreee = { nom: organisation.nom, emailAdministrateur: invitation?.email ?? null };
      navigate(chemins.administrationOrganisation(organisation.id), { state: { creee } });
    }, "L'organisation n'a pas pu être créée.");
  }

  return (
    <Page titre={TITRE} lecture parents={[{ label: "Mon compte", to: chemins.compte }]}>
      <p>
        Associations d'élus, opérateurs, services du ministère, ambassades et organismes partenaires. Les collectivités viennent
        du Code officiel géographique et ne se créent pas ici. Avec l'adresse de son premier administrateur, celui-ci reçoit
        aussitôt une invitation.
      </p>
      <Formulaire etat={formulaire} titreErreur="L'organisation n'a pas pu être créée" bouton="Créer l'organisation" soumettre={soumettre} mention="Les champs sans mention « facultatif » sont obligatoires.">
        <ChampChoix
          label="Type d'organisation"
          erreur={formulaire.champs.type}
          valeur={type}
          changer={(t) => setType(t as TypeCreable | "")}
          id={CHAMPS.type}
          required
        >
          <option value="" disabled>
            Choisir un type
          </option>
          {TYPES_CREABLES.map((t) => (
            <option key={t} value={t}>
              {LIBELLES_TYPE_ORGANISATION[t]}
            </option>
          ))}
        </ChampChoix>
        <ChampSaisie
          label="Nom"
          hintText="Le nom complet, tel qu'il apparaîtra dans l'annuaire."
          erreur={formulaire.champs.nom}
          valeur={nom}
          changer={setNom}
          id={CHAMPS.nom}
          maxLength={200}
          required
        />
        <ChampSaisie
          label="Nom court (facultatif)"
          hintText="Sigle ou nom d'usage, par exemple « DAECT »."
          erreur={formulaire.champs.nomCourt}
          valeur={nomCourt}
          changer={setNomCourt}
          id={CHAMPS.nomCourt}
          maxLength={100}
        />
        <ChampSaisie
          label="Numéro SIREN (facultatif)"
          hintText="9 chiffres."
          erreur={formulaire.champs.siren}
          valeur={siren}
          changer={setSiren}
          id={CHAMPS.siren}
          inputMode="numeric"
          maxLength={9}
        />
        {ambassade &&
          (listePays.etat === "erreur" ? (
            <AlerteErreur erreur={listePays.erreur} titre="La liste des pays n'a pas pu être lue" />
          ) : (
            <ChampChoix label="Pays de l'ambassade" erreur={formulaire.champs.pays} valeur={pays} changer={setPays} id={CHAMPS.pays} required>
              <option value="" disabled>
                {listePays.etat === "chargement" ? "Chargement des pays…" : "Choisir un pays"}
              </option>
              {listePays.etat === "succes" &&
                listePays.donnees.resultats.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.nom}
                  </option>
                ))}
            </ChampChoix>
          ))}
        <ChampSaisie
          label="Adresse électronique du premier administrateur (facultatif)"
          hintText="Format attendu : nom@domaine.fr. Cette personne sera invitée comme administrateur·rice de l'organisation."
          erreur={formulaire.champs.emailAdministrateur}
          valeur={email}
          changer={setEmail}
          id={CHAMPS.emailAdministrateur}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </Formulaire>
    </Page>
  );
}
