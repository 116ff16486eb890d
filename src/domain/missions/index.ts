export * from "./projet";
export * from "./sessions";
export * from "./mission";
export { MOTIF_MAX, type Refus } from "./transitions";
export * from "./etats-mission";
export * from "./etats-candidature";
export * from "./jours";
export * from "./appariement";
export * from "./proprietaires";
