export * from "./errors";
export * from "./random";
export * from "./validation";
