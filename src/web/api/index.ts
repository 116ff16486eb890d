export * from "./client";
export * from "./comptes";
export * from "./organisations";
export * from "./types";
export * from "./useRequete";
