export * from "./referentiels";
export * from "./profil";
export * from "./visibilite";
export * from "./fraicheur";
export * from "./indexation";
export * from "./demo";
