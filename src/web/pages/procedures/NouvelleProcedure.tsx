import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { type Appartenance, lireMonProfil, ouvrirProcedure, rechercherProfils, type TypeProcedure, useRequete } from "../../api";
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
import { ChoixOrganisation, ChoixRecherche, useChoixRecherche } from "./ChoixRecherche";
import { TITRE_PROCEDURES } from "./composants";
import { LIBELLES_TYPE_PROCEDURE, typesOuvrables } from "./libelles";

const TITRE = "Ouvrir une procédure";
const PARENTS = [{ label: TITRE_PROCEDURES, to: chemins.procedures }];
const ID = "nouvelle-procedure";
const CHOIX_AGENT = `${ID}-agent`;
const CHOIX_OPERATEUR = `${ID}-operateur`;
const CHOIX_COLLECTIVITE = `${ID}-collectivite`;
const CHOIX_ACCUEIL = `${ID}-accueil`;

/** The procedures whose host may be an organisation of Vivier, named by hand (`accueilId`). */
const AVEC_ACCUEIL: readonly TypeProcedure[] = ["mise_a_disposition", "detachement"];

/**
 * `/procedures/nouvelle`: opening a procedure by hand — the agent a cumul (or a détachement) for
 * themself, HR one for one of its agents, the international relations service an ordre de mission
 * or a partnership convention with an operator, an operator a partnership convention with a
 * collectivité. A mise à disposition or a détachement may name its host when it is on Vivier. A
 * procedure that follows a staffing is opened from the candidacy's page, with the advisor's
 * instrument.
 */
export function NouvelleProcedure() {
  return (
    <ExigerConnexion titre={TITRE}>
      {() => (
        <Reserve
          titre={TITRE}
          parents={PARENTS}
          permis={(a) => typesOuvrables(a.role).length > 0}
          qui="aux agents (pour eux-mêmes), aux services RH et aux chargés de relations internationales des collectivités, et aux opérateurs"
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
  const operateur = active.role === "operateur";
  return (
    <Page
      titre={TITRE}
      parents={PARENTS}
      lecture
      chapo={
        active.role === "agent"
          ? "Une demande pour vous-même : elle est préremplie depuis votre profil d'expert, vous la complétez avant de la déposer."
          : operateur
            ? "Une convention de partenariat avec une collectivité territoriale, préremplie avec le nom des deux parties ; vous la complétez ensuite sur sa page."
            : active.role === "charge_ri"
              ? "Un ordre de mission pour un de vos agents, prérempli depuis son profil, ou une convention de partenariat avec un opérateur, préremplie avec le nom des deux parties ; vous la complétez ensuite sur sa page."
              : "La procédure d'un de vos agents, préremplie depuis son profil ; vous la complétez ensuite sur sa page."
      }
    >
      {!operateur && (
        <p>
          Pour un agent affecté à une mission, ouvrez plutôt la procédure depuis la page de sa candidature : l'instrument recommandé par le conseiller y est
          proposé.
        </p>
      )}
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

type Champ = "type" | "instrument" | "intitule" | "profilId" | "operateurId" | "collectiviteId" | "accueilId";

/**
 * The form: the procedure, its title, and what it concerns — the agent (for HR), with the host
 * when it is on Vivier (a mise à disposition, a détachement), or the other party to a convention
 * (the operator for the collectivité's international relations, the collectivité for an operator).
 */
function FormulaireOuverture({ active, profilId, nom }: { active: Appartenance; profilId: string | undefined; nom?: string }) {
  const navigate = useNavigate();
  const types = typesOuvrables(active.role);
  const [type, setType] = useState<TypeProcedure | "">(types.length === 1 ? types[0]! : "");
  const [intitule, setIntitule] = useState("");
  const [agent, setAgent] = useState("");
  const [partie, setPartie] = useState("");
  const [accueil, setAccueil] = useState("");
  const choixAgent = useChoixRecherche(CHOIX_AGENT);
  const choixOperateur = useChoixRecherche(CHOIX_OPERATEUR);
  const choixCollectivite = useChoixRecherche(CHOIX_COLLECTIVITE);
  const choixAccueil = useChoixRecherche(CHOIX_ACCUEIL);
  const pourSoi = profilId !== undefined;
  const convention = type === "convention_partenariat";
  // The other party to a convention: the operator names the collectivité, the collectivité the operator.
  const parLOperateur = active.role === "operateur";
  const champPartie = parLOperateur ? "collectiviteId" : "operateurId";
  const avecAccueil = type !== "" && AVEC_ACCUEIL.includes(type);
  const ids: Record<Champ, string> = {
    type: `${ID}-type`,
    // A procedure the law excludes for this agent (a détachement for a contractual…) is refused on `instrument`.
    instrument: `${ID}-type`,
    intitule: `${ID}-intitule`,
    profilId: choixAgent.cible,
    operateurId: choixOperateur.cible,
    collectiviteId: choixCollectivite.cible,
    accueilId: choixAccueil.cible,
  };
  const formulaire = useFormulaire(ids);

  function soumettre() {
    void formulaire.envoyer(async () => {
      if (type === "") throw erreurDeChamp("type", "choisissez la procédure à ouvrir");
      if (convention && partie === "") {
        throw erreurDeChamp(champPartie, parLOperateur ? "choisissez la collectivité partie à la convention" : "choisissez l'opérateur partie à la convention");
      }
      if (!convention && !pourSoi && agent === "") throw erreurDeChamp("profilId", "choisissez l'agent concerné");
      const p = await ouvrirProcedure({
        type,
        ...(intitule.trim() === "" ? {} : { intitule: intitule.trim() }),
        ...(!convention ? { profilId: profilId ?? agent } : parLOperateur ? { collectiviteId: partie } : { operateurId: partie }),
        ...(avecAccueil && accueil !== "" ? { accueilId: accueil } : {}),
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
          {...choixAgent.props}
          libelleRecherche="Rechercher l'agent concerné"
          aide={`Parmi les agents de ${active.organisation.nom} : nom, métier ou domaine. Sans texte, les premiers.`}
          legende="Agent concerné"
          chercher={async (q, signal) => (await rechercherProfils({ ...(q === "" ? {} : { q }), employeur: [active.organisation.id], parPage: 10 }, signal)).resultats}
          cle={(p) => p.id}
          libelle={(p) => `${p.prenom} ${p.nom}`}
          detail={(p) => [p.positionLibelle, p.metier].filter(Boolean).join(" · ")}
          valeur={agent}
          changer={setAgent}
          erreur={formulaire.champs.profilId}
        />
      )}
      {avecAccueil && (
        <ChoixOrganisation
          {...choixAccueil.props}
          typeSansTexte="operateur"
          libelleRecherche="Rechercher l'organisme d'accueil (facultatif)"
          aide={`Quand l'organisme d'accueil est sur Vivier (une autre organisation que ${active.organisation.nom}, par exemple Expertise France), ses membres agissent eux-mêmes sur la procédure. Sinon, ne choisissez rien : son nom se saisit dans les données de la procédure et le service RH enregistre ses actes. Sans texte, les opérateurs.`}
          legende="Organisme d'accueil sur Vivier (facultatif)"
          aucun="Aucun : l'organisme d'accueil n'est pas sur Vivier"
          valeur={accueil}
          changer={setAccueil}
          erreur={formulaire.champs.accueilId}
        />
      )}
      {convention && !parLOperateur && (
        <ChoixOrganisation
          {...choixOperateur.props}
          type="operateur"
          libelleRecherche="Rechercher l'opérateur"
          aide="Le nom de l'opérateur partie à la convention, par exemple Expertise France. Sans texte, les premiers."
          legende="Opérateur partie à la convention"
          valeur={partie}
          changer={setPartie}
          erreur={formulaire.champs.operateurId}
        />
      )}
      {convention && parLOperateur && (
        <ChoixOrganisation
          {...choixCollectivite.props}
          type="collectivite"
          libelleRecherche="Rechercher la collectivité"
          aide="Le nom de la collectivité territoriale partie à la convention, par exemple Région Nouvelle-Aquitaine. Sans texte, les plus peuplées."
          legende="Collectivité partie à la convention"
          valeur={partie}
          changer={setPartie}
          erreur={formulaire.champs.collectiviteId}
        />
      )}
    </Formulaire>
  );
}
