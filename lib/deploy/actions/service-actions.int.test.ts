import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRoute } from "@/lib/audit/door/define-route";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { getService } from "@/lib/environments/get-service";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { deployBranch } from "../deploy-branch";
import { findWorkload } from "../find-workload";
import { personWithSession, startDeployFixture, type DeployFixture } from "../testing/deploy-fixture";
import { pauseSpec, restartSpec, resumeSpec, rollbackSpec, scaleSpec, setImageSpec } from "./action-specs";
import { previewRollback } from "./rollback-deployment";

// The service actions through the door, against an embedded cluster: kubectl's semantics and
// refusals, the audit records, and two people acting at once on one Deployment.

let fx: DeployFixture;
let database: PortalDatabase;
let erin: Awaited<ReturnType<typeof personWithSession>>;
let sam: Awaited<ReturnType<typeof personWithSession>>;
const main = branchSlug("main");
const broken = branchSlug("fix/billing-rounding");
const at = (namespace: string, service: string) => ({ cluster: "staging", namespace, service });
const service = (namespace: string, name: string) => getService(fx.context.clusters, "staging", namespace, name);
const routes = () => {
  const context = () => fx.context;
  return { restart: defineRoute(restartSpec(context)), image: defineRoute(setImageSpec(context)), scale: defineRoute(scaleSpec(context)), rollback: defineRoute(rollbackSpec(context)), pause: defineRoute(pauseSpec(context)), resume: defineRoute(resumeSpec(context)) };
};
let r: ReturnType<typeof routes>;

async function lastAudit(action: string) {
  return getPrisma().auditRecord.findFirstOrThrow({ where: { action }, orderBy: { seq: "desc" } });
}

beforeAll(async () => {
  [fx, database] = await Promise.all([startDeployFixture(), createPortalDatabase()]);
  r = routes();
  erin = await personWithSession("erin.engineer@pier.test", "engineer");
  sam = await personWithSession("sam.sre@pier.test", "sre");
  await deployBranch(fx.context, { cluster: "staging", branch: "main" }, erin);
  await deployBranch(fx.context, { cluster: "staging", branch: "fix/billing-rounding", commit: await fx.sha("main") }, erin);
  await eventually(async () => expect((await service(broken, "billing")).service.progress.state).toBe("complete"), 15_000);
  await deployBranch(fx.context, { cluster: "staging", branch: "fix/billing-rounding" }, erin);
  await eventually(async () => expect((await service(main, "learn")).service.progress.state).toBe("complete"), 15_000);
});
afterAll(async () => {
  await fx?.stop();
  await database?.drop();
});

describe("service actions", () => {
  it("restarts with kubectl's annotation, records the change-cause and the audit record", async () => {
    const answer = await erin.call(r.restart, at(main, "learn"), { reason: "stuck connections" });
    expect(answer).toMatchObject({ status: 200, body: { message: "deployment.apps/learn restarted", changeCause: "restart by erin.engineer@pier.test: stuck connections" } });
    await eventually(async () => expect((await service(main, "learn")).service.progress).toMatchObject({ state: "complete", revision: 2, oldReplicaSets: [] }), 15_000);
    expect(await lastAudit("workload.restart")).toMatchObject({ outcome: "succeeded", actorDisplay: erin.email, reason: "stuck connections", namespace: main, targetName: "learn", targetKind: "Deployment" });
  });

  it("previews a rollback with the diff, then rolls back to the previous revision, reusing its ReplicaSet", async () => {
    await eventually(async () => expect((await service(broken, "billing")).service.progress.state).toBe("failed"), 15_000);
    const preview = await previewRollback(await findWorkload(fx.context.clusters, "staging", broken, "billing"));
    expect(preview).toMatchObject({ fromRevision: 2, toRevision: 1, revisions: [2, 1] });
    expect(preview.images).toEqual([{ container: "billing", from: expect.stringContaining("billing-crashloop:"), to: expect.stringMatching(/\/billing:[0-9a-f]{12}$/) }]);
    expect(preview.diff).toMatch(/^-\s+image: registry\.example\.com\/billing-crashloop:/m);
    expect(preview.diff).toMatch(/^-\s+- name: ROUNDING/m);
    const before = await service(broken, "billing");
    const oldName = before.revisions.find((rev) => rev.revision === 1)!.name;
    const answer = await erin.call(r.rollback, at(broken, "billing"), { reason: "billing crash-loops" });
    expect(answer).toMatchObject({ status: 200, body: { message: "deployment.apps/billing rolled back to revision 1" } });
    const after = await eventually(async () => {
      const s = await service(broken, "billing");
      expect(s.service.progress).toMatchObject({ state: "complete", revision: 3 });
      return s;
    }, 15_000);
    expect(after.revisions.find((rev) => rev.current)).toMatchObject({ name: oldName, revision: 3, changeCause: "rollback to revision 1 by erin.engineer@pier.test: billing crash-loops" });
    expect(await lastAudit("workload.rollback")).toMatchObject({ outcome: "succeeded", before: { revision: 2 }, after: { revision: 1 } });
  });

  it("refuses where kubectl would, with clear messages", async () => {
    expect(await erin.call(r.rollback, at(broken, "billing"), { revision: 99 })).toMatchObject({ status: 422, body: { error: expect.stringMatching(/^revision: revision 99 is gone from the history of billing \(kept: 3, 2\)$/) } });
    expect(await erin.call(r.pause, at(main, "link"), {})).toMatchObject({ status: 200, body: { message: "deployment.apps/link paused" } });
    expect(await erin.call(r.pause, at(main, "link"), {})).toMatchObject({ status: 422, body: { error: "service: nothing to change: deployment.apps/link is already paused" } });
    expect(await erin.call(r.restart, at(main, "link"), {})).toMatchObject({ status: 409, body: { error: expect.stringContaining("is paused: resume it before restarting") } });
    expect(await erin.call(r.rollback, at(main, "link"), {})).toMatchObject({ status: 409, body: { error: expect.stringContaining("you cannot roll back a paused deployment") } });
    expect(await erin.call(r.resume, at(main, "link"), {})).toMatchObject({ status: 200 });
    const tag = (await service(main, "link")).service.tag;
    expect(await erin.call(r.image, at(main, "link"), { tag })).toMatchObject({ status: 422, body: { error: `tag: nothing to change: link already runs registry.example.com/link:${tag}` } });
    expect(await erin.call(r.scale, at(main, "learn"), { replicas: 5 })).toMatchObject({ status: 422, body: { error: expect.stringContaining("HorizontalPodAutoscaler learn between 1 and 3 replicas") } });
    expect(await erin.call(r.scale, at(main, "nope"), { replicas: 2 })).toMatchObject({ status: 404 });
    expect(await lastAudit("workload.scale")).toMatchObject({ outcome: "failed", detail: expect.stringContaining("not found") });
  });

  it("scales through /scale within an autoscaler's range, with a warning", async () => {
    const answer = await sam.call(r.scale, at(main, "learn"), { replicas: 2, reason: "load test" });
    expect(answer).toMatchObject({ status: 200, body: { message: "deployment.apps/learn scaled", warning: "HorizontalPodAutoscaler learn may move it anywhere between 1 and 3" } });
    await eventually(async () => expect((await service(main, "learn")).service.replicas).toMatchObject({ desired: 2, ready: 2 }), 15_000);
  });

  it("gives one of two people acting at once a clear conflict, not a lost update", async () => {
    const seen = (await service(main, "video-payment")).service.generation;
    const [a, b] = await Promise.all([
      erin.call(r.image, at(main, "video-payment"), { tag: "erin-1", generation: seen }),
      sam.call(r.image, at(main, "video-payment"), { tag: "sam-1", generation: seen }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toMatch(/^Deployment video-payment (was changed by someone else at the same time|changed since you loaded it)/);
    const winner = a.status === 200 ? "erin-1" : "sam-1";
    await eventually(async () => expect((await service(main, "video-payment")).service.tag).toBe(winner), 5_000);
    const records = await getPrisma().auditRecord.findMany({ where: { action: "workload.set-image", targetName: "video-payment" }, orderBy: { seq: "asc" } });
    expect(records.map((x) => x.outcome).sort()).toEqual(["failed", "succeeded"]);
  });
});
