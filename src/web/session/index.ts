export { type EtatSession, type Session, useSession } from "./contexte";
export { SessionProvider } from "./SessionProvider";
