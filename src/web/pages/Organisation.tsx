import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Link, useLocation, useParams } from "react-router";
import { lireOrganisation, type Organisation as OrganisationApi, useRequete } from "../api";
import { chemins } from "../chemins";
import { AlerteErreur } from "../components/AlerteErreur";
import { Fiche } from "../components/Fiche";
import { formaterNombre } from "../components/format";
import { NonRenseigne, Valeur } from "../components/NonRenseigne";
import { Page } from "../components/Page";
import { peutGererOrganisation } from "../roles";
import { useSession } from "../session";

/** The directory, with the search the user came from when there was one (see TableauOrganisations). */
function useLienAnnuaire(): { label: string; to: string } {
  const state: unknown = useLocation().state;
  const recherche =
    typeof state === "object" && state !== null && "recherche" in state && typeof state.recherche === "string"
      ? state.recherche
      : "";
  return { label: "Annuaire des organisations", to: `${chemins.organisations}${recherche}` };
}
const nomsDePays = new Intl.DisplayNames(["fr"], { type: "region" });

function nomDuPays(code: string): string {
  try {
    return nomsDePays.of(code) ?? code;
  } catch {
    return code; // Not a code Intl knows: show it as the API gave it.
  }
}

/** The geography's codes for groupings (the API's `nature`), in words. Communes need none. */
const NATURES: Record<string, string> = {
  CC: "Communauté de communes",
  CA: "Communauté d'agglomération",
  CU: "Communauté urbaine",
  METRO: "Métropole",
  MET69: "Métropole de Lyon",
  EPT: "Établissement public territorial",
};

function Details({ o }: { o: OrganisationApi }) {
  const collectivite = o.type === "collectivite";
  const nature = o.nature === null ? undefined : NATURES[o.nature];
  // Collectivités are described by the official geography; other bodies by their country.
  const identification = [
    { libelle: "Type d'organisation", valeur: o.typeLibelle },
    ...(collectivite ? [{ libelle: "Catégorie", valeur: <Valeur>{o.categorieLibelle}</Valeur> }] : []),
    ...(nature !== undefined ? [{ libelle: "Nature juridique", valeur: nature }] : []),
    ...(collectivite ? [{ libelle: "Code INSEE", valeur: <Valeur>{o.codeInsee}</Valeur> }] : []),
    { libelle: "Numéro SIREN", valeur: <Valeur>{o.siren}</Valeur> },
    ...(o.pays !== null ? [{ libelle: "Pays", valeur: nomDuPays(o.pays) }] : []),
  ];
  const territoire = [
    { libelle: "Code du département", valeur: <Valeur>{o.codeDepartement}</Valeur> },
    { libelle: "Code de la région", valeur: <Valeur>{o.codeRegion}</Valeur> },
    {
      libelle: "Population",
      valeur: o.population === null ? <NonRenseigne /> : `${formaterNombre(o.population)} habitants`,
    },
  ];
  return (
    <>
      <ul className={fr.cx("fr-badges-group", "fr-mb-3w")}>
        <li>
          <Badge as="span" severity="info" noIcon>
            {o.categorieLibelle ?? o.typeLibelle}
          </Badge>
        </li>
        {o.fermee === true && (
          <li>
            <Badge as="span" severity="warning">
              N'existe plus
            </Badge>
          </li>
        )}
      </ul>
      {o.fermee === true && (
        <p>Cette collectivité ne figure plus dans le Code officiel géographique (fusion ou transformation).</p>
      )}
      <h2>Identification</h2>
      <Fiche lignes={identification} />
      {collectivite && (
        <>
          <h2 className={fr.cx("fr-mt-4w")}>Territoire</h2>
          <Fiche lignes={territoire} />
        </>
      )}
    </>
  );
}

export function Organisation() {
  const { id = "" } = useParams();
  const requete = useRequete(id, (signal) => lireOrganisation(id, signal));
  const annuaire = useLienAnnuaire();
  const { appartenanceActive } = useSession();

  if (requete.etat === "chargement") {
    return (
      <Page titre="Fiche de l'organisation" parents={[annuaire]}>
        <p role="status">Chargement de la fiche…</p>
      </Page>
    );
  }

  if (requete.etat === "erreur") {
    // 400 too: the API refuses an id that is not a UUID, which for the user is just a wrong address.
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return introuvable ? (
      <Page titre="Organisation introuvable" parents={[annuaire]}>
        <p>
          Aucune organisation ne correspond à cette adresse. Le lien est peut-être incomplet, ou l'organisation a été
          retirée de Vivier.
        </p>
        <Button linkProps={{ to: annuaire.to }}>Rechercher dans l'annuaire</Button>
      </Page>
    ) : (
      <Page titre="Fiche de l'organisation" parents={[annuaire]}>
        <AlerteErreur erreur={requete.erreur} titre="La fiche n'a pas pu être chargée" />
        <p className={fr.cx("fr-mt-3w")}>
          <Link to={annuaire.to}>Revenir à l'annuaire</Link>
        </p>
      </Page>
    );
  }

  const o = requete.donnees;
  return (
    <Page titre={o.nom} parents={[annuaire]}>
      {peutGererOrganisation(appartenanceActive, o.id) && (
        <p>
          <Button priority="secondary" iconId="fr-icon-team-line" linkProps={{ to: chemins.administrationOrganisation(o.id) }}>
            Gérer les membres et les invitations
          </Button>
        </p>
      )}
      <Details o={o} />
    </Page>
  );
}
