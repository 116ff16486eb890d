export * from "./mot-de-passe";
export * from "./politique";
export * from "./roles";
