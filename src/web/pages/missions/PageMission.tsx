import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Fragment, type ReactNode, useState } from "react";
import { Link, useParams } from "react-router";
import { type Franchissement, lireHistoriqueMission, lireMission, transitionMission, useRequete, type VueMission } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Fiche } from "../../components/Fiche";
import { formaterNombre } from "../../components/format";
import { NonRenseigne, Valeur } from "../../components/NonRenseigne";
import { Page } from "../../components/Page";
import { signalerNotificationsChangees } from "../../components/useNotificationsNonLues";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { useSession } from "../../session";
import { LIBELLES_CADRE, LIBELLES_HOTE } from "../simulateur/saisie";
import { formaterJourCivil, libelleNiveauCecrl, libelleNiveauExpertise } from "../vivier/libelles";
import { CandidatsClasses } from "./CandidatsClasses";
import { CandidaturesMission } from "./CandidaturesMission";
import { DocumentsMission } from "./DocumentsMission";
import { AnnonceNavigation, BadgeEtatMission, Historique } from "./composants";
import { Evenements } from "./Evenements";
import { libelleEtatMission } from "./libelles";
import { TITRE_MISSIONS } from "./RechercheMissions";
import { SessionsMission } from "./SessionsMission";

const TITRE = "Mission";
const PARENTS = [{ label: TITRE_MISSIONS, to: chemins.missions }];

/** `/missions/:id`: a mission, what the viewer may do with it now, its sessions, candidacies and history. */
export function PageMission() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`mission-${id}`, (signal) => lireMission(id, signal));
  // The mission as the last action left it, until another mission is shown.
  const [apresAction, setApresAction] = useState<VueMission | undefined>(undefined);

  if (requete.etat === "erreur") {
    // 400 too: the API refuses an id that is not a UUID, which for the user is just a wrong address.
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return (
      <Page titre={introuvable ? "Mission introuvable" : TITRE} parents={PARENTS}>
        {introuvable ? (
          <>
            <p>Aucune mission ne correspond à cette adresse. Un brouillon n'est visible que de l'organisation qui le prépare.</p>
            <Button linkProps={{ to: chemins.missions }}>Voir les missions</Button>
          </>
        ) : (
          <AlerteErreur erreur={requete.erreur} titre="La mission n'a pas pu être chargée" />
        )}
      </Page>
    );
  }
  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} parents={PARENTS}>
        <p role="status">Chargement de la mission…</p>
      </Page>
    );
  }
  const m = apresAction?.id === requete.donnees.id ? apresAction : requete.donnees;
  return <Mission m={m} remplacer={setApresAction} />;
}

function Mission({ m, remplacer }: { m: VueMission; remplacer: (m: VueMission) => void }) {
  const { message, zone, annoncer } = useMessage();
  // Bumped after every action: the history and the candidacies are read again.
  const [version, setVersion] = useState(0);
  const [franchissements, setFranchissements] = useState<Franchissement[]>([]);
  const historique = useRequete(`historique-${m.id}-${version}`, (signal) => lireHistoriqueMission(m.id, signal));
  const signaler = (texte: string) => annoncer({ succes: false, texte });
  const proprietaire = m.candidatures !== null;
  const role = useSession().appartenanceActive?.role;

  async function avancer(evenement: VueMission["evenementsPossibles"][number]["evenement"], motif?: string) {
    const reponse = await transitionMission(m.id, evenement, motif);
    remplacer(reponse.mission);
    setVersion((v) => v + 1);
    annoncer({ succes: true, texte: `La mission est désormais : ${libelleEtatMission(reponse.etat).toLowerCase()}.` });
  }

  return (
    <Page titre={m.intitule} titreDocument={`${m.intitule} - Mission`} parents={PARENTS}>
      {/* Said once: the first action on the page says its own. */}
      {message === undefined && <AnnonceNavigation />}
      <ul className={fr.cx("fr-badges-group", "fr-mb-2w")}>
        <li>
          <BadgeEtatMission etat={m.etat} />
        </li>
      </ul>
      <p className={fr.cx("fr-text--lead")}>
        {m.organisation.nom} · projet{" "}
        {proprietaire ? <Link to={chemins.projet(m.projet.id)}>{m.projet.intitule}</Link> : m.projet.intitule}
      </p>
      <ZoneMessage message={message} zone={zone} />

      <ProchainesEtapes m={m} avancer={avancer} signaler={signaler} />

      <Description m={m} />
      <SessionsMission
        m={m}
        franchissements={franchissements}
        apresChangement={(r) => {
          remplacer(r.mission);
          setFranchissements(r.franchissements);
          setVersion((v) => v + 1);
          // A threshold crossed notifies its author too: the header's count changes.
          if (r.franchissements.length > 0) signalerNotificationsChangees();
          annoncer({
            succes: true,
            texte: r.franchissements.length > 0 ? "Les sessions sont enregistrées : un seuil de jours est franchi, voyez l'avertissement ci-dessous." : "Les sessions sont enregistrées.",
          });
        }}
        signaler={signaler}
      />
      <DocumentsMission
        m={m}
        apresChangement={(mission, texte) => {
          remplacer(mission);
          annoncer({ succes: true, texte });
        }}
        signaler={signaler}
      />

      {/* The owner sees every candidacy, HR its agents', an agent their own; other roles none. */}
      {m.etat !== "brouillon" && (proprietaire || role === "agent" || role === "gestionnaire_rh") && (
        <CandidaturesMission
          m={m}
          version={version}
          apresChangement={(texte) => {
            setVersion((v) => v + 1);
            annoncer({ succes: true, texte });
          }}
          signaler={signaler}
        />
      )}
      {proprietaire && m.etat !== "brouillon" && <CandidatsClasses m={m} />}

      <section aria-labelledby="mission-historique" className={fr.cx("fr-mt-6w")}>
        <h2 id="mission-historique">Historique</h2>
        {historique.etat === "chargement" && <p role="status">Chargement de l'historique…</p>}
        {historique.etat === "erreur" && <AlerteErreur erreur={historique.erreur} titre="L'historique n'a pas pu être chargé" />}
        {historique.etat === "succes" && <Historique legende="Historique de la mission" lignes={historique.donnees} etat={libelleEtatMission} />}
      </section>
    </Page>
  );
}

/** What the viewer may do now: the state table's events, and changing the draft. */
function ProchainesEtapes({
  m,
  avancer,
  signaler,
}: {
  m: VueMission;
  avancer: (evenement: VueMission["evenementsPossibles"][number]["evenement"], motif?: string) => Promise<void>;
  signaler: (texte: string) => void;
}) {
  if (m.evenementsPossibles.length === 0 && !m.droits.modifier) return null;
  return (
    <section aria-labelledby="mission-etapes" className={fr.cx("fr-mt-4w")}>
      <h2 id="mission-etapes">Prochaines étapes</h2>
      {m.etat === "brouillon" && (
        <p>
          Ce brouillon n'est visible que de votre organisation. Pour le publier, il lui faut des termes de référence, un pays, un bénéficiaire, au moins un
          domaine et une session ; les experts qui correspondent seront alors prévenus.
        </p>
      )}
      {m.droits.modifier && (
        <p>
          <Link className={fr.cx("fr-link", "fr-icon-edit-line", "fr-link--icon-left")} to={chemins.modifierMission(m.id)}>
            Modifier le brouillon
          </Link>
        </p>
      )}
      <Evenements id="mission" evenements={m.evenementsPossibles} declencher={avancer} signaler={signaler} />
    </section>
  );
}

/** Free text as written: a blank line starts a paragraph, a single line break stays one. */
const Paragraphes = ({ texte }: { texte: string }) => (
  <>
    {texte.split(/\n\s*\n/).map((paragraphe, i) => (
      <p key={i}>
        {paragraphe.split("\n").map((ligne, j) => (
          <Fragment key={j}>
            {j > 0 && <br />}
            {ligne}
          </Fragment>
        ))}
      </p>
    ))}
  </>
);

const euros = (n: number | undefined): ReactNode =>
  n === undefined ? <NonRenseigne /> : n.toLocaleString("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(n) ? 0 : 2 });

function Description({ m }: { m: VueMission }) {
  const cadre = m.cadre !== null && m.cadre in LIBELLES_CADRE ? LIBELLES_CADRE[m.cadre as keyof typeof LIBELLES_CADRE].libelle : m.cadre;
  const hote = m.hote === null ? null : (LIBELLES_HOTE[m.hote.type as keyof typeof LIBELLES_HOTE] ?? m.hote.type);
  return (
    <>
      <h2 className={fr.cx("fr-mt-6w")}>La mission</h2>
      <Fiche
        lignes={[
          { libelle: "Origine du besoin", valeur: m.sourceLibelle },
          { libelle: "Cadre", valeur: <Valeur>{cadre}</Valeur> },
          { libelle: "Pays", valeur: <Valeur>{m.paysLibelle}</Valeur> },
          { libelle: "Bénéficiaire", valeur: <Valeur>{m.beneficiaire}</Valeur> },
          { libelle: "Organisme d'accueil", valeur: <Valeur>{hote}</Valeur> },
          { libelle: "Experts recherchés", valeur: formaterNombre(m.nombreExperts) },
          { libelle: "Date limite de candidature", valeur: m.dateLimiteCandidature === null ? <NonRenseigne /> : formaterJourCivil(m.dateLimiteCandidature) },
          { libelle: "Publiée le", valeur: m.publieeLe === null ? "Pas encore publiée" : formaterDate(m.publieeLe) },
        ]}
      />

      <h3 className={fr.cx("fr-mt-4w")}>Termes de référence</h3>
      {m.termesDeReference === null ? <p>Pas encore rédigés.</p> : <Paragraphes texte={m.termesDeReference} />}

      <h3>Domaines d'expertise demandés</h3>
      {m.domaines.length === 0 ? (
        <p>Aucun domaine précisé.</p>
      ) : (
        <ul>
          {m.domaines.map((d) => (
            <li key={d.code}>
              <strong>{d.libelle}</strong>
              {d.niveauMin !== null ? ` — niveau ${libelleNiveauExpertise(d.niveauMin)} au moins` : " — tout niveau"}
            </li>
          ))}
        </ul>
      )}

      <h3>Langues de travail</h3>
      {m.langues.length === 0 ? (
        <p>Aucune langue demandée en plus du français.</p>
      ) : (
        <ul>
          {m.langues.map((l) => (
            <li key={l.code}>
              <strong>{l.libelle}</strong> — {libelleNiveauCecrl(l.niveau)} au moins
            </li>
          ))}
        </ul>
      )}

      <h3>Rémunération</h3>
      {m.remuneration === null ? (
        <p>Non précisée.</p>
      ) : (
        <Fiche
          lignes={[
            { libelle: "Honoraires journaliers", valeur: euros(m.remuneration.honorairesJournaliers) },
            { libelle: "Per diem", valeur: euros(m.remuneration.perDiem) },
            { libelle: "Complément de rémunération", valeur: euros(m.remuneration.complementRemuneration) },
          ]}
        />
      )}
    </>
  );
}
