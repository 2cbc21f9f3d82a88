import type { Role, Subject } from "./rules";

// Who is acting: a person through a browser session, or a person's API token (acting as them,
// possibly with a narrower role). Plain data; what pages and the door pass around.

export interface Actor {
  kind: "person" | "token";
  userId: string;
  email: string;
  name: string;
  /** The role in force: the person's, or the narrower one of the token. */
  role: Role;
  teams: string[];
  tokenId: string | null;
}

export function subjectOf(actor: Actor): Subject {
  return { id: actor.userId, role: actor.role, teams: actor.teams, via: actor.kind === "token" ? "token" : "session" };
}

/** The audit log's view of an actor. */
export function auditActorOf(actor: Actor | null) {
  if (!actor) return { kind: "anonymous" as const, id: null, display: "anonymous", tokenId: null };
  return { kind: actor.kind, id: actor.userId, display: actor.email, tokenId: actor.tokenId };
}
