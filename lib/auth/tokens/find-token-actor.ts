import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "../actor";
import { personInclude } from "../people/person-view";
import { tokenRoleChoices } from "../rules";
import { sha256Hex } from "../secret-hash";
import { isApiTokenShaped } from "./api-token-format";

// The actor an `Authorization: Bearer pier_...` header stands for, or null when the token is
// unknown, revoked, expired, its person deactivated, or its narrowed role no longer within
// what the person's current role allows.

const TOUCH_EVERY_MS = 60_000;

export async function findTokenActor(token: string): Promise<Actor | null> {
  if (!isApiTokenShaped(token)) return null;
  const db = getPrisma();
  const row = await db.apiToken.findUnique({ where: { hash: sha256Hex(token) }, include: { user: { include: personInclude } } });
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now || !row.user.active) return null;
  const role = row.role ?? row.user.role;
  if (!tokenRoleChoices[row.user.role].includes(role)) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const user = row.user;
  return { kind: "token", userId: user.id, email: user.email, name: user.name, role, teams: user.teams.map((t) => t.teamSlug), tokenId: row.id };
}
