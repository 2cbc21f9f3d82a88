import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { sha256Hex } from "../secret-hash";
import { createApiToken } from "./create-api-token";
import { findTokenActor } from "./find-token-actor";
import { listApiTokens, revokeApiToken } from "./manage-api-tokens";

let database: PortalDatabase;
let sre: { id: string; email: string };
beforeAll(async () => {
  database = await createPortalDatabase();
  sre = await makePerson("sam@example.com", "sre", ["platform"]);
});
afterAll(async () => database?.drop());

/** Every text value in every table Pier writes, for searching. */
async function everythingStored(): Promise<string> {
  const db = getPrisma();
  const tables = await Promise.all([db.apiToken.findMany(), db.user.findMany(), db.session.findMany(), db.auditRecord.findMany()]);
  return JSON.stringify(tables, (_key, value) => (typeof value === "bigint" ? Number(value) : value));
}

describe("API tokens", () => {
  it("are stored only as a SHA-256, never in clear, and never listed", async () => {
    const { token, view } = await createApiToken({ userId: sre.id, name: "ci", lifetime: "30d" });
    const stored = await everythingStored();
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(5, 30));
    expect(stored).toContain(sha256Hex(token));
    const listed = JSON.stringify(await listApiTokens(sre.id));
    expect(listed).not.toContain(sha256Hex(token));
    expect(listed).not.toContain(token);
    expect(view).not.toHaveProperty("hash");
    expect(await findTokenActor(token)).toMatchObject({ kind: "token", userId: sre.id, role: "sre", teams: ["platform"], tokenId: view.id });
  });

  it("act with a narrower role when asked, never a wider one", async () => {
    const { token } = await createApiToken({ userId: sre.id, name: "read only", role: "engineer", lifetime: "1d" });
    expect((await findTokenActor(token))?.role).toBe("engineer");
    await expect(createApiToken({ userId: sre.id, name: "x", role: "admin", lifetime: "1d" })).rejects.toThrow(/role: a sre can narrow a token to sre, lead, engineer only/);
  });

  it("are refused once expired, revoked, or their person is deactivated or demoted below them", async () => {
    const db = getPrisma();
    const expired = await createApiToken({ userId: sre.id, name: "old", lifetime: "1h" });
    await db.apiToken.update({ where: { id: expired.view.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findTokenActor(expired.token)).toBeNull();

    const revoked = await createApiToken({ userId: sre.id, name: "gone", lifetime: "1d" });
    const { after } = await revokeApiToken({ userId: sre.id, tokenId: revoked.view.id });
    expect(after.status).toBe("revoked");
    expect(await findTokenActor(revoked.token)).toBeNull();

    const other = await makePerson("eve@example.com", "engineer");
    await expect(revokeApiToken({ userId: other.id, tokenId: expired.view.id })).rejects.toThrow(/no such token among yours/);

    const narrowed = await createApiToken({ userId: sre.id, name: "lead", role: "lead", lifetime: "1d" });
    await db.user.update({ where: { id: sre.id }, data: { role: "engineer" } });
    expect(await findTokenActor(narrowed.token)).toBeNull();
    await db.user.update({ where: { id: sre.id }, data: { role: "sre", active: false } });
    const fresh = await createApiToken({ userId: other.id, name: "fresh", lifetime: "1d" });
    expect(await findTokenActor(fresh.token)).not.toBeNull();
    await db.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await findTokenActor(fresh.token)).toBeNull();
    expect(await findTokenActor("pier_not-even-the-right-shape")).toBeNull();
  });
});
