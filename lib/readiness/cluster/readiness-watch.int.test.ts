import { readFileSync } from "node:fs";
import path from "node:path";
import { AppsV1Api, KubeConfig, PolicyV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocsLibrary } from "@/lib/docs/library/docs-library";
import { serviceDocPaths, serviceDocsFrom } from "@/lib/docs/library/service-docs";
import { eventually, startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { parseChecklist } from "../checklist/parse-checklist";
import { runAutomaticChecks } from "../checks/run-automatic-checks";
import { ReadinessWatch } from "./readiness-watch";

// The automatic checks against the embedded production cluster's demo services (seed
// "production") and the shipped docs, read from the cluster runtime's shared caches, then live:
// a PDB added with client-node flips a check and reaches readiness through the change hub.

const checklist = parseChecklist(readFileSync(path.resolve("content/docs/readiness/checklist.yaml"), "utf8"), "readiness/checklist.yaml");
const docs = new DocsLibrary(path.resolve("content/docs"), { watch: false });
let cluster: TestCluster;
let watch: ReadinessWatch;
let changes = 0;

beforeAll(async () => {
  cluster = await startTestCluster({ name: "production", seed: "production", timeScale: 20, environment: "production" });
  watch = new ReadinessWatch(cluster.runtime, "production");
  expect((await watch.whenSettled(10_000)).state).toBe("synced");
  watch.onChange(() => changes++);
});

afterAll(async () => {
  docs.close();
  await cluster?.stop();
});

async function states(service: string) {
  const snap = await docs.snapshot();
  const found = serviceDocsFrom(snap, service);
  const paths = serviceDocPaths(service);
  const results = runAutomaticChecks(checklist, {
    objects: watch.objectsOf(service),
    clusterProblem: null,
    where: "production/production",
    service,
    docs: { runbook: found.runbook?.title ?? null, architecture: found.architecture?.title ?? null, runbookPath: paths.runbook, architecturePath: paths.architecture },
    usage: null,
  });
  return Object.fromEntries([...results].map(([id, r]) => [id, r.status]));
}

// Columns: replicas, image-pinned, progress-deadline, disruption-budget, probes, graceful-shutdown,
// resources-set, requests-fit-usage, autoscaler-sane, spread, service-docs.
const expected: Record<string, string[]> = {
  learn: ["pass", "pass", "pass", "pass", "pass", "fail", "pass", "unknown", "pass", "fail", "pass"],
  link: ["pass", "pass", "pass", "pass", "pass", "fail", "pass", "unknown", "not-applicable", "fail", "pass"],
  "video-payment": ["pass", "pass", "pass", "fail", "pass", "fail", "pass", "unknown", "pass", "fail", "pass"],
  billing: ["pass", "pass", "pass", "pass", "fail", "fail", "pass", "unknown", "not-applicable", "fail", "pass"],
  backoffice: ["pass", "pass", "pass", "fail", "fail", "fail", "fail", "unknown", "not-applicable", "fail", "fail"],
  nginx: ["pass", "pass", "pass", "fail", "pass", "fail", "pass", "unknown", "not-applicable", "fail", "fail"],
};
const items = ["replicas", "image-pinned", "progress-deadline", "disruption-budget", "probes", "graceful-shutdown", "resources-set", "requests-fit-usage", "autoscaler-sane", "spread", "service-docs"];

describe("automatic readiness checks on the embedded production cluster", () => {
  it("give the expected state for every demo service", async () => {
    expect(watch.workloads().map((w) => w.name)).toEqual(["backoffice", "billing", "learn", "link", "nginx", "video-payment"]);
    for (const [service, want] of Object.entries(expected)) {
      const got = await states(service);
      expect({ service, states: items.map((id) => got[id]) }).toEqual({ service, states: want });
    }
  });

  it("follow the cluster live: a PDB for video-payment passes, scaling backoffice to 1 fails", async () => {
    const kc = new KubeConfig();
    kc.loadFromFile(cluster.config.kubeconfig!);
    await kc.makeApiClient(PolicyV1Api).createNamespacedPodDisruptionBudget({
      namespace: "production",
      body: { metadata: { name: "video-payment" }, spec: { maxUnavailable: 1, selector: { matchLabels: { "app.kubernetes.io/name": "video-payment" } } } },
    });
    const apps = kc.makeApiClient(AppsV1Api);
    const scale = await apps.readNamespacedDeploymentScale({ namespace: "production", name: "backoffice" });
    await apps.replaceNamespacedDeploymentScale({ namespace: "production", name: "backoffice", body: { ...scale, spec: { replicas: 1 } } });
    await eventually(async () => {
      expect((await states("video-payment"))["disruption-budget"]).toBe("pass");
      expect((await states("backoffice")).replicas).toBe("fail");
      expect(changes).toBeGreaterThan(0);
    }, 5_000);
    const reason = runAutomaticChecks(checklist, { objects: watch.objectsOf("backoffice"), clusterProblem: null, where: "", service: "backoffice", docs: { runbook: null, architecture: null, runbookPath: "", architecturePath: "" }, usage: null }).get("replicas")!.reason;
    expect(reason).toBe("1 replica: a deploy, a node drain or one crash takes the service down");
  });
});
