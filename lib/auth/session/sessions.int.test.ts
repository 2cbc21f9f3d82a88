import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { authenticate } from "../authenticate";
import { randomSecret, sha256Hex } from "../secret-hash";
import { createSession, endSession } from "./create-session";

let database: PortalDatabase;
let person: { id: string; email: string };
beforeAll(async () => {
  database = await createPortalDatabase();
  person = await makePerson("lena@example.com", "lead", ["payments"]);
});
afterAll(async () => database?.drop());

const withCookie = (value: string) => new Headers({ cookie: `theme=dark; pier_session=${value}` });

describe("sessions", () => {
  it("are stored by hash only and give back their person", async () => {
    const session = await createSession({ userId: person.id });
    const row = await getPrisma().session.findUniqueOrThrow({ where: { id: sha256Hex(session.value) } });
    expect(row.id).not.toContain(session.value);
    expect((await authenticate(withCookie(session.value))).actor).toMatchObject({ kind: "person", email: person.email, role: "lead", teams: ["payments"] });
  });

  it("refuse forged, unknown, ended and expired session cookies", async () => {
    expect((await authenticate(withCookie("forged"))).actor).toBeNull();
    expect((await authenticate(withCookie(randomSecret(32)))).actor).toBeNull();
    const ended = await createSession({ userId: person.id });
    await endSession(ended.value);
    expect((await authenticate(withCookie(ended.value))).actor).toBeNull();
    const expired = await createSession({ userId: person.id });
    await getPrisma().session.update({ where: { id: sha256Hex(expired.value) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await authenticate(withCookie(expired.value))).actor).toBeNull();
  });

  it("end for a deactivated person", async () => {
    const session = await createSession({ userId: person.id });
    await getPrisma().user.update({ where: { id: person.id }, data: { active: false } });
    expect((await authenticate(withCookie(session.value))).actor).toBeNull();
  });

  it("are not rescued by a cookie when a bad bearer token is sent", async () => {
    await getPrisma().user.update({ where: { id: person.id }, data: { active: true } });
    const session = await createSession({ userId: person.id });
    const headers = withCookie(session.value);
    headers.set("authorization", "Bearer pier_nope");
    expect(await authenticate(headers)).toEqual({ actor: null, method: "token" });
  });
});
