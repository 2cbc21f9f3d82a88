import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getEnvironment } from "@/lib/environments/get-environment";
import { getService } from "@/lib/environments/get-service";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { deployBranch } from "./deploy-branch";
import { e2eNamespace } from "./deploy-specs";
import { getServiceHistory } from "./history/get-history";
import { startDeployFixture, type DeployFixture } from "./testing/deploy-fixture";

// Deploying branches of the example monorepo into an embedded cluster: the namespace and
// every service appear and become ready; a new commit rolls every service once; a
// crash-looping image is reported as failed, with the reason, well before the deadline.

let fx: DeployFixture;
let database: PortalDatabase;
const me = { email: "erin.engineer@pier.test" };
const services = ["backoffice", "billing", "learn", "link", "nginx", "video-payment"];
const main = branchSlug("main");
const billingBranch = branchSlug("fix/billing-rounding");

beforeAll(async () => {
  [fx, database] = await Promise.all([startDeployFixture(), createPortalDatabase()]);
});
afterAll(async () => {
  await fx?.stop();
  await database?.drop();
});

const environment = (namespace: string) => getEnvironment(fx.context.clusters, "staging", namespace);

describe("deploy a branch", () => {
  it("creates the namespace with the convention's labels and every service, all ready", async () => {
    const first = await fx.sha("main~1");
    const result = await deployBranch(fx.context, { cluster: "staging", branch: "main", commit: first.slice(0, 10), reason: "first deploy" }, me);
    expect(result).toMatchObject({ namespace: main, commit: first, created: true, author: "Ana Souza <ana.souza@example.com>", services });
    expect(result.objects.filter((o) => o.kind === "Deployment")).toHaveLength(6);
    const env = await eventually(async () => {
      const e = await environment(main);
      expect(e.services.map((s) => s.name)).toEqual(services);
      expect(e.summary.services).toEqual({ ready: 6, total: 6 });
      expect(e.services.every((s) => s.progress.state === "complete")).toBe(true);
      return e;
    }, 15_000);
    expect(env.summary).toMatchObject({ branch: "main", commit: first, deployedBy: me.email, author: { email: "ana.souza@example.com" } });
    expect(env.services.find((s) => s.name === "learn")!.image).toBe(`registry.example.com/learn:${first.slice(0, 12)}`);
    expect(env.proxy?.routes).toContainEqual({ path: "/payments/", service: "video-payment" });
    const ns = fx.cluster.runtime.caches.namespaces.get("", main)!;
    expect(ns.labels).toMatchObject({ "pier.dev/environment": "branch", "pier.dev/branch-slug": main });
    expect(ns.annotations["pier.dev/expires-at"]).toBeUndefined(); // main never expires
  });

  it("redeploys a new commit: every image moves to it, one rollout each", async () => {
    const head = await fx.sha("main");
    const result = await deployBranch(fx.context, { cluster: "staging", branch: "main" }, me);
    expect(result).toMatchObject({ commit: head, created: false, previousCommit: await fx.sha("main~1") });
    await eventually(async () => {
      const e = await environment(main);
      for (const s of e.services) {
        expect(s.tag).toBe(head.slice(0, 12));
        expect(s.progress).toMatchObject({ state: "complete", revision: 2, oldReplicaSets: [] });
      }
    }, 15_000);
    const learn = await getService(fx.context.clusters, "staging", main, "learn");
    expect(learn.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(learn.revisions[0]!.changeCause).toBe(`deploy ${head.slice(0, 7)} of main by ${me.email}`);
  });

  it("refuses unknown branches, commits of other branches and production clusters", async () => {
    await expect(deployBranch(fx.context, { cluster: "staging", branch: "nope/never" }, me)).rejects.toMatchObject({ status: 404, message: 'branch "nope/never" is not in the monorepo' });
    const other = await fx.sha("feature/video-checkout");
    await expect(deployBranch(fx.context, { cluster: "staging", branch: "main", commit: other }, me)).rejects.toMatchObject({ status: 422, fields: { commit: `${other} is not on branch main` } });
    await expect(deployBranch(fx.context, { cluster: "nowhere", branch: "main" }, me)).rejects.toMatchObject({ status: 404 });
  });

  it("reports a crash-looping image as failed with the reason, before the progress deadline", async () => {
    await deployBranch(fx.context, { cluster: "staging", branch: "fix/billing-rounding", commit: await fx.sha("main") }, me);
    await eventually(async () => expect((await environment(billingBranch)).summary.services).toEqual({ ready: 6, total: 6 }), 15_000);
    const started = Date.now();
    await deployBranch(fx.context, { cluster: "staging", branch: "fix/billing-rounding", reason: "try the rounding fix" }, me);
    const billing = await eventually(async () => {
      const s = await getService(fx.context.clusters, "staging", billingBranch, "billing");
      expect(s.service.progress.state).toBe("failed");
      return s;
    }, 15_000);
    // 600 s of progress deadline are 12 s at time scale 50: a person would have called it long before.
    expect(Date.now() - started).toBeLessThan(12_000);
    expect(billing.service.rollout.state).toBe("progressing"); // kubectl still waits
    expect(billing.service.progress.failure).toMatchObject({ reason: "CrashLoopBackOff" });
    expect(billing.service.progress.message).toMatch(/^new pods of revision 2 are failing: CrashLoopBackOff \(billing-[a-z0-9]+-[a-z0-9]+: \d+ restarts, last exit code 1/);
    // billing has no readiness probe: its new pod counted as available before it crashed, so the old one is gone (as in Kubernetes).
    expect(billing.revisions.map((r) => [r.revision, r.replicas])).toEqual([[2, 1], [1, 0]]);
    const learn = await getService(fx.context.clusters, "staging", billingBranch, "learn");
    await eventually(async () => expect((await getService(fx.context.clusters, "staging", billingBranch, "learn")).service.progress.state).toBe("complete"), 15_000);
    expect(learn.service.progress.failure).toBeUndefined();
  });

  it("keeps a history of each service: who, when, what, why", async () => {
    const history = await getServiceHistory(fx.context.clusters, "staging", billingBranch, "billing");
    expect(history[0]).toMatchObject({ action: "revision", actor: me.email, revision: 2, rollout: "failed", summary: expect.stringContaining(": try the rounding fix") });
    expect(history[1]).toMatchObject({ revision: 1, rollout: "superseded" });
  });

  it("creates an end-to-end environment from main and runs its seed Jobs", async () => {
    const namespace = e2eNamespace("checkout-suite");
    const result = await deployBranch(fx.context, { cluster: "staging", branch: "main", namespace, purpose: "e2e", seedJob: "seed-e2e" }, me);
    expect(result.jobs.map((j) => `${j.kind}/${j.name}`)).toEqual(["Job/billing-seed-e2e", "Job/learn-seed-e2e"]);
    await eventually(async () => {
      const jobs = await fx.cluster.runtime.connection.getJson<{ items: Array<{ metadata: { name: string }; spec: { template: { spec: { containers: Array<{ image: string }> } } }; status: { succeeded?: number } }> }>(`/apis/batch/v1/namespaces/${namespace}/jobs`);
      expect(jobs.items.map((j) => [j.metadata.name, j.status.succeeded])).toEqual([["billing-seed-e2e", 1], ["learn-seed-e2e", 1]]);
      expect(jobs.items[0]!.spec.template.spec.containers[0]!.image).toBe(`registry.example.com/billing:${result.commit.slice(0, 12)}`);
    }, 15_000);
    const ns = fx.cluster.runtime.caches.namespaces.get("", namespace)!;
    expect(ns.labels["pier.dev/purpose"]).toBe("e2e");
    expect(ns.annotations).toMatchObject({ "pier.dev/branch": "main", "pier.dev/seed-job": "seed-e2e", "pier.dev/expires-at": expect.any(String) });
    await expect(deployBranch(fx.context, { cluster: "staging", branch: "main", namespace: e2eNamespace("other"), seedJob: "nope" }, me)).rejects.toMatchObject({ status: 422, fields: { seedJob: expect.stringContaining("no service has kubernetes/jobs/nope.yaml") } });
  });
});
