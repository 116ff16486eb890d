export * from "./conseiller";
export * from "./decompte";
export * from "./situation";
export * from "./expe-ct";
export * from "./reevaluation";
