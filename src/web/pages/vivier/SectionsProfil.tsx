import { fr } from "@codegouvfr/react-dsfr";
import { Link } from "react-router";
import { type RegionIntervention, urlDocumentProfil, type VueProfil } from "../../api";
import { chemins } from "../../chemins";
import { Fiche } from "../../components/Fiche";
import { formaterNombre, pluriel } from "../../components/format";
import { Valeur } from "../../components/NonRenseigne";
import { Tableau } from "../../components/Tableau";
import {
  formaterJour,
  formaterJourCivil,
  LIBELLES_DOCUMENT,
  libelleNiveauCecrl,
  libelleNiveauExpertise,
  libellePosition,
} from "./libelles";

/** French names of the codes a profile holds (thesaurus, languages, countries), read from the API. */
export type Noms = { domaine: (code: string) => string; langue: (code: string) => string; pays: (code: string) => string };

/** « Dakar (Sénégal) »: the code (SN-DK), a standard's, says nothing more to a reader than the country does. */
const libelleRegion = (r: RegionIntervention, noms: Pick<Noms, "pays">) => `${r.nom} (${noms.pays(r.pays)})`;

/** A field reserved to the agent and their employer: absent from the answer for anyone else, so left out here too. */
const siPresent = (libelle: string, valeur: string | undefined, rendu: (v: string) => string = (v) => v) =>
  valeur === undefined ? [] : [{ libelle, valeur: rendu(valeur) }];

export function IdentiteEtEmploi({ p }: { p: VueProfil }) {
  return (
    <>
      <h2 className={fr.cx("fr-mt-4w")}>Identité et contact</h2>
      <Fiche
        lignes={[
          { libelle: "Prénom et nom", valeur: `${p.prenom} ${p.nom}` },
          { libelle: "Adresse électronique", valeur: <a href={`mailto:${p.courriel}`}>{p.courriel}</a> },
          ...siPresent("Téléphone", p.telephone),
          ...siPresent("Numéro d'agent", p.numeroAgent),
          ...siPresent("Date de naissance", p.dateNaissance, formaterJourCivil),
          ...siPresent("Départ à la retraite prévu", p.dateRetraitePrevue, formaterJourCivil),
        ]}
      />
      <h2 className={fr.cx("fr-mt-4w")}>Emploi</h2>
      <Fiche
        lignes={[
          { libelle: "Employeur", valeur: <Link to={chemins.organisation(p.organisation.id)}>{p.organisation.nom}</Link> },
          { libelle: "Position statutaire", valeur: libellePosition(p.position) },
          { libelle: "Métier", valeur: <Valeur>{p.metier ?? null}</Valeur> },
          { libelle: "Grade", valeur: <Valeur>{p.grade ?? null}</Valeur> },
          { libelle: "Cadre d'emplois", valeur: <Valeur>{p.cadreEmplois ?? null}</Valeur> },
          { libelle: "Catégorie", valeur: <Valeur>{p.categorie ?? null}</Valeur> },
        ]}
      />
    </>
  );
}

export function Expertise({ p, noms }: { p: VueProfil; noms: Noms }) {
  return (
    <>
      <h2 className={fr.cx("fr-mt-4w")}>Expertise</h2>
      <h3 className={fr.cx("fr-h6")}>Domaines d'expertise</h3>
      {p.domaines.length === 0 ? (
        <p>Aucun domaine renseigné.</p>
      ) : (
        <ul className="vivier-profil__domaines">
          {p.domaines.map((d) => (
            <li key={d.code}>
              <strong>{noms.domaine(d.code)}</strong> — {libelleNiveauExpertise(d.niveau)}
              {d.precision !== undefined && d.precision !== "" && <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{d.precision}</p>}
            </li>
          ))}
        </ul>
      )}

      <h3 className={fr.cx("fr-h6")}>Langues</h3>
      {p.langues.length === 0 ? (
        <p>Aucune langue étrangère renseignée.</p>
      ) : (
        <ul>
          {p.langues.map((l) => (
            <li key={l.code}>
              <strong>{noms.langue(l.code)}</strong> — {libelleNiveauCecrl(l.niveau)}
            </li>
          ))}
        </ul>
      )}

      <h3 className={fr.cx("fr-h6")}>Pays d'expérience</h3>
      {p.pays.length === 0 ? (
        <p>Aucun pays renseigné.</p>
      ) : (
        <ul className={fr.cx("fr-tags-group")}>
          {p.pays.map((c) => (
            <li key={c}>
              <p className={fr.cx("fr-tag")}>{noms.pays(c)}</p>
            </li>
          ))}
        </ul>
      )}

      <h3 className={fr.cx("fr-h6")}>Régions d'intervention</h3>
      {p.regions.length === 0 ? (
        <p>Aucune région renseignée.</p>
      ) : (
        <ul className={fr.cx("fr-tags-group")}>
          {p.regions.map((r) => (
            <li key={`${r.pays}-${r.nom}`}>
              <p className={fr.cx("fr-tag")}>{libelleRegion(r, noms)}</p>
            </li>
          ))}
        </ul>
      )}

      <h3 className={fr.cx("fr-h6")}>Missions passées</h3>
      {p.missionsPassees.length === 0 ? (
        <p>Aucune mission renseignée.</p>
      ) : (
        // The h3 above titles the table: its caption (the shared Tableau always has one) is for screen readers only.
        <div className={fr.cx("fr-table--no-caption")}>
          <Tableau legende="Missions passées" entetes={["Mission", "Pays", "Année", "Commanditaire", "Description"]}>
            {p.missionsPassees.map((m, i) => (
              <tr key={`${m.intitule}-${i}`}>
                <th scope="row">{m.intitule}</th>
                <td>
                  <Valeur>{m.pays === undefined ? null : noms.pays(m.pays)}</Valeur>
                </td>
                <td>
                  <Valeur>{m.annee === undefined ? null : String(m.annee)}</Valeur>
                </td>
                <td>
                  <Valeur>{m.commanditaire ?? null}</Valeur>
                </td>
                <td>
                  <Valeur>{m.description ?? null}</Valeur>
                </td>
              </tr>
            ))}
          </Tableau>
        </div>
      )}
    </>
  );
}

export function Disponibilite({ p }: { p: VueProfil }) {
  return (
    <>
      <h2 className={fr.cx("fr-mt-4w")}>Disponibilité</h2>
      {p.disponibilites.length === 0 ? (
        <p>Aucune période de disponibilité déclarée.</p>
      ) : (
        <ul>
          {p.disponibilites.map((d) => (
            <li key={`${d.debut}-${d.fin}`}>
              Du {formaterJourCivil(d.debut)} au {formaterJourCivil(d.fin)}
              {d.commentaire !== undefined && d.commentaire !== "" && ` — ${d.commentaire}`}
            </li>
          ))}
        </ul>
      )}
      <p>
        {p.joursParAn === undefined
          ? "Nombre de jours par an accordés par l'employeur : non renseigné."
          : `Jusqu'à ${pluriel(p.joursParAn, "jour")} par an, avec l'accord de l'employeur.`}
      </p>
    </>
  );
}

export function Suivi({ p }: { p: VueProfil }) {
  return (
    <>
      <h2 className={fr.cx("fr-mt-4w")}>Suivi du profil</h2>
      {/* When it was confirmed and who sees it are said under the name, at the top of the page. */}
      <Fiche
        lignes={[
          {
            libelle: p.perime ? "À confirmer depuis le" : "À confirmer avant le",
            valeur: formaterJourCivil(p.perimeLe),
          },
          { libelle: "Après la retraite", valeur: p.maintienApresRetraite ? "Reste dans le vivier" : "Quitte le vivier" },
          { libelle: "Tenu par", valeur: p.reclame ? "L'agent, avec son propre compte" : "Le service des ressources humaines de son employeur" },
        ]}
      />
    </>
  );
}

/** "PDF – 120 ko": what a download link says of its file, as the DSFR's download links do. */
export function detailFichier(typeMime: string, taille: number): string {
  const format = typeMime === "application/pdf" ? "PDF" : typeMime.includes("wordprocessingml") ? "DOCX" : typeMime;
  const poids = taille < 1024 * 1024 ? `${formaterNombre(Math.max(1, Math.round(taille / 1024)))} ko` : `${(taille / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
  return `${format} – ${poids}`;
}

export function Documents({ p }: { p: VueProfil }) {
  return (
    <>
      <h2 className={fr.cx("fr-mt-4w")}>Documents</h2>
      {p.documents.length === 0 ? (
        <p>Aucun document déposé.</p>
      ) : (
        <ul>
          {p.documents.map((d) => (
            <li key={d.id}>
              {/* Served by the API with the session cookie: a plain link, which the browser downloads. */}
              <a className={fr.cx("fr-link", "fr-link--download")} href={urlDocumentProfil(p.id, d.id)} download={d.nom}>
                {LIBELLES_DOCUMENT[d.type] ?? d.type} : {d.nom}
                <span className={fr.cx("fr-link__detail")}>
                  {detailFichier(d.typeMime, d.taille)}, déposé le {formaterJour(d.creeLe)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
