import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createSession } from "@/lib/auth/session/create-session";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { getPrisma } from "@/lib/db/client";
import { makePerson } from "@/lib/testing/people";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { verifyAuditChain } from "../verify-audit-chain";
import { defineReadRoute } from "./define-read-route";
import { defineRoute } from "./define-route";
import { NotFoundError } from "./door-errors";

// The door in order: authenticate, validate, authorize (403 + a denied record), run, audit.

let database: PortalDatabase;
let engineer: { id: string; email: string };
let sre: { id: string; email: string };
let engineerCookie: string;
let sreCookie: string;
let sreTokenAsEngineer: string;
beforeAll(async () => {
  database = await createPortalDatabase();
  engineer = await makePerson("erin@example.com", "engineer", ["learning"]);
  sre = await makePerson("sam@example.com", "sre");
  engineerCookie = `pier_session=${(await createSession({ userId: engineer.id })).value}`;
  sreCookie = `pier_session=${(await createSession({ userId: sre.id })).value}`;
  sreTokenAsEngineer = (await createApiToken({ userId: sre.id, name: "ci", role: "engineer", lifetime: "1d" })).token;
});
afterAll(async () => database?.drop());

const replicas = new Map<string, number>([["learn", 1]]);
const scale = defineRoute({
  action: "workload.scale",
  input: z.object({ environment: z.enum(["staging", "production"]), name: z.string(), replicas: z.number().int().min(0).max(50), reason: z.string().optional() }),
  target: (input) => {
    if (!replicas.has(input.name)) throw new NotFoundError(`no deployment ${input.name}`);
    return { cluster: input.environment, environment: input.environment, namespace: "main", kind: "Deployment", name: input.name };
  },
  run: (input, ctx) => {
    if (input.replicas === 13) throw new Error("the cluster said no");
    const before = replicas.get(input.name);
    replicas.set(input.name, input.replicas);
    ctx.change({ replicas: before }, { replicas: input.replicas });
    return { name: input.name, replicas: input.replicas };
  },
});

const origin = "http://127.0.0.1:3000";
function post(body: unknown, headers: Record<string, string> = {}) {
  return scale(
    new Request(`${origin}/api/scale`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", "content-type": "application/json", "x-forwarded-for": "10.9.8.7", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

async function lastRecord() {
  return getPrisma().auditRecord.findFirstOrThrow({ orderBy: { seq: "desc" } });
}
async function recordCount() {
  return getPrisma().auditRecord.count();
}

describe("defineRoute", () => {
  it("answers 401 to nobody and to an unknown token, recording nothing", async () => {
    const before = await recordCount();
    expect((await post({ environment: "staging", name: "learn", replicas: 2 })).status).toBe(401);
    const forged = await post({}, { cookie: `pier_session=${"x".repeat(43)}`, origin });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: "sign in first" });
    const token = await post({}, { authorization: `Bearer pier_${"y".repeat(43)}` });
    expect(await token.json()).toEqual({ error: "the API token is unknown, expired or revoked" });
    expect(await recordCount()).toBe(before);
  });

  it("answers 400 to a body that is not a JSON object, 422 naming each bad field", async () => {
    expect((await post("not json", { cookie: engineerCookie, origin })).status).toBe(400);
    const invalid = await post({ environment: "qa", replicas: 99 }, { cookie: engineerCookie, origin });
    expect(invalid.status).toBe(422);
    const body = await invalid.json();
    expect(Object.keys(body.fields).sort()).toEqual(["environment", "name", "replicas"]);
    expect(body.error).toMatch(/^Invalid input: environment: .*; name: .*; replicas: /);
  });

  it("refuses with 403 and the reason, and records the denial", async () => {
    const response = await post({ environment: "production", name: "learn", replicas: 3, reason: "load test" }, { cookie: engineerCookie, origin });
    expect(response.status).toBe(403);
    const reason = "a person with the role engineer may scale workloads only in staging, or in production with an approved request";
    expect(await response.json()).toEqual({ error: reason });
    expect(replicas.get("learn")).toBe(1);
    expect(await lastRecord()).toMatchObject({ action: "workload.scale", outcome: "denied", detail: reason, actorDisplay: engineer.email, reason: "load test", cluster: "production", targetName: "learn", sourceIp: "10.9.8.7" });
  });

  it("runs what is allowed and records who, what and the change", async () => {
    const response = await post({ environment: "production", name: "learn", replicas: 3 }, { cookie: sreCookie, origin, "x-request-id": "req-42" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    expect(await response.json()).toEqual({ name: "learn", replicas: 3 });
    expect(await lastRecord()).toMatchObject({ outcome: "succeeded", actorKind: "person", actorId: sre.id, requestId: "req-42", before: { replicas: 1 }, after: { replicas: 3 } });
  });

  it("records failures: a missing target (404) and an error while running (500)", async () => {
    const missing = await post({ environment: "staging", name: "nope", replicas: 1 }, { cookie: sreCookie, origin });
    expect(missing.status).toBe(404);
    expect(await lastRecord()).toMatchObject({ outcome: "failed", detail: "no deployment nope" });
    const broken = await post({ environment: "staging", name: "learn", replicas: 13 }, { cookie: sreCookie, origin });
    expect(broken.status).toBe(500);
    expect((await broken.json()).error).toMatch(/workload.scale failed; the audit log has the details/);
    expect(await lastRecord()).toMatchObject({ outcome: "failed", detail: "the cluster said no" });
  });

  it("refuses a cookie-carried write from another origin (CSRF), and records it", async () => {
    const response = await post({ environment: "staging", name: "learn", replicas: 2 }, { cookie: sreCookie, origin: "http://evil.example" });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe("cross-site request refused (Origin http://evil.example)");
    expect(await lastRecord()).toMatchObject({ outcome: "denied", actorId: sre.id });
    expect((await post({ environment: "staging", name: "learn", replicas: 2 }, { cookie: sreCookie, "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("lets a token act as its person, narrowed to the token's role, with no Origin needed", async () => {
    const staging = await post({ environment: "staging", name: "learn", replicas: 2 }, { authorization: `Bearer ${sreTokenAsEngineer}` });
    expect(staging.status).toBe(200);
    expect(await lastRecord()).toMatchObject({ actorKind: "token", actorId: sre.id, outcome: "succeeded" });
    const production = await post({ environment: "production", name: "learn", replicas: 2 }, { authorization: `Bearer ${sreTokenAsEngineer}` });
    expect(production.status).toBe(403);
    const record = await lastRecord();
    expect(record.tokenId).toBeTruthy();
    expect(record.detail).toMatch(/role engineer may scale workloads only/);
  });

  it("leaves a chain that verifies", async () => {
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});

describe("defineReadRoute", () => {
  const read = defineReadRoute({ action: "audit.read", query: z.object({ limit: z.coerce.number().max(10).default(5) }), run: (q) => ({ limit: q.limit }) });
  const get = (query: string, headers: Record<string, string>) => read(new Request(`${origin}/api/audit${query}`, { headers }));

  it("authenticates, validates the query and records refusals", async () => {
    expect((await get("", {})).status).toBe(401);
    expect((await get("?limit=99", { cookie: engineerCookie })).status).toBe(422);
    const refused = await get("", { cookie: engineerCookie });
    expect(refused.status).toBe(403);
    expect(await lastRecord()).toMatchObject({ action: "audit.read", outcome: "denied", actorId: engineer.id });
  });
});
