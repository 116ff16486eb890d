import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { listerProcedures, type ResumeProcedure, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { NonRenseigne } from "../../components/NonRenseigne";
import { Page } from "../../components/Page";
import { ResultatsPagines } from "../../components/ResultatsPagines";
import { useSession } from "../../session";
import { peutSuivreProcedures } from "../../roles";
import { AnnonceNavigation } from "../missions/composants";
import { Reserve } from "../missions/Reserve";
import { formaterJourCivil } from "../vivier/libelles";
import { ATraiter } from "./ATraiter";
import { autrePartie, BadgeEtatProcedure, BadgeNiveauEcheance, NomAgent, prochaineEcheance, TITRE_PROCEDURES } from "./composants";
import { aDesFiltres, type CriteresProcedures, lireCriteres, PAGE_MAX, PAR_PAGE, versApi, versParams } from "./criteres";
import { FiltresProcedures } from "./FiltresProcedures";
import { typesOuvrables } from "./libelles";

export const QUI_PROCEDURES =
  "aux personnes qui ont des procédures statutaires : agents, services RH, supérieurs hiérarchiques, autorités territoriales, relations internationales et opérateurs";

/**
 * `/procedures`: « Mes procédures » — what waits for the person first, then every case they have
 * a role on, filtered by procedure and state (in the address), page by page.
 */
export function MesProcedures() {
  return (
    <ExigerConnexion titre={TITRE_PROCEDURES}>
      {() => (
        <Reserve titre={TITRE_PROCEDURES} permis={peutSuivreProcedures} qui={QUI_PROCEDURES}>
          <Contenu />
        </Reserve>
      )}
    </ExigerConnexion>
  );
}

/** One case in the list: its title leads to its page. */
function CarteProcedure({ p }: { p: ResumeProcedure }) {
  const echeance = prochaineEcheance(p);
  const partie = autrePartie(p);
  return (
    <Card
      titleAs="h3"
      size="small"
      title={p.intitule}
      linkProps={{ to: chemins.procedure(p.id) }}
      desc={p.typeLibelle}
      start={
        <ul className={fr.cx("fr-badges-group")}>
          <li>
            <BadgeEtatProcedure etat={p.etat} libelle={p.etatLibelle} petit />
          </li>
        </ul>
      }
      end={
        <dl className="vivier-carte__details">
          <div>
            <dt>Agent</dt>
            <dd>
              <NomAgent p={p} />
            </dd>
          </div>
          <div>
            <dt>Employeur</dt>
            <dd>{p.organisation.nom}</dd>
          </div>
          {partie !== null && (
            <div>
              <dt>{p.accueil !== null ? "Organisme d'accueil" : "Opérateur"}</dt>
              <dd>{partie.nom}</dd>
            </div>
          )}
          <div>
            <dt>Prochaine échéance</dt>
            <dd>
              {echeance === undefined ? (
                <NonRenseigne />
              ) : (
                <>
                  {formaterJourCivil(echeance.date)} ({echeance.libelle}) <BadgeNiveauEcheance niveau={echeance.niveau} />
                </>
              )}
            </dd>
          </div>
        </dl>
      }
    />
  );
}

function Contenu() {
  const { appartenanceActive } = useSession();
  const [params, setParams] = useSearchParams();
  const { page, ...criteres } = lireCriteres(params);
  const requete = useRequete(`procedures-${versParams(criteres, page).toString()}`, (signal) => listerProcedures(versApi(criteres, page), signal));

  // The filters start from the address and follow it when it changes from elsewhere (back button).
  const cle = versParams(criteres).toString();
  const [brouillon, setBrouillon] = useState<CriteresProcedures>(criteres);
  const [clePrecedente, setClePrecedente] = useState(cle);
  if (cle !== clePrecedente) {
    setClePrecedente(cle);
    setBrouillon(criteres);
  }
  function appliquer(c: CriteresProcedures) {
    const nouvelle = versParams(c);
    if (nouvelle.toString() !== params.toString()) setParams(nouvelle);
  }

  const ouvrables = typesOuvrables(appartenanceActive?.role);
  return (
    <Page
      titre={TITRE_PROCEDURES}
      chapo="Les procédures statutaires où vous avez un rôle — cumul d'activités, mise à disposition, détachement, convention de partenariat, ordre de mission — et ce qu'elles attendent de vous."
    >
      <AnnonceNavigation />
      {ouvrables.length > 0 && (
        <Button className={fr.cx("fr-mb-4w")} iconId="fr-icon-add-line" linkProps={{ to: chemins.nouvelleProcedure }}>
          Ouvrir une procédure
        </Button>
      )}
      <ATraiter />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4", "fr-col-lg-3")}>
          <FiltresProcedures criteres={brouillon} changer={setBrouillon} soumettre={() => appliquer(brouillon)} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-9")}>
          <ResultatsPagines
            requete={requete}
            page={page}
            parPage={PAR_PAGE}
            pageMax={PAGE_MAX}
            quoi={{ singulier: "procédure", aucun: aDesFiltres(criteres) ? "Aucune procédure ne correspond à ces filtres." : "Vous n'avez encore aucune procédure." }}
            titreErreur="Les procédures n'ont pas pu être chargées"
            lienPage={(n) => `?${versParams(criteres, n).toString()}`}
            cle={(p) => p.id}
            element={(p) => <CarteProcedure p={p} />}
          />
        </div>
      </div>
    </Page>
  );
}
