export * from "./pays";
