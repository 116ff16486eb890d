/**
 * The statutory procedures of issue 7 (PRODUCT.md §5): cumul d'activités, mise à disposition,
 * détachement, partnership convention with an operator, ordre de mission — each a state table
 * with its guards, the data its case needs checked field by field, its dated deadlines — and how
 * a procedure starts from a staffing. Pure: the services write states, history and documents.
 */
export * from "./acteurs";
export { ajouterMois, dernierJourDePeriode, type Echeance, LIBELLES_NIVEAU_ECHEANCE, NIVEAUX_ECHEANCE, type NiveauEcheance, niveauEcheance } from "./dates";
export { actionsAttendues, type ActionPossible, type ContexteProcedure, type Transition } from "./table";
export * from "./regles";
export { DEMANDEURS_FIN, type DemandeurFin, LIBELLES_DEMANDEUR_FIN, LIBELLES_STATUT, LIBELLES_TYPE_HOTE, type Statut, type TypeHote } from "./champs";
export * from "./choix-instrument";
export * from "./cumul";
export * from "./cumul-donnees";
export * from "./mise-a-disposition";
export * from "./mise-a-disposition-donnees";
export * from "./mise-a-disposition-echeances";
export * from "./detachement";
export * from "./detachement-donnees";
export * from "./convention-partenariat";
export * from "./convention-partenariat-donnees";
export * from "./ordre-de-mission";
export * from "./ordre-de-mission-donnees";
export * from "./dossier";
export * from "./dossiers";
export * from "./documents-procedure";
export * from "./messages";
