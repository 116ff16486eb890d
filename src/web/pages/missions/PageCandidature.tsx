import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { type DetailCandidature, lireCandidature, transitionCandidature, useRequete } from "../../api";
import { chemins } from "../../chemins";
import { AlerteErreur } from "../../components/AlerteErreur";
import { formaterDate } from "../../components/dates";
import { ExigerConnexion } from "../../components/ExigerConnexion";
import { Fiche } from "../../components/Fiche";
import { Page } from "../../components/Page";
import { useMessage, ZoneMessage } from "../../components/ZoneMessage";
import { guideDeLInstrument } from "../guides/contenu";
import { OuvrirDepuisAffectation } from "../procedures/OuvrirDepuisAffectation";
import { BadgesCandidature, Historique } from "./composants";
import { Evenements } from "./Evenements";
import { jours, LIBELLES_TRANCHE, libelleEtatCandidature, repartitionJours } from "./libelles";
import { TITRE_MISSIONS } from "./RechercheMissions";

const TITRE = "Candidature";

/** `/candidatures/:id`: a candidacy, its next steps for the viewer, its history and, once staffed, the days and the instrument. */
export function PageCandidature() {
  return <ExigerConnexion titre={TITRE}>{() => <Contenu />}</ExigerConnexion>;
}

function Contenu() {
  const { id = "" } = useParams();
  const requete = useRequete(`candidature-${id}`, (signal) => lireCandidature(id, signal));
  const [apresAction, setApresAction] = useState<DetailCandidature | undefined>(undefined);
  const parents = [{ label: TITRE_MISSIONS, to: chemins.missions }];

  if (requete.etat === "erreur") {
    const introuvable = requete.erreur.statut === 404 || requete.erreur.statut === 400;
    return (
      <Page titre={introuvable ? "Candidature introuvable" : TITRE} parents={parents}>
        {introuvable ? (
          <p>Aucune candidature que vous pouvez voir ne correspond à cette adresse.</p>
        ) : (
          <AlerteErreur erreur={requete.erreur} titre="La candidature n'a pas pu être chargée" />
        )}
      </Page>
    );
  }
  if (requete.etat === "chargement") {
    return (
      <Page titre={TITRE} parents={parents}>
        <p role="status">Chargement de la candidature…</p>
      </Page>
    );
  }
  const c = apresAction?.id === requete.donnees.id ? apresAction : requete.donnees;
  return <Candidature c={c} remplacer={setApresAction} />;
}

function Candidature({ c, remplacer }: { c: DetailCandidature; remplacer: (c: DetailCandidature) => void }) {
  const { message, zone, annoncer } = useMessage();
  const nom = `${c.profil.prenom} ${c.profil.nom}`;
  const parents = [
    { label: TITRE_MISSIONS, to: chemins.missions },
    { label: c.mission.intitule, to: chemins.mission(c.mission.id) },
  ];
  return (
    <Page titre={`Candidature de ${nom}`} parents={parents}>
      <BadgesCandidature etat={c.etat} accord={c.accordEmployeur} />
      <p className={fr.cx("fr-text--lead", "fr-mt-2w")}>
        Mission <Link to={chemins.mission(c.mission.id)}>{c.mission.intitule}</Link> ({c.mission.etatLibelle.toLowerCase()}), projet «{" "}
        {c.mission.projet.intitule} ».
      </p>
      <ZoneMessage message={message} zone={zone} />
      <Fiche
        lignes={[
          { libelle: "Expert", valeur: <Link to={chemins.profil(c.profil.id)}>{nom}</Link> },
          { libelle: "Employeur", valeur: c.profil.employeur.nom },
          { libelle: "État", valeur: c.etatLibelle },
          { libelle: "Libération par l'employeur", valeur: c.accordEmployeurLibelle },
          ...(c.motif === null ? [] : [{ libelle: "Motif de la dernière décision", valeur: c.motif }]),
          { libelle: "Depuis le", valeur: formaterDate(c.modifieLe) },
        ]}
      />

      {c.evenementsPossibles.length > 0 && (
        <section aria-labelledby="candidature-etapes" className={fr.cx("fr-mt-4w")}>
          <h2 id="candidature-etapes">Prochaines étapes</h2>
          <Evenements
            id="candidature"
            evenements={c.evenementsPossibles}
            declencher={async (evenement, motif) => {
              const apres = await transitionCandidature(c.id, evenement, motif);
              remplacer(apres);
              annoncer({ succes: true, texte: `La candidature est ${apres.etatLibelle.toLowerCase()} (${apres.accordEmployeurLibelle.toLowerCase()}).` });
            }}
            signaler={(texte) => annoncer({ succes: false, texte })}
          />
        </section>
      )}

      {c.affectation !== null && <AffectationEtConseil a={c.affectation} nom={nom} />}
      {/* The employer's HR conducts the procedure the staffing needs (docs/procedures.md). */}
      {c.affectation !== null && c.qualites.estRhEmployeur && <OuvrirDepuisAffectation c={c} />}

      <section aria-labelledby="candidature-historique" className={fr.cx("fr-mt-6w")}>
        <h2 id="candidature-historique">Historique</h2>
        <Historique legende="Historique de la candidature" lignes={c.historique} etat={libelleEtatCandidature} />
      </section>
    </Page>
  );
}

type AffectationDetaillee = NonNullable<DetailCandidature["affectation"]>;

/**
 * The staffing: the agent's days on the project (every staffing, every session), its bracket, how
 * near the next threshold is, and the advisor's answer for that total — instrument, why, sources.
 */
export function AffectationEtConseil({ a, nom }: { a: AffectationDetaillee; nom: string }) {
  const conseil = a.conseil;
  const guide = conseil === null ? undefined : guideDeLInstrument(conseil.instrument);
  const raison = conseil?.eligibilite.find((e) => e.instrument === conseil.instrument)?.raison;
  return (
    <section aria-labelledby="candidature-affectation" className={fr.cx("fr-mt-6w")}>
      <h2 id="candidature-affectation">Affectation et instrument juridique</h2>
      <p>
        <strong>{jours(a.jours)}</strong> d'expertise de {nom} sur le projet « {a.projet.intitule} », toutes missions comprises (
        {LIBELLES_TRANCHE[a.tranche] ?? a.tranche}) : {repartitionJours(a)}.
      </p>
      {a.prochainSeuil !== null && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity={a.prochainSeuil.joursAvant <= 1 ? "warning" : "info"}
          small
          description={`Prochain seuil : ${jours(a.prochainSeuil.seuil)} sur le projet, dans ${jours(a.prochainSeuil.joursAvant)}. Au-delà, la note recommande un autre instrument pour les jours restants.`}
        />
      )}
      {a.tranche !== "T1" && (
        <Alert
          className={fr.cx("fr-mb-3w")}
          severity="warning"
          as="h3"
          title={a.tranche === "T2" ? "6 jours ou plus sur le projet" : "Plus de 130 jours sur le projet"}
          description={
            a.tranche === "T2"
              ? "À partir de 6 jours sur un même projet, la note recommande la mise à disposition pour les jours restants ; les jours déjà faits gardent leur instrument."
              : "Au-delà de 130 jours sur un même projet, la note recommande le détachement ou la disponibilité pour les jours restants ; les jours déjà faits gardent leur instrument."
          }
        />
      )}
      {conseil === null ? (
        <Alert
          severity="info"
          as="h3"
          title="Le conseiller ne peut pas encore répondre"
          description={a.conseilIndisponible ?? "La situation de l'agent ne permet pas de recommander un instrument."}
        />
      ) : (
        <>
          <CallOut title={`Instrument recommandé : ${conseil.instrumentLibelle}`} titleAs="h3" iconId="fr-icon-scales-3-line" bodyAs="div">
            {raison !== undefined && <p>{raison}</p>}
            <p>{a.explication}</p>
            {guide !== undefined && (
              <p>
                <Link to={chemins.guide(guide.slug)}>Le guide : {guide.titre.toLowerCase()}</Link>
              </p>
            )}
          </CallOut>
          {conseil.alertes.map((al) => (
            <Alert key={`${al.regle}-${al.titre}`} className={fr.cx("fr-mb-2w")} severity="warning" as="h3" title={al.titre} description={`${al.message} (règle ${al.regle})`} />
          ))}
          <h3>Pourquoi</h3>
          <ol>
            {conseil.explication.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ol>
          <h3>Ce qu'il faut prévoir</h3>
          <Fiche
            lignes={[
              { libelle: "Qui paie", valeur: conseil.consequences.quiPaie },
              { libelle: "Remboursement", valeur: conseil.consequences.remboursement },
              { libelle: "Retour au poste", valeur: conseil.consequences.retourAuPoste },
              { libelle: "Documents", valeur: conseil.consequences.documents.join(" ; ") || "Aucun" },
            ]}
          />
          <h3>Sources</h3>
          <ul>
            {conseil.references.map((r) => (
              <li key={r.titre}>
                <strong>{r.titre}</strong> : {r.source}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
