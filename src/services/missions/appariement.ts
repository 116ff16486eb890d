/**
 * Matching a mission with the pool (issue 6 §2): the experts who fit, ranked with their reasons,
 * among those who consented to be seen by the mission's owner — and each shown as that owner may
 * see them. The rule of who sees whom is visibilite.ts's (`perimetreDuProprietaire`); the score is
 * the domain's (`classer`); what is read, and how, is the repository's (`trouverCandidats`).
 * docs/missions-appariement.md tells the whole of it.
 */
import { DOMAINES, domaine, LIBELLES_POSITION, perimetreDuProprietaire, type Position, type Proprietaire, projeter, type Regard, regardDuProprietaire } from "../../domain/experts";
import { decompterSessions } from "../../domain/instruments";
import { type BesoinMission, classer, type ExpertAApparier, POIDS, type Raison } from "../../domain/missions";
import type { Territoire } from "../../domain/calendar";
import type { Db } from "../../db/client";
import * as depot from "../../db/repositories/appariement";

/** The days each agent is already staffed for over the next 12 months, by profile id: the missions' staffings say it. */
export type JoursEngages = (ids: readonly string[]) => Promise<Map<string, number>>;

export type OptionsApparier = {
  /** How many candidates to return: 20 by default, at most `LIMITE_APPARIEMENT`. */
  limite?: number;
  /** The calendar that counts the working days of dated sessions (the mission's country is abroad: « metropole » by default). */
  territoire?: Territoire;
};

export const LIMITE_APPARIEMENT = { defaut: 20, max: 200 };

/** One candidate as the owner sees it: outside the employer, no telephone, agent number nor dates of life. */
export type CandidatPropose = {
  id: string;
  score: number;
  raisons: Raison[];
  /** How the owner sees the profile: `employeur` (a collectivité's own agents), `operateur` or `ministere`. */
  regard: Regard;
  prenom: string;
  nom: string;
  organisation: { id: string; nom: string };
  position: string;
  positionLibelle: string;
  metier: string | null;
  courriel: string;
  telephone?: string | null;
  numeroAgent?: string | null;
  dateNaissance?: string | null;
  dateRetraitePrevue?: string | null;
  joursEngages: number;
  joursParAn: number | null;
};

export type ResultatAppariement = {
  candidats: CandidatPropose[];
  /** Profiles read and ranked (at most the repository's `echantillon` per pass). */
  lus: number;
  /** Every profile holding a domain asked and available was read: the ranking is over all of them, not a sample. */
  complet: boolean;
  /** Fewer candidates than asked held a domain asked: their neighbours in the thesaurus's families were read too. */
  voisins: boolean;
};

/** The other domains of the families of the domains asked: an expert in drainage is a fallback for drinking water. */
export function domainesVoisins(besoin: BesoinMission): string[] {
  const demandes = new Set(besoin.domaines.map((d) => d.code));
  const familles = new Set(besoin.domaines.map((d) => domaine(d.code)?.famille).filter((f) => f !== undefined));
  return DOMAINES.filter((d) => familles.has(d.famille) && !demandes.has(d.code)).map((d) => d.code);
}

export function creerServiceAppariement({
  db,
  joursEngages,
  bornes = depot.BORNES_APPARIEMENT,
}: {
  db: Db;
  /** None until the missions' staffings exist: then every agent counts as free (0 days). */
  joursEngages?: JoursEngages;
  bornes?: typeof depot.BORNES_APPARIEMENT;
}) {
  return {
    /**
     * The best candidates for a mission of `proprietaire`, by score then id. Never a profile outside
     * the owner's perimeter: the repository reads only within it, and each candidate kept is checked
     * again against the same rule before it is shown.
     */
    async apparier(proprietaire: Proprietaire, besoin: BesoinMission, options: OptionsApparier = {}): Promise<ResultatAppariement> {
      const limite = Math.min(LIMITE_APPARIEMENT.max, Math.max(1, Math.floor(options.limite ?? LIMITE_APPARIEMENT.defaut)));
      const perimetre = perimetreDuProprietaire(proprietaire);
      const territoire = options.territoire ?? "metropole";
      const lecture: depot.OptionsCandidats = {
        echantillon: bornes.echantillon,
        joursDemandes: decompterSessions(besoin.sessions, territoire).jours,
        // What the tokens tell of the score, in the score's own weights: the order a large read keeps.
        poids: {
          parDomaine: POIDS.domaines.points / Math.max(1, besoin.domaines.length),
          langues: POIDS.langues.points,
          pays: POIDS.pays.points,
        },
      };

      const aApparier = avecJoursEngages(joursEngages);
      const premier = await depot.trouverCandidats(db, perimetre, besoin, lecture);
      let lus = premier.candidats;
      let classes = classer(besoin, await aApparier(lus), { limite, territoire });
      let voisins = false;
      if (classes.length < limite) {
        const codes = domainesVoisins(besoin);
        if (codes.length > 0) {
          voisins = true;
          const second = await depot.trouverCandidats(db, perimetre, besoin, { ...lecture, voisins: codes });
          lus = [...lus, ...second.candidats];
          classes = classer(besoin, await aApparier(lus), { limite, territoire });
        }
      }

      // The same rule once more, on what is about to be shown: a profile outside the perimeter is never returned.
      const vus = classes.flatMap((c) => {
        const regard = regardDuProprietaire(proprietaire, c.expert);
        return regard ? [{ ...c, regard }] : [];
      });
      const details = await depot.detailsDesCandidats(db, vus.map((c) => c.expert.id));
      const candidats = vus.flatMap(({ expert: e, score, raisons, regard }) => {
        const d = details.get(e.id);
        if (!d) return []; // erased between the two reads
        return [
          {
            id: e.id,
            score,
            raisons,
            regard,
            prenom: e.prenom,
            nom: e.nom,
            organisation: { id: e.organisationId, nom: d.organisationNom },
            position: e.position,
            positionLibelle: LIBELLES_POSITION[e.position as Position] ?? e.position,
            metier: e.metier,
            ...projeter(
              { courriel: d.courriel, telephone: d.telephone, numeroAgent: d.numeroAgent, dateNaissance: d.dateNaissance, dateRetraitePrevue: d.dateRetraitePrevue },
              regard,
            ),
            joursEngages: e.joursEngages,
            joursParAn: e.joursParAn ?? null,
          },
        ];
      });
      return { candidats, lus: lus.length, complet: premier.complet, voisins };
    },
  };
}

/**
 * The profiles read as the domain ranks them, with the days each is already staffed for: asked once
 * per profile over the passes of one matching (each matching its own, as staffings change).
 */
function avecJoursEngages(joursEngages: JoursEngages | undefined) {
  const engages = new Map<string, number>();
  return async (lus: readonly depot.ProfilCandidat[]): Promise<(depot.ProfilCandidat & ExpertAApparier)[]> => {
    const inconnus = lus.map((l) => l.id).filter((id) => !engages.has(id));
    if (inconnus.length > 0) {
      const jours = joursEngages ? await joursEngages(inconnus) : new Map<string, number>();
      for (const id of inconnus) engages.set(id, jours.get(id) ?? 0);
    }
    return lus.map((l) => ({
      ...l,
      // Written by the profile's validation (thesaurus levels, CEFR levels): the domain's types.
      domaines: l.domaines as ExpertAApparier["domaines"],
      langues: l.langues as ExpertAApparier["langues"],
      joursEngages: engages.get(l.id) ?? 0,
    }));
  };
}
export type ServiceAppariement = ReturnType<typeof creerServiceAppariement>;
