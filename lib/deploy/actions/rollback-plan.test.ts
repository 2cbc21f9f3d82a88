import { describe, expect, it } from "vitest";
import type { RawPodTemplate, RawWorkload } from "./raw-workload";
import { planRollback, type RawReplicaSet } from "./rollback-plan";

// kubectl rollout undo's choices, without a cluster.

const template = (image: string, hash?: string): RawPodTemplate => ({
  metadata: { labels: { app: "learn", ...(hash ? { "pod-template-hash": hash } : {}) } },
  spec: { containers: [{ name: "learn", image }] },
});
const rs = (revision: number, image: string, annotations: Record<string, string> = {}): RawReplicaSet => ({
  metadata: { name: `learn-${revision}`, annotations: { "deployment.kubernetes.io/revision": String(revision), ...annotations } },
  spec: { template: template(image, `h${revision}`) },
});
const deployment: RawWorkload = {
  metadata: { name: "learn", namespace: "ns", uid: "u", resourceVersion: "9", annotations: { "deployment.kubernetes.io/revision": "3", "kubernetes.io/change-cause": "deploy c", "kubectl.kubernetes.io/last-applied-configuration": "{}" } },
  spec: { selector: { matchLabels: { app: "learn" } }, template: template("learn:v3") },
};
const history = [rs(1, "learn:v1", { "kubernetes.io/change-cause": "deploy a", "pier.dev/commit": "aaa" }), rs(3, "learn:v3"), rs(2, "learn:v2", { "kubernetes.io/change-cause": "deploy b" })];

describe("planRollback", () => {
  it("defaults to the second highest revision, drops pod-template-hash and shows the change", () => {
    const plan = planRollback(deployment, history);
    expect(plan).toMatchObject({ fromRevision: 3, toRevision: 2, replicaSet: "learn-2", revisions: [3, 2, 1], images: [{ container: "learn", from: "learn:v3", to: "learn:v2" }] });
    expect(plan.template.metadata?.labels).toEqual({ app: "learn" });
    expect(plan.diff).toMatch(/^-\s+- image: learn:v3$/m);
    expect(plan.diff).toMatch(/^\+\s+- image: learn:v2$/m);
  });

  it("takes the ReplicaSet's annotations but keeps the Deployment's own (kubectl's annotationsToSkip)", () => {
    const plan = planRollback(deployment, history, 1);
    expect(plan.annotations).toEqual({ "deployment.kubernetes.io/revision": "3", "kubectl.kubernetes.io/last-applied-configuration": "{}", "kubernetes.io/change-cause": "deploy a", "pier.dev/commit": "aaa" });
  });

  it("refuses a revision that is gone, a history of one, and a revision that is what runs", () => {
    expect(() => planRollback(deployment, history, 7)).toThrow("revision 7 is gone from the history of learn (kept: 3, 2, 1)");
    expect(() => planRollback(deployment, [rs(3, "learn:v3")])).toThrow("learn has no earlier revision to roll back to");
    expect(() => planRollback(deployment, history, 3)).toThrow("nothing to change: revision 3's pod template is what learn runs now");
  });

  it("hides literal env values in the diff, yet shows that one changes", () => {
    const withEnv = (image: string, password: string): RawPodTemplate => ({
      metadata: { labels: { app: "learn" } },
      spec: {
        containers: [{ name: "learn", image, env: [{ name: "DATABASE_PASSWORD", value: password }, { name: "RAILS_ENV", value: "production" }, { name: "API_KEY", valueFrom: { secretKeyRef: { name: "learn", key: "api" } } }] }],
        initContainers: [{ name: "migrate", image, env: [{ name: "TOKEN", value: "init-secret" }] }],
      },
    });
    const current: RawWorkload = { ...deployment, spec: { ...deployment.spec, template: withEnv("learn:v3", "hunter2-new") } };
    const older: RawReplicaSet = { metadata: { name: "learn-2", annotations: { "deployment.kubernetes.io/revision": "2" } }, spec: { template: withEnv("learn:v3", "hunter2-old") } };
    const plan = planRollback(current, [older], 2);
    expect(plan.diff).not.toMatch(/hunter2|init-secret|production/);
    expect(plan.diff).toMatch(/^-\s+value: "\(hidden: the value of revision 3\)"$/m);
    expect(plan.diff).toMatch(/^\+\s+value: "\(hidden: the value of revision 2\)"$/m);
    expect(plan.diff).toContain("- name: API_KEY"); // names stay
    expect(plan.template.spec.containers[0]!.env).toContainEqual({ name: "DATABASE_PASSWORD", value: "hunter2-old" }); // what is applied keeps the value
  });
});
