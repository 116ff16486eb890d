import { fr } from "@codegouvfr/react-dsfr";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { EtatRequete, ReponseMissions, ResumeMission } from "../../api";
import { chemins } from "../../chemins";
import { formaterNombre } from "../../components/format";
import { ResultatsPagines } from "../../components/ResultatsPagines";
import { NonRenseigne } from "../../components/NonRenseigne";
import type { Noms } from "../vivier/SectionsProfil";
import { formaterJourCivil } from "../vivier/libelles";
import { BadgeEtatMission } from "./composants";
import { aDesFiltres, type CriteresRecherche, PAGE_MAX, PAR_PAGE, versParams } from "./criteres";

/** One mission found: its title leads to its page. */
function CarteMission({ m, noms }: { m: ResumeMission & { sessions: number }; noms: Noms | undefined }) {
  const domaines = m.domaines.map((code) => noms?.domaine(code) ?? code);
  const pays = m.pays === null ? null : (m.paysLibelle ?? m.pays);
  return (
    <Card
      titleAs="h3"
      size="small"
      title={m.intitule}
      linkProps={{ to: chemins.mission(m.id) }}
      desc={`${m.organisation.nom} · ${m.projet.intitule}`}
      start={
        <ul className={fr.cx("fr-badges-group")}>
          <li>
            <BadgeEtatMission etat={m.etat} petit />
          </li>
        </ul>
      }
      end={
        <dl className="vivier-carte__details">
          <div>
            <dt>Pays</dt>
            <dd>{pays ?? <NonRenseigne />}</dd>
          </div>
          <div>
            <dt>Domaines</dt>
            <dd>{domaines.length === 0 ? <NonRenseigne /> : domaines.join(", ")}</dd>
          </div>
          <div>
            <dt>Origine</dt>
            <dd>{m.sourceLibelle}</dd>
          </div>
          <div>
            <dt>Experts recherchés</dt>
            <dd>{formaterNombre(m.nombreExperts)}</dd>
          </div>
          <div>
            <dt>Sessions</dt>
            <dd>{formaterNombre(m.sessions)}</dd>
          </div>
        </dl>
      }
      endDetail={m.dateLimiteCandidature === null ? undefined : `Candidatures jusqu'au ${formaterJourCivil(m.dateLimiteCandidature)}`}
    />
  );
}

type Props = { requete: EtatRequete<ReponseMissions>; criteres: CriteresRecherche; page: number; noms: Noms | undefined };

/** The missions of the search in the address: how many, the cards, the pages. */
export function ResultatsMissions({ requete, criteres, page, noms }: Props) {
  return (
    <ResultatsPagines
      requete={requete}
      page={page}
      parPage={PAR_PAGE}
      pageMax={PAGE_MAX}
      quoi={{ singulier: "mission", aucun: "Aucune mission ne correspond à cette recherche." }}
      titreErreur="La recherche n'a pas pu aboutir"
      lienPage={(n) => `?${versParams(criteres, n).toString()}`}
      cle={(m) => m.id}
      element={(m) => <CarteMission m={m} noms={noms} />}
    >
      {requete.etat === "succes" && requete.donnees.total === 0 && (criteres.q.trim() !== "" || aDesFiltres(criteres)) && (
        <ul>
          {criteres.q.trim() !== "" && <li>Essayez d'autres mots : la recherche porte sur l'intitulé des missions.</li>}
          {aDesFiltres(criteres) && <li>Retirez des filtres : chacun restreint la recherche.</li>}
        </ul>
      )}
    </ResultatsPagines>
  );
}
