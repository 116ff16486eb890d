import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useState } from "react";
import { Link } from "react-router";
import {
  candidater,
  lireCandidaturesMission,
  rechercherProfils,
  type ResultatRecherche,
  useRequete,
  type VueMission,
} from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ChampSaisie } from "../../components/Champs";
import { formaterDate } from "../../components/dates";
import { phrase, versErreurApi } from "../../components/formulaire";
import { Tableau } from "../../components/Tableau";
import { useSession } from "../../session";
import { BadgesCandidature } from "./composants";
import { EtapesCandidature } from "./Evenements";

type Props = {
  m: VueMission;
  /** Bumped by the page when something may have changed the candidacies. */
  version: number;
  /** A candidacy was created or moved: the page reloads what depends on it. */
  apresChangement: (texte: string) => void;
  signaler: (texte: string) => void;
};

/**
 * The candidacies the viewer may see (the owner: all; HR: its agents'; an agent: their own), each
 * with the steps the API offers them; and, while the mission is open, applying (an agent) or
 * proposing one of one's agents (HR).
 */
export function CandidaturesMission({ m, version, apresChangement, signaler }: Props) {
  const { appartenanceActive } = useSession();
  const requete = useRequete(`candidatures-${m.id}-${version}`, (signal) => lireCandidaturesMission(m.id, signal));
  const role = appartenanceActive?.role;
  const proprietaire = m.candidatures !== null;
  const liste = requete.etat === "succes" ? requete.donnees.resultats : [];


  const titre = proprietaire ? "Candidatures" : role === "agent" ? "Votre candidature" : "Candidatures de vos agents";
  return (
    <section aria-labelledby="mission-candidatures" className={fr.cx("fr-mt-6w")}>
      <h2 id="mission-candidatures">{titre}</h2>
      {requete.etat === "chargement" && <p role="status">Chargement des candidatures…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les candidatures n'ont pas pu être chargées" />}
      {requete.etat === "succes" && liste.length === 0 && (
        <p>{proprietaire ? "Aucune candidature pour l'instant." : role === "agent" ? "Vous n'avez pas candidaté à cette mission." : "Aucun de vos agents n'a candidaté à cette mission."}</p>
      )}
      {liste.length > 0 && (
        <Tableau sansLegende legende={titre} entetes={["Expert", "Employeur", "État", "Depuis le", "Prochaines étapes"]}>
          {liste.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={chemins.candidature(c.id)}>
                  {c.profil.prenom} {c.profil.nom}
                </Link>
                {c.profil.metier !== null && <span className={fr.cx("fr-hint-text")}>{c.profil.metier}</span>}
              </th>
              <td>{c.profil.employeur.nom}</td>
              <td>
                <BadgesCandidature etat={c.etat} accord={c.accordEmployeur} petit />
                {c.motif !== null && <p className={fr.cx("fr-text--sm", "fr-mb-0")}>Motif : {c.motif}</p>}
              </td>
              <td>{formaterDate(c.modifieLe)}</td>
              <td className={fr.cx("fr-cell--multiline")}>
                <EtapesCandidature
                  c={c}
                  precision={`${c.profil.prenom} ${c.profil.nom}`}
                  apres={(apres) =>
                    apresChangement(`La candidature de ${c.profil.prenom} ${c.profil.nom} : ${apres.etatLibelle.toLowerCase()} (${apres.accordEmployeurLibelle.toLowerCase()}).`)
                  }
                  signaler={signaler}
                />
              </td>
            </tr>
          ))}
        </Tableau>
      )}
      {m.droits.candidater && role === "agent" && requete.etat === "succes" && liste.length === 0 && (
        <Candidater missionId={m.id} apresChangement={apresChangement} signaler={signaler} />
      )}
      {m.droits.candidater && role === "gestionnaire_rh" && appartenanceActive !== undefined && (
        <Proposer missionId={m.id} organisationId={appartenanceActive.organisation.id} apresChangement={apresChangement} signaler={signaler} />
      )}
    </section>
  );
}

/** A refusal in words: the field's message when the API gave one (« vous n'avez pas de profil d'expert… »), else its detail. */
const messageDe = (api: ReturnType<typeof versErreurApi>) => {
  const champ = api.probleme.erreurs?.[0]?.message;
  return champ === undefined ? api.probleme.detail : phrase(champ);
};

function Candidater({ missionId, apresChangement, signaler }: { missionId: string; apresChangement: (texte: string) => void; signaler: (texte: string) => void }) {
  const [envoi, setEnvoi] = useState(false);
  async function deposer() {
    setEnvoi(true);
    try {
      const c = await candidater(missionId);
      apresChangement(`Votre candidature est déposée (${c.accordEmployeurLibelle.toLowerCase()}).`);
    } catch (erreur) {
      const api = versErreurApi(erreur, "La candidature n'a pas pu être déposée.");
      signaler(messageDe(api));
    } finally {
      setEnvoi(false);
    }
  }
  return (
    <div className={fr.cx("fr-mt-3w")}>
      <p>
        Vous candidatez avec votre <Link to={chemins.monProfil}>profil d'expert</Link> : l'organisation de la mission le voit, et le service RH de votre
        employeur est prévenu pour accorder votre libération.
      </p>
      <Button iconId="fr-icon-send-plane-line" disabled={envoi} onClick={() => void deposer()}>
        Candidater
      </Button>
    </div>
  );
}

const ID_PROPOSER = "mission-proposer";

/** HR proposes one of its agents, found by name in its own pool; the agent then confirms. */
function Proposer({
  missionId,
  organisationId,
  apresChangement,
  signaler,
}: {
  missionId: string;
  organisationId: string;
  apresChangement: (texte: string) => void;
  signaler: (texte: string) => void;
}) {
  const [texte, setTexte] = useState("");
  const [recherche, setRecherche] = useState<string | undefined>(undefined);
  const [choix, setChoix] = useState<string>("");
  const [envoi, setEnvoi] = useState(false);
  const agents = useRequete(`agents-${organisationId}-${recherche ?? ""}`, (signal) =>
    recherche === undefined ? Promise.resolve(undefined) : rechercherProfils({ q: recherche || undefined, employeur: [organisationId], parPage: 10 }, signal),
  );
  const trouves: ResultatRecherche[] = agents.etat === "succes" ? (agents.donnees?.resultats ?? []) : [];

  async function proposer() {
    const agent = trouves.find((a) => a.id === choix);
    if (agent === undefined) return;
    setEnvoi(true);
    try {
      await candidater(missionId, agent.id);
      apresChangement(`${agent.prenom} ${agent.nom} est proposé·e : l'agent confirme ensuite sa candidature.`);
      setChoix("");
    } catch (erreur) {
      const api = versErreurApi(erreur, "L'agent n'a pas pu être proposé.");
      signaler(messageDe(api));
    } finally {
      setEnvoi(false);
    }
  }

  return (
    <section aria-labelledby={`${ID_PROPOSER}-titre`} className={fr.cx("fr-mt-4w")}>
      <h3 id={`${ID_PROPOSER}-titre`}>Proposer un de vos agents</h3>
      <form
        role="search"
        aria-label="Chercher un agent à proposer"
        onSubmit={(e) => {
          e.preventDefault();
          setRecherche(texte.trim());
          setChoix("");
        }}
      >
        <ChampSaisie
          id={`${ID_PROPOSER}-recherche`}
          label="Chercher un agent de votre vivier"
          hintText="Nom, métier ou domaine. Seuls les profils que l'organisation de la mission peut voir, selon le choix de l'agent, peuvent être proposés."
          type="search"
          valeur={texte}
          changer={setTexte}
          maxLength={200}
          autoComplete="off"
        />
        <Button type="submit" priority="secondary" iconId="fr-icon-search-line">
          Chercher
        </Button>
      </form>
      {agents.etat === "chargement" && recherche !== undefined && <p role="status">Recherche en cours…</p>}
      {agents.etat === "erreur" && <AlerteErreur erreur={agents.erreur} titre="La recherche n'a pas pu aboutir" />}
      {agents.etat === "succes" && recherche !== undefined && trouves.length === 0 && <p role="status">Aucun agent ne correspond à cette recherche.</p>}
      {trouves.length > 0 && (
        <form
          className={fr.cx("fr-mt-3w")}
          onSubmit={(e) => {
            e.preventDefault();
            void proposer();
          }}
        >
          <RadioButtons
            legend="Agent à proposer"
            name={`${ID_PROPOSER}-agent`}
            options={trouves.map((a) => ({
              label: `${a.prenom} ${a.nom}`,
              hintText: [a.metier, a.domaines.map((d) => d.libelle).join(", ")].filter((x) => x !== null && x !== "").join(" · "),
              nativeInputProps: { value: a.id, checked: choix === a.id, onChange: () => setChoix(a.id) },
            }))}
          />
          <Button type="submit" disabled={envoi || choix === ""}>
            Proposer l'agent
          </Button>
        </form>
      )}
    </section>
  );
}
