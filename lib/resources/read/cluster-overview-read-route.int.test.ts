import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@/lib/auth/session/create-session";
import { getPrisma } from "@/lib/db/client";
import { makePerson } from "@/lib/testing/people";
import { startResourcesTest, type ResourcesTest } from "../testing/resources-test-context";
import { clusterOverviewReadRoute } from "./cluster-overview-read-route";

// GET /api/clusters/<cluster>/resources through the read door: a CSV download is recorded in
// the audit log like an export of the audit log itself; reading the JSON is not.

let t: ResourcesTest;
let cookie: string;
const GET = clusterOverviewReadRoute(() => t.ctx);
const read = (search: string, headers: Record<string, string> = { cookie }) =>
  GET(new Request(`http://127.0.0.1:3000/api/clusters/staging/resources${search}`, { headers: { "x-forwarded-for": "10.4.5.6", ...headers } }), { params: Promise.resolve({ cluster: "staging" }) });
const exports = () => getPrisma().auditRecord.findMany({ where: { action: "resources.export" }, orderBy: { seq: "asc" } });

beforeAll(async () => {
  t = await startResourcesTest({ seed: "demo", timeScale: 20 });
  expect((await t.runtime.whenSettled(10_000)).state).toBe("synced");
  const sam = await makePerson("sam@pier.test", "sre");
  cookie = `pier_session=${(await createSession({ userId: sam.id })).value}`;
});
afterAll(() => t?.stop());

describe("the resources export", () => {
  it("answers JSON without an audit record", async () => {
    const res = await read("?sort=waste");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ total: expect.any(Number) });
    expect(await exports()).toEqual([]);
  });

  it("records each CSV download, with who, from where and the query", async () => {
    const res = await read("?team=payments&format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="pier-resources-staging-/);
    expect((await res.text()).split("\r\n")[0]).toMatch(/^namespace,environment,branch,workload,/);
    const [record, ...more] = await exports();
    expect(more).toEqual([]);
    expect(record).toMatchObject({ actorDisplay: "sam@pier.test", outcome: "allowed", cluster: "staging", sourceIp: "10.4.5.6" });
    expect(record!.after).toEqual({ query: { team: "payments", format: "csv" } });
  });

  it("refuses a download to someone not signed in, recording nothing", async () => {
    expect((await read("?format=csv", {})).status).toBe(401);
    expect(await exports()).toHaveLength(1);
  });
});
