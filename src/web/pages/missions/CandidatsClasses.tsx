import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Link } from "react-router";
import { lireCandidatsClasses, useRequete, type VueMission } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterNombre, pluriel } from "../../components/format";
import { jours } from "./libelles";

const points = (n: number) => `${n.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} point${n >= 2 ? "s" : ""}`;

/**
 * For the mission's owner: the experts of the pool who fit, best first, each with the reasons of
 * their score (domains and levels, languages, countries, availability, current load) — only those
 * who consented to be seen by the owner. Said plainly when the API does not rank (yet).
 */
export function CandidatsClasses({ m }: { m: VueMission }) {
  const requete = useRequete(`candidats-${m.id}-${m.modifieLe}`, (signal) => lireCandidatsClasses(m.id, signal));
  return (
    <section aria-labelledby="mission-candidats" className={fr.cx("fr-mt-6w")}>
      <h2 id="mission-candidats">Experts qui correspondent</h2>
      <p className={fr.cx("fr-hint-text")}>
        Classés selon les domaines et niveaux demandés, les langues, les pays, la disponibilité sur les sessions et les missions déjà acceptées. Seuls
        les experts qui ont choisi d'être visibles de votre organisation sont classés ; ils sont prévenus de la publication de la mission.
      </p>
      {requete.etat === "chargement" && <p role="status">Classement des experts…</p>}
      {requete.etat === "erreur" &&
        (requete.erreur.statut === 404 || requete.erreur.statut === 405 || requete.erreur.statut === 501 ? (
          <p>Le classement des experts n'est pas disponible pour cette mission.</p>
        ) : (
          <AlerteErreur erreur={requete.erreur} titre="Le classement des experts n'a pas pu être établi" />
        ))}
      {requete.etat === "succes" && requete.donnees.candidats.length === 0 && (
        <p>Aucun expert ne correspond pour l'instant : vérifiez les domaines demandés et les sessions de la mission.</p>
      )}
      {requete.etat === "succes" && requete.donnees.candidats.length > 0 && (
        <>
          <p>
            {pluriel(requete.donnees.candidats.length, "expert")} classé{requete.donnees.candidats.length > 1 ? "s" : ""}
            {!requete.donnees.complet && ` parmi les ${formaterNombre(requete.donnees.lus)} profils les plus proches`}
            {requete.donnees.voisins && " ; des experts de domaines voisins du thésaurus sont inclus"}.
          </p>
          <ol className="vivier-resultats">
            {requete.donnees.candidats.map((c) => (
              <li key={c.id}>
                <h3 className={fr.cx("fr-h6", "fr-mb-1w")}>
                  <Link to={chemins.profil(c.id)}>
                    {c.prenom} {c.nom}
                  </Link>{" "}
                  <Badge as="span" small noIcon severity="info">
                    {`Score ${formaterNombre(Math.round(c.score))} sur 100`}
                  </Badge>
                </h3>
                <p className={fr.cx("fr-mb-1w")}>
                  {[c.metier, c.organisation.nom, c.positionLibelle].filter((x) => x !== null && x !== "").join(" · ")}
                  {c.joursEngages > 0 && ` · ${jours(c.joursEngages)} déjà engagés sur 12 mois`}
                </p>
                {c.candidature && (
                  <p className={fr.cx("fr-mb-1w")}>
                    <Link to={chemins.candidature(c.candidature.id)}>Sa candidature</Link> : {c.candidature.etatLibelle.toLowerCase()}
                  </p>
                )}
                <ul>
                  {c.raisons.map((r) => (
                    <li key={`${r.type}-${r.texte}`}>
                      {r.texte} ({points(r.points)})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
