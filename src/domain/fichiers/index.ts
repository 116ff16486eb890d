export * from "./type-fichier";
