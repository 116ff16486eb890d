export * from "./client";
export * from "./organisations";
export * from "./types";
export * from "./useRequete";
