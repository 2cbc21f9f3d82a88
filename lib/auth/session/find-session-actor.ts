import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "../actor";
import { personInclude } from "../people/person-view";
import { sha256Hex } from "../secret-hash";

// The person behind a session cookie value, or null when it is unknown, expired or the person
// is deactivated. Looked up by its SHA-256, as stored.

const TOUCH_EVERY_MS = 5 * 60_000; // lastSeenAt is for people, not a write per request

export async function findSessionActor(value: string): Promise<Actor | null> {
  const db = getPrisma();
  const session = await db.session.findUnique({ where: { id: sha256Hex(value) }, include: { user: { include: personInclude } } });
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now || !session.user.active) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const user = session.user;
  return { kind: "person", userId: user.id, email: user.email, name: user.name, role: user.role, teams: user.teams.map((t) => t.teamSlug), tokenId: null };
}
