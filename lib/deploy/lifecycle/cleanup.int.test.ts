import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRoute } from "@/lib/audit/door/define-route";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { deployBranch } from "../deploy-branch";
import { personWithSession, startDeployFixture, type DeployFixture } from "../testing/deploy-fixture";
import { deleteEnvironmentSpec, keepSpec } from "./environment-specs";
import { holdJobLease } from "./job-lease";
import { planCleanup } from "./plan-cleanup";
import { runCleanup } from "./run-cleanup";

// Expiry and cleanup against an embedded cluster: a round deletes exactly the expired branch
// environments (never main, never one kept or redeployed, never a namespace that is not an
// environment), each in the audit log; "keep until" and deleting by hand are for the owner or an SRE.

const DAY = 86_400_000;
let fx: DeployFixture;
let database: PortalDatabase;
let erin: Awaited<ReturnType<typeof personWithSession>>;
let sam: Awaited<ReturnType<typeof personWithSession>>;
let leo: Awaited<ReturnType<typeof personWithSession>>;
const ns = { main: branchSlug("main"), video: branchSlug("feature/video-checkout"), teacher: branchSlug("feature/teacher-dashboard"), erin: branchSlug("erin/faster-search") };
const present = () => new Set(fx.cluster.runtime.caches.namespaces.list("").filter((n) => !n.deleting).map((n) => n.name));

beforeAll(async () => {
  [fx, database] = await Promise.all([startDeployFixture(), createPortalDatabase()]);
  erin = await personWithSession("erin.engineer@pier.test", "engineer");
  sam = await personWithSession("sam.sre@pier.test", "sre");
  leo = await personWithSession("leo.lead@pier.test", "lead");
  for (const branch of ["main", "feature/video-checkout", "feature/teacher-dashboard", "erin/faster-search"]) await deployBranch(fx.context, { cluster: "staging", branch }, erin);
  await fx.cluster.runtime.connection.send("POST", "/api/v1/namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: "team-tools" } });
  await eventually(() => expect([...present()]).toEqual(expect.arrayContaining([...Object.values(ns), "team-tools"])), 5_000);
});
afterAll(async () => {
  await fx?.stop();
  await database?.drop();
});

describe("environment lifecycle", () => {
  it("keeps an environment for its owner and an SRE, and refuses others and main", async () => {
    const keep = defineRoute(keepSpec(() => fx.context));
    const until = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    expect(await leo.call(keep, { cluster: "staging", namespace: ns.erin }, { until })).toMatchObject({ status: 403 });
    expect(await erin.call(keep, { cluster: "staging", namespace: ns.erin }, { until, reason: "long review" })).toMatchObject({ status: 200, body: { expiresAt: `${until}T23:59:59.000Z` } });
    expect(await sam.call(keep, { cluster: "staging", namespace: ns.video }, { until: new Date(Date.now() + 200 * DAY).toISOString() })).toMatchObject({ status: 422, body: { fields: { until: "must be at most 90 days ahead" } } });
    expect(await sam.call(keep, { cluster: "staging", namespace: ns.main }, { until })).toMatchObject({ status: 422, body: { error: expect.stringContaining("never expired: it runs main") } });
    const record = await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "environment.keep", outcome: "succeeded" } });
    expect(record).toMatchObject({ actorDisplay: erin.email, reason: "long review", namespace: ns.erin });
    await eventually(() => expect(planCleanup(fx.context.clusters, 168).candidates.find((c) => c.namespace === ns.erin)?.expiresAt).toBe(`${until}T23:59:59.000Z`), 3_000);
  });

  it("lists what a round would delete, then deletes only that", async () => {
    const later = new Date(Date.now() + 8 * DAY); // past the 7-day TTL of every deploy above
    const plan = planCleanup(fx.context.clusters, 168, later);
    expect(plan.candidates.filter((c) => c.expired).map((c) => c.namespace).sort()).toEqual([ns.teacher, ns.video].sort());
    expect(plan.protected).toContainEqual({ cluster: "staging", namespace: ns.main, branch: "main", because: "it runs main" });
    expect(plan.candidates.map((c) => c.namespace)).not.toContain("team-tools");

    // An SRE keeps one of them after the listing: the round judges again and leaves it.
    const keep = defineRoute(keepSpec(() => fx.context));
    expect(await sam.call(keep, { cluster: "staging", namespace: ns.teacher }, { until: new Date(Date.now() + 20 * DAY).toISOString() })).toMatchObject({ status: 200 });
    await eventually(() => expect(planCleanup(fx.context.clusters, 168, later).candidates.filter((c) => c.expired).map((c) => c.namespace)).toEqual([ns.video]), 3_000);
    const run = await runCleanup(fx.context.clusters, 168, later);
    expect(run).toMatchObject({ deleted: [ns.video], skipped: [] });
    await eventually(() => {
      const left = present();
      expect(left.has(ns.video)).toBe(false);
      for (const name of [ns.main, ns.teacher, ns.erin, "team-tools"]) expect(left.has(name)).toBe(true);
    }, 10_000);
    expect(await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "environment.expire" } })).toMatchObject({ actorKind: "system", actorDisplay: "pier cleanup", namespace: ns.video, outcome: "succeeded" });
  });

  it("deletes an environment by hand for its owner or an SRE, audited", async () => {
    const remove = defineRoute(deleteEnvironmentSpec(() => fx.context));
    expect(await leo.call(remove, { cluster: "staging", namespace: ns.erin }, {}, "DELETE")).toMatchObject({ status: 403 });
    expect(await sam.call(remove, { cluster: "staging", namespace: ns.main }, {}, "DELETE")).toMatchObject({ status: 422 });
    expect(await erin.call(remove, { cluster: "staging", namespace: ns.erin }, { reason: "merged" }, "DELETE")).toMatchObject({ status: 200, body: { deleted: true } });
    expect(await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "environment.delete", outcome: "succeeded" } })).toMatchObject({ actorDisplay: erin.email, reason: "merged" });
  });

  it("lets one process at a time hold the cleanup's lease", async () => {
    expect(await holdJobLease("test-job", "a", 60_000)).toBe(true);
    expect(await holdJobLease("test-job", "b", 60_000)).toBe(false);
    expect(await holdJobLease("test-job", "a", 60_000)).toBe(true);
    expect(await holdJobLease("test-job-2", "b", 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await holdJobLease("test-job-2", "a", 60_000)).toBe(true); // b's lease ran out
  });
});
