import "server-only";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { randomSecret, sha256Hex } from "../secret-hash";

// Starts a browser session after a successful sign-in. The value is new every time and made
// here (never taken from the browser), and any session the browser still held is ended: a
// session id planted before sign-in is worthless (no fixation).

export interface NewSession {
  value: string;
  expiresAt: Date;
}

export async function createSession(input: { userId: string; sourceIp?: string | null; userAgent?: string | null; replacing?: string | null }): Promise<NewSession> {
  const db = getPrisma();
  const value = randomSecret(32);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env.PIER_SESSION_HOURS * 3_600_000);
  await db.$transaction([
    db.session.deleteMany({ where: { OR: [{ id: sha256Hex(input.replacing ?? "") }, { userId: input.userId, expiresAt: { lt: now } }] } }),
    db.session.create({
      data: { id: sha256Hex(value), userId: input.userId, expiresAt, sourceIp: input.sourceIp ?? null, userAgent: input.userAgent?.slice(0, 300) ?? null },
    }),
    db.user.update({ where: { id: input.userId }, data: { lastSignInAt: now } }),
  ]);
  return { value, expiresAt };
}

export async function endSession(value: string): Promise<void> {
  await getPrisma().session.deleteMany({ where: { id: sha256Hex(value) } });
}
