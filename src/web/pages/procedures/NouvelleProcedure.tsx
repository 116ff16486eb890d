import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { type Appartenance, lireMonProfil, ouvrirProcedure, rechercherOrganisations, rechercherProfils, type TypeProcedure, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ChampChoix, ChampSaisie } from "../../components/Champs";
import { erreurDeChamp, Formulaire, useFormulaire } from "../../components/formulaire";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Page } from "../../components/Page";
import { useSession } from "../../session";
import { etatAnnonce } from "../missions/composants";
import { Reserve } from "../missions/Reserve";
import { Options } from "../vivier/ChampsProfilEntrees";
import { ChoixRecherche, idChoixRecherche } from "./ChoixRecherche";
import { TITRE_PROCEDURES } from "./composants";
import { LIBELLES_TYPE_PROCEDURE, typesOuvrables } from "./libelles";

const TITRE = "Ouvrir une procédure";
const PARENTS = [{ label: TITRE_PROCEDURES, to: chemins.procedures }];
const ID = "nouvelle-procedure";
const CHOIX_AGENT = `${ID}-agent`;
const CHOIX_OPERATEUR = `${ID}-operateur`;

/**
 * `/procedures/nouvelle`: opening a procedure by hand — the agent a cumul (or a détachement) for
 * themself, HR one for one of its agents, the international relations service an ordre de mission
 * or a partnership convention with an operator. A procedure that follows a staffing is opened
 * from the candidacy's page, with the advisor's instrument.
 */
export function NouvelleProcedure() {
  return (
    <ExigerConnexion titre={TITRE}>
      {() => (
        <Reserve
          titre={TITRE}
          parents={PARENTS}
          permis={(a) => typesOuvrables(a.role).length > 0}
          qui="aux agents (pour eux-mêmes), aux services RH et aux chargés de relations internationales des collectivités"
        >
          <Contenu />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function Contenu() {
  const { appartenanceActive } = useSession();
  const active = appartenanceActive!;
  return (
    <Page
      titre={TITRE}
      parents={PARENTS}
      lecture
      chapo={
        active.role === "agent"
          ? "Une demande pour vous-même : elle est préremplie depuis votre profil d'expert, vous la complétez avant de la déposer."
          : "La procédure d'un de vos agents, préremplie depuis son profil ; vous la complétez ensuite sur sa page."
      }
    >
      <p>
        Pour un agent affecté à une mission, ouvrez plutôt la procédure depuis la page de sa candidature : l'instrument recommandé par le conseiller y est
        proposé.
      </p>
      {active.role === "agent" ? <PourSoiMeme active={active} /> : <FormulaireOuverture active={active} profilId={undefined} />}
    </Page>
  );
}

/** The agent opens for themself, with their own profile in the pool. */
function PourSoiMeme({ active }: { active: Appartenance }) {
  const requete = useRequete("mon-profil", (signal) => lireMonProfil(signal));
  if (requete.etat === "chargement") return <p role="status">Chargement de votre profil…</p>;
  if (requete.etat === "erreur") return <AlerteErreur erreur={requete.erreur} titre="Votre profil n'a pas pu être chargé" />;
  const profil = requete.donnees.profil;
  if (profil === null) {
    return (
      <Alert
        severity="info"
        as="h2"
        title="Vous n'avez pas encore de profil d'expert"
        description={
          <p>
            La demande est préremplie depuis votre profil et rattachée à votre employeur par lui. <Link to={chemins.monProfil}>Mon profil d'expert</Link>
          </p>
        }
      />
    );
  }
  return <FormulaireOuverture active={active} profilId={profil.id} nom={`${profil.prenom} ${profil.nom}`} />;
}

type Champ = "type" | "instrument" | "intitule" | "profilId" | "operateurId";

/** The form: the procedure, its title, and (for HR and RI) the agent or the operator it concerns. */
function FormulaireOuverture({ active, profilId, nom }: { active: Appartenance; profilId: string | undefined; nom?: string }) {
  const navigate = useNavigate();
  const types = typesOuvrables(active.role);
  const [type, setType] = useState<TypeProcedure | "">(types.length === 1 ? types[0]! : "");
  const [intitule, setIntitule] = useState("");
  const [agent, setAgent] = useState("");
  const [operateur, setOperateur] = useState("");
  // Whether the choices are listed (focus goes to the first on an error, else to the search).
  const [agentsTrouves, setAgentsTrouves] = useState(true);
  const pourSoi = profilId !== undefined;
  const convention = type === "convention_partenariat";
  const ids: Record<Champ, string> = {
    type: `${ID}-type`,
    // A procedure the law excludes for this agent (a détachement for a contractual…) is refused on `instrument`.
    instrument: `${ID}-type`,
    intitule: `${ID}-intitule`,
    profilId: idChoixRecherche(CHOIX_AGENT, agentsTrouves),
    operateurId: idChoixRecherche(CHOIX_OPERATEUR, agentsTrouves),
  };
  const formulaire = useFormulaire(ids);

  function soumettre() {
    void formulaire.envoyer(async () => {
      if (type === "") throw erreurDeChamp("type", "choisissez la procédure à ouvrir");
      if (convention && operateur === "") throw erreurDeChamp("operateurId", "choisissez l'opérateur partie à la convention");
      if (!convention && !pourSoi && agent === "") throw erreurDeChamp("profilId", "choisissez l'agent concerné");
      const p = await ouvrirProcedure({
        type,
        ...(intitule.trim() === "" ? {} : { intitule: intitule.trim() }),
        ...(convention ? { operateurId: operateur } : { profilId: profilId ?? agent }),
      });
      navigate(chemins.procedure(p.id), { state: etatAnnonce(`La procédure « ${p.intitule} » est ouverte : ${p.etatLibelle.toLowerCase()}.`) });
    }, "La procédure n'a pas pu être ouverte.");
  }

  return (
    <Formulaire
      etat={formulaire}
      titreErreur="La procédure n'a pas pu être ouverte"
      mention="Les champs sans mention « facultatif » sont obligatoires."
      bouton="Ouvrir la procédure"
      soumettre={soumettre}
    >
      {types.length > 1 ? (
        <ChampChoix id={ids.type} label="Procédure" erreur={formulaire.champs.type ?? formulaire.champs.instrument} valeur={type} changer={(v) => setType(v as TypeProcedure | "")} required>
          <Options vide="Choisir la procédure" options={types.map((t) => [t, LIBELLES_TYPE_PROCEDURE[t]])} />
        </ChampChoix>
      ) : (
        <p>
          Procédure : <strong>{type === "" ? "" : LIBELLES_TYPE_PROCEDURE[type]}</strong>
        </p>
      )}
      <ChampSaisie
        id={ids.intitule}
        label="Intitulé (facultatif)"
        hintText="Ce qui distingue cette procédure des autres, par exemple « Expertise eau potable à Mbour ». Par défaut : le nom de la procédure."
        maxLength={200}
        erreur={formulaire.champs.intitule}
        valeur={intitule}
        changer={setIntitule}
      />
      {pourSoi && (
        <p>
          Agent concerné : <strong>{nom}</strong> (vous-même).
        </p>
      )}
      {!pourSoi && !convention && (
        <ChoixRecherche
          id={CHOIX_AGENT}
          libelleRecherche="Rechercher l'agent concerné"
          aide={`Parmi les agents de ${active.organisation.nom} : nom, métier ou domaine. Sans texte, les premiers.`}
          legende="Agent concerné"
          chercher={async (q, signal) => {
            const r = await rechercherProfils({ ...(q === "" ? {} : { q }), employeur: [active.organisation.id], parPage: 10 }, signal);
            setAgentsTrouves(r.resultats.length > 0);
            return r.resultats;
          }}
          cle={(p) => p.id}
          libelle={(p) => `${p.prenom} ${p.nom}`}
          detail={(p) => [p.positionLibelle, p.metier].filter(Boolean).join(" · ")}
          valeur={agent}
          changer={setAgent}
          erreur={formulaire.champs.profilId}
        />
      )}
      {convention && (
        <ChoixRecherche
          id={CHOIX_OPERATEUR}
          libelleRecherche="Rechercher l'opérateur"
          aide="Le nom de l'opérateur partie à la convention, par exemple Expertise France. Sans texte, les premiers."
          legende="Opérateur partie à la convention"
          chercher={async (q, signal) => {
            const r = await rechercherOrganisations({ ...(q === "" ? {} : { q }), type: "operateur", parPage: 10 }, signal);
            setAgentsTrouves(r.resultats.length > 0);
            return r.resultats;
          }}
          cle={(o) => o.id}
          libelle={(o) => o.nom}
          valeur={operateur}
          changer={setOperateur}
          erreur={formulaire.champs.operateurId}
        />
      )}
    </Formulaire>
  );
}
