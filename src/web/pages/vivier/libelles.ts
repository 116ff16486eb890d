/**
 * Words of the pool of experts that the profile page shows and the API gives as codes. They copy
 * the domain's labels (domain/experts), whose modules build zod schemas and validate the
 * thesaurus when loaded, which the browser bundle must not carry; libelles.test.ts checks that
 * both say the same.
 */
import { premierDuMois } from "../../components/dates";
import type { DomaineExpertise, LangueParlee, Position } from "../../api";

export const LIBELLES_POSITION: Record<Position, string> = {
  titulaire: "Fonctionnaire titulaire",
  stagiaire: "Fonctionnaire stagiaire",
  contractuel_cdi: "Contractuel·le en CDI",
  contractuel_cdd: "Contractuel·le en CDD",
  retraite: "Retraité·e",
  elu: "Élu·e",
  partenaire: "Agent d'un organisme partenaire",
};

export const LIBELLES_NIVEAU_EXPERTISE: Record<DomaineExpertise["niveau"], string> = {
  notions: "notions",
  confirme: "confirmé",
  expert: "expert",
};

/** The CEFR levels in order, and what each means. */
export const NIVEAUX_CECRL: readonly LangueParlee["niveau"][] = ["A1", "A2", "B1", "B2", "C1", "C2"];
export const LIBELLES_NIVEAU_CECRL: Record<LangueParlee["niveau"], string> = {
  A1: "A1 — introductif / découverte",
  A2: "A2 — intermédiaire / de survie",
  B1: "B1 — niveau seuil",
  B2: "B2 — avancé / indépendant",
  C1: "C1 — autonome",
  C2: "C2 — maîtrise",
};

export const LIBELLES_DOCUMENT: Record<string, string> = { cv: "Curriculum vitæ", autre: "Autre document" };

export function libellePosition(position: string): string {
  return position in LIBELLES_POSITION ? LIBELLES_POSITION[position as Position] : position;
}

export function libelleNiveauExpertise(niveau: string): string {
  return niveau in LIBELLES_NIVEAU_EXPERTISE ? LIBELLES_NIVEAU_EXPERTISE[niveau as DomaineExpertise["niveau"]] : niveau;
}

export function libelleNiveauCecrl(niveau: string): string {
  return niveau in LIBELLES_NIVEAU_CECRL ? LIBELLES_NIVEAU_CECRL[niveau as LangueParlee["niveau"]] : niveau;
}

// French dates: "1er mars 2026", the first of the month written as French typography wants it.
const instants = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });
const joursCivils = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

/** The day of an instant (ISO 8601 with a time), in France: "3 mars 2026". */
export function formaterJour(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : premierDuMois(instants.format(date));
}

/** A calendar day (AAAA-MM-JJ), which no time zone may move to the day before. */
export function formaterJourCivil(jour: string): string {
  const date = new Date(`${jour.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? jour : premierDuMois(joursCivils.format(date));
}

/** Whole months from one instant to the day a profile becomes stale: the freshness setting (12 by default). */
export function moisEntre(debut: string, fin: string): number | undefined {
  const a = new Date(debut);
  const b = new Date(`${fin.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return undefined;
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}
