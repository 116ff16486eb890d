import { Fragment } from "react";
import { Link, useParams } from "react-router";
import { lireAffectationsOrganisation, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Page } from "../../components/Page";
import { peutSuivreAffectations } from "../../roles";
import { useSession } from "../../session";
import { jours } from "./libelles";
import { LiberationsADecider } from "./LiberationsADecider";
import { TITRE_MISSIONS } from "./RechercheMissions";
import { Reserve } from "./Reserve";
import { TableauJours } from "./TableauJours";

const TITRE = "Les missions de nos agents";
const PARENTS = [{ label: TITRE_MISSIONS, to: chemins.missions }];

/**
 * `/organisations/:id/affectations`: HR's view of its agents' missions — the releases waiting for
 * its answer, then the staffings with their days per project and the thresholds.
 */
export function AffectationsOrganisation() {
  return (
    <ExigerConnexion titre={TITRE}>
      {() => (
        <Reserve
          titre={TITRE}
          parents={PARENTS}
          permis={peutSuivreAffectations}
          qui="aux services des ressources humaines et aux chargés de relations internationales des collectivités"
        >
          <Contenu />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

function Contenu() {
  const { id = "" } = useParams();
  const { appartenanceActive } = useSession();
  const requete = useRequete(`affectations-${id}`, (signal) => lireAffectationsOrganisation(id, signal));
  const nom = appartenanceActive?.organisation.id === id ? appartenanceActive.organisation.nom : undefined;
  return (
    <Page
      titre={TITRE}
      parents={PARENTS}
      chapo={`Les candidatures des agents ${nom === undefined ? "de l'organisation" : `de ${nom}`} qui attendent votre accord, puis leurs affectations : leurs jours d'expertise par projet, toutes missions comprises, et l'instrument juridique que le conseiller recommande pour ce total.`}
    >
      <LiberationsADecider organisationId={id} />
      <h2>Affectations et jours par projet</h2>
      {requete.etat === "chargement" && <p role="status">Chargement des affectations…</p>}
      {requete.etat === "erreur" && <AlerteErreur erreur={requete.erreur} titre="Les affectations n'ont pas pu être chargées" />}
      {requete.etat === "succes" && (
        <>
          <p>
            Seuils de la note : à partir de {jours(requete.donnees.seuils.miseADisposition)} sur un même projet, la mise à disposition ; au-delà de{" "}
            {jours(requete.donnees.seuils.detachement)}, le détachement ou la disponibilité. Les jours déjà faits gardent leur instrument.
          </p>
          {requete.donnees.resultats.length === 0 ? (
            <p>Aucun de vos agents n'est affecté à une mission pour l'instant.</p>
          ) : (
            <TableauJours
              legende="Les affectations des agents, par projet"
              colonnes={["Agent", "Projet et missions"]}
              lignes={requete.donnees.resultats.map((r) => ({
                cle: `${r.profil.id}-${r.projet.id}`,
                entete: (
                  <Link to={chemins.profil(r.profil.id)}>
                    {r.profil.prenom} {r.profil.nom}
                  </Link>
                ),
                cellules: [
                  <>
                    <strong>{r.projet.intitule}</strong>
                    {r.missions.map((m) => (
                      <Fragment key={m.id}>
                        <br />
                        <Link to={chemins.candidature(m.candidatureId)}>{m.intitule}</Link>
                      </Fragment>
                    ))}
                  </>,
                ],
                bilan: r,
              }))}
            />
          )}
        </>
      )}
    </Page>
  );
}
