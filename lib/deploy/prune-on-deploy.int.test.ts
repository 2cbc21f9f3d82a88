import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRoute } from "@/lib/audit/door/define-route";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { eventually } from "@/lib/kube/testing/start-test-cluster";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { deployBranch } from "./deploy-branch";
import { deploySpec, e2eNamespace } from "./deploy-specs";
import { runGit } from "./monorepo/run-git";
import { personWithSession, startDeployFixture, type DeployFixture } from "./testing/deploy-fixture";

// Pruning on deploy against an embedded cluster: a commit that drops a service and a manifest
// deletes what an earlier deploy applied of them (the workload's ReplicaSets and pods too), and
// nothing else: not hand-made objects, not other namespaces, not a seed run's Jobs. The answer
// and the audit record say what was pruned.

const BRANCH = "chore/drop-backoffice";
const ns = branchSlug(BRANCH);
let fx: DeployFixture;
let database: PortalDatabase;
const me = { email: "erin.engineer@pier.test" };

type Item = { metadata: { name: string; labels?: Record<string, string> } };
const get = (path: string) => fx.cluster.runtime.connection.getJson<Item>(path);
const list = async (path: string) => (await fx.cluster.runtime.connection.getJson<{ items: Item[] }>(path)).items;
const statusOf = (path: string) => get(path).then(() => 200, (error: unknown) => kubeErrorStatus(error));

/** A branch off main whose one commit removes backoffice's manifests and link's PodDisruptionBudget. */
async function commitRemovals(dir: string) {
  await runGit(dir, ["checkout", "-q", "-b", BRANCH, "main"]);
  await runGit(dir, ["rm", "-rq", "services/backoffice/kubernetes", "services/link/kubernetes/pdb.yaml"]);
  const who = { GIT_AUTHOR_NAME: "Erin Engineer", GIT_AUTHOR_EMAIL: me.email, GIT_COMMITTER_NAME: "Erin Engineer", GIT_COMMITTER_EMAIL: me.email };
  await runGit(dir, ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "backoffice: retire it"], who);
  await runGit(dir, ["checkout", "-q", "main"]);
}

beforeAll(async () => {
  [fx, database] = await Promise.all([startDeployFixture(), createPortalDatabase()]);
  await commitRemovals(fx.monorepoDir);
});
afterAll(async () => {
  await fx?.stop();
  await database?.drop();
});

describe("prune on deploy", () => {
  it("labels every object it applies as Pier's", async () => {
    const result = await deployBranch(fx.context, { cluster: "staging", branch: BRANCH, commit: await fx.sha("main") }, me);
    expect(result.pruned).toEqual([]);
    expect(result.pruneFailures).toEqual([]);
    for (const path of [`/apis/apps/v1/namespaces/${ns}/deployments/backoffice`, `/api/v1/namespaces/${ns}/services/backoffice`, `/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets/link`, `/api/v1/namespaces/${ns}/configmaps/nginx-conf`]) {
      expect((await get(path)).metadata.labels).toMatchObject({ "pier.dev/managed-by": "pier" });
    }
    await eventually(async () => expect(await list(`/api/v1/namespaces/${ns}/pods?labelSelector=app.kubernetes.io%2Fname%3Dbackoffice`)).not.toHaveLength(0), 10_000);
  });

  it("deletes what the new commit no longer has, with its ReplicaSets and pods, and keeps hand-made objects", async () => {
    await deployBranch(fx.context, { cluster: "staging", branch: "main" }, me); // another namespace with the same objects
    const handMade = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "hand-made", labels: { "app.kubernetes.io/name": "backoffice" } }, data: { note: "kubectl create" } };
    await fx.cluster.runtime.connection.send("POST", `/api/v1/namespaces/${ns}/configmaps`, handMade);

    const erin = await personWithSession(me.email, "engineer");
    const response = await erin.call(defineRoute(deploySpec(() => fx.context)), { cluster: "staging" }, { branch: BRANCH, reason: "backoffice is retired" });
    expect(response.status).toBe(200);
    const pruned = (response.body.pruned as Array<{ kind: string; name: string }>).map((o) => `${o.kind}/${o.name}`).sort();
    expect(pruned).toEqual(["Deployment/backoffice", "PodDisruptionBudget/link", "Service/backoffice"]);
    expect(response.body.pruneFailures).toEqual([]);
    expect(response.body.services).not.toContain("backoffice");

    expect(await statusOf(`/apis/apps/v1/namespaces/${ns}/deployments/backoffice`)).toBe(404);
    expect(await statusOf(`/api/v1/namespaces/${ns}/services/backoffice`)).toBe(404);
    expect(await statusOf(`/apis/policy/v1/namespaces/${ns}/poddisruptionbudgets/link`)).toBe(404);
    await eventually(async () => {
      const replicaSets = await list(`/apis/apps/v1/namespaces/${ns}/replicasets`);
      expect(replicaSets.map((r) => r.metadata.name).filter((n) => n.startsWith("backoffice-"))).toEqual([]);
      expect((await list(`/api/v1/namespaces/${ns}/pods`)).map((p) => p.metadata.name).filter((n) => n.startsWith("backoffice-"))).toEqual([]);
    }, 10_000);

    expect((await get(`/api/v1/namespaces/${ns}/configmaps/hand-made`)).metadata.name).toBe("hand-made");
    expect(await statusOf(`/apis/apps/v1/namespaces/${ns}/deployments/link`)).toBe(200);
    expect(await statusOf(`/apis/apps/v1/namespaces/${branchSlug("main")}/deployments/backoffice`)).toBe(200);
    expect(await statusOf(`/apis/policy/v1/namespaces/${branchSlug("main")}/poddisruptionbudgets/link`)).toBe(200);

    const record = await getPrisma().auditRecord.findFirstOrThrow({ where: { action: "environment.deploy", namespace: ns, outcome: "succeeded" }, orderBy: { seq: "desc" } });
    expect(record.after).toMatchObject({ branch: BRANCH, pruned: expect.arrayContaining(["Deployment/backoffice", "Service/backoffice", "PodDisruptionBudget/link"]) });
  });

  it("prunes nothing on a redeploy of the same commit", async () => {
    const again = await deployBranch(fx.context, { cluster: "staging", branch: BRANCH }, me);
    expect(again.pruned).toEqual([]);
    expect(again.pruneFailures).toEqual([]);
  });

  it("never prunes a seed run's Jobs", async () => {
    const namespace = e2eNamespace("prune-suite");
    const seeded = await deployBranch(fx.context, { cluster: "staging", branch: "main", namespace, purpose: "e2e", seedJob: "seed-e2e" }, me);
    expect(seeded.jobs.map((j) => j.name)).toEqual(["billing-seed-e2e", "learn-seed-e2e"]);
    const redeployed = await deployBranch(fx.context, { cluster: "staging", branch: BRANCH, namespace, purpose: "e2e" }, me);
    expect(redeployed.pruned.map((o) => `${o.kind}/${o.name}`).sort()).toEqual(["Deployment/backoffice", "PodDisruptionBudget/link", "Service/backoffice"]);
    const jobs = await list(`/apis/batch/v1/namespaces/${namespace}/jobs`);
    expect(jobs.map((j) => [j.metadata.name, j.metadata.labels?.["pier.dev/seed-job"]])).toEqual([["billing-seed-e2e", "seed-e2e"], ["learn-seed-e2e", "seed-e2e"]]);
  });
});
