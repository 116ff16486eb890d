import { fr } from "@codegouvfr/react-dsfr";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { lireProcedure, type Procedure, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Fiche } from "../../components/Fiche";
import { Page } from "../../components/Page";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { AnnonceNavigation } from "../missions/composants";
import { ActionsProcedure } from "./ActionsProcedure";
import { autrePartie, BadgeEtatProcedure, NomAgent, TITRE_PROCEDURES } from "./composants";
import { DocumentsProcedure } from "./DocumentsProcedure";
import { DonneesProcedure } from "./DonneesProcedure";
import { EcheancesProcedure } from "./EcheancesProcedure";
import { HistoriqueProcedure } from "./HistoriqueProcedure";
import { AlertesProcedure } from "./AlertesProcedure";
import { RemboursementsProcedure } from "./RemboursementsProcedure";
import { libelleInstrument, procedureRecommandee } from "./libelles";
import { ReglesProcedure } from "./ReglesProcedure";

const TITRE = "Procédure";
const PARENTS = [{ label: TITRE_PROCEDURES, to: chemins.procedures }];

/**
 * `/procedures/:id`: a case — its state and parties, the advisor's recommendation, the person's
 * next actions, its data, deadlines, documents, history and rules.
 */
export function PageProcedure() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`procedure-${id}`, (signal) => lireProcedure(id, signal));
  const [apresAction, setApresAction] = useState<Procedure | undefined>(undefined);

  if (requete.etat === "erreur") {
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return (
      <Page titre={introuvable ? "Procédure introuvable" : TITRE} parents={PARENTS}>
        {introuvable ? (
          <p>Aucune procédure où vous avez un rôle ne correspond à cette adresse.</p>
        ) : (
          <AlerteErreur erreur={requete.erreur} titre="La procédure n'a pas pu être chargée" />
        )}
      </Page>
    );
  }
  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} parents={PARENTS}>
        <p role="status">Chargement de la procédure…</p>
      </Page>
    );
  }
  const p = apresAction?.id === requete.donnees.id ? apresAction : requete.donnees;
  return <Dossier p={p} remplacer={setApresAction} />;
}

/** The advisor's instrument for the staffing the case comes from, and why another was chosen. */
function Recommandation({ p }: { p: Procedure }) {
  if (p.instrumentRecommande === null && p.justification === null) return null;
  const recommandee = p.instrumentRecommande === null ? undefined : procedureRecommandee(p.instrumentRecommande).procedure;
  const autre = recommandee !== undefined && recommandee !== p.type;
  return (
    <CallOut
      className={fr.cx("fr-mt-4w")}
      title={p.instrumentRecommande === null ? "Choix de la procédure" : `Instrument recommandé par le conseiller : ${libelleInstrument(p.instrumentRecommande)}`}
      titleAs="h2"
      iconId="fr-icon-scales-3-line"
      bodyAs="div"
    >
      {p.instrumentRecommande !== null && (
        <p>
          {autre || recommandee === undefined
            ? `La procédure ouverte, « ${p.typeLibelle} », n'est pas celle que le conseiller recommande pour l'affectation.`
            : `La procédure ouverte suit la recommandation du conseiller pour l'affectation.`}
        </p>
      )}
      {p.justification !== null && (
        <p>
          <strong>Justification du choix :</strong> {p.justification}
        </p>
      )}
      {p.candidatureId !== null && (
        <p>
          <Link to={chemins.candidature(p.candidatureId)}>L'affectation d'où part la procédure</Link>
        </p>
      )}
    </CallOut>
  );
}

function Dossier({ p, remplacer }: { p: Procedure; remplacer: (p: Procedure) => void }) {
  const { message, zone, annoncer } = useMessage();
  const [erreursDonnees, setErreursDonnees] = useState<{ champ: string; message: string }[]>([]);
  const partie = autrePartie(p);
  const apres = (r: Procedure, texte: string) => {
    remplacer(r);
    setErreursDonnees([]);
    annoncer({ succes: true, texte });
  };
  const signaler = (texte: string) => annoncer({ succes: false, texte });

  return (
    <Page titre={p.intitule} parents={PARENTS}>
      <ul className={fr.cx("fr-badges-group")}>
        <li>
          <BadgeEtatProcedure etat={p.etat} libelle={p.etatLibelle} />
        </li>
      </ul>
      <p className={fr.cx("fr-text--lead", "fr-mt-2w")}>{p.typeLibelle}</p>
      <AnnonceNavigation />
      <ZoneMessage message={message} zone={zone} />
      <Fiche
        lignes={[
          { libelle: "État", valeur: p.etatLibelle },
          { libelle: "Employeur", valeur: p.organisation.nom },
          { libelle: "Agent", valeur: <NomAgent p={p} /> },
          ...(partie === null ? [] : [{ libelle: p.accueil !== null ? "Organisme d'accueil" : "Opérateur", valeur: partie.nom }]),
          { libelle: "Vous agissez comme", valeur: p.mesRoles.map((r) => r.libelle).join(", ") },
          // A substantial change of an authorised cumul opened a new request (C6): each leads to the other.
          ...lienDeSuivi(p, "remplaceePar", "Remplacée par", "la nouvelle demande"),
          ...lienDeSuivi(p, "remplace", "Remplace", "la demande précédente"),
          { libelle: "Ouverte le", valeur: formaterDate(p.creeLe) },
          { libelle: "Dernière modification", valeur: formaterDate(p.modifieLe) },
        ]}
      />
      <Recommandation p={p} />
      <AlertesProcedure alertes={p.alertes} />

      <section aria-labelledby="procedure-actions" className={fr.cx("fr-mt-6w")}>
        <h2 id="procedure-actions">Prochaines actions</h2>
        <ActionsProcedure
          p={p}
          apres={apres}
          signaler={signaler}
          signalerDonnees={setErreursDonnees}
        />
      </section>

      <DonneesProcedure p={p} apres={apres} erreursEtape={erreursDonnees} />
      <EcheancesProcedure echeances={p.echeances} termine={p.termine} />
      <RemboursementsProcedure remboursements={p.remboursements} />
      <DocumentsProcedure p={p} apres={apres} />
      <HistoriqueProcedure lignes={p.historique} />
      <ReglesProcedure regles={p.regles ?? []} />
    </Page>
  );
}

/** A line of the case's card linking to the case its follow-up names under `cle`, when it does. */
function lienDeSuivi(p: Procedure, cle: "remplace" | "remplaceePar", libelle: string, texte: string) {
  const id = p.suivi[cle];
  return typeof id === "string" ? [{ libelle, valeur: <Link to={chemins.procedure(id)}>{texte}</Link> }] : [];
}
