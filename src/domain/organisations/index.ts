export * from "./collectivites";
export * from "./types";
export * from "./demo";
