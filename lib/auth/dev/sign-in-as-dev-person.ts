import "server-only";
import type { RequestInfo } from "@/lib/audit/door/request-info";
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "../actor";
import { personInclude } from "../people/person-view";
import { createSession } from "../session/create-session";
import { readCurrentSessionValue, writeSessionCookie } from "../session/session-cookie-jar";
import { ensureDevPeople } from "./seed-dev-people";

// Starts a session as one of the demo's seeded people. Only ever called through the door, whose
// rule (session.dev-start) refuses it outside embedded mode.

export async function signInAsDevPerson(email: string, request: RequestInfo): Promise<Actor | null> {
  await ensureDevPeople();
  const user = await getPrisma().user.findFirst({ where: { email: email.toLowerCase(), roleSource: "demo", active: true }, include: personInclude });
  if (!user) return null;
  const session = await createSession({ userId: user.id, sourceIp: request.sourceIp, userAgent: request.userAgent, replacing: await readCurrentSessionValue() });
  await writeSessionCookie(session);
  return { kind: "person", userId: user.id, email: user.email, name: user.name, role: user.role, teams: user.teams.map((t) => t.teamSlug), tokenId: null };
}
