import { describe, expect, it } from "vitest";
import { statefulSetsKind } from "@/lib/kube/kinds/workloads";
import { checks } from "./check-registry";
import { container, deployment, hpa, inputOf, pdb } from "./check-fixtures";

const run = (id: string, input = inputOf()) => checks[id]!.run(input);

describe("the well-configured Deployment", () => {
  it("passes every check that has data", () => {
    for (const id of Object.keys(checks)) {
      const result = run(id);
      const expected = id === "requests-fit-usage" ? "unknown" : id === "autoscaler" ? "not-applicable" : "pass";
      expect({ id, status: result.status }).toEqual({ id, status: expected });
    }
  });
});

describe("replicas", () => {
  it("fails on one replica and uses the HPA's floor when autoscaled", () => {
    expect(run("replicas", inputOf({ workload: deployment({ replicas: 1 }) }))).toEqual({ status: "fail", reason: "1 replica: a deploy, a node drain or one crash takes the service down" });
    expect(run("replicas", inputOf({ workload: deployment({ replicas: 1 }), hpas: [hpa(2, 5)] })).status).toBe("pass");
    expect(run("replicas", inputOf({ hpas: [hpa(undefined, 5)] })).reason).toMatch(/may scale down to 1 replica/);
  });
});

describe("disruption-budget", () => {
  it("fails without a PDB selecting the pods", () => {
    const other = pdb({ selector: { matchLabels: { "app.kubernetes.io/name": "link" } } }, "link");
    expect(run("disruption-budget", inputOf({ pdbs: [other] })).reason).toBe("no PodDisruptionBudget selects the pods (app.kubernetes.io/name=learn, pier.dev/team=learning): a node drain may evict every replica at once");
  });
  it("fails when the PDB allows no disruption", () => {
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ minAvailable: 3 })] })).reason).toMatch(/minAvailable 3\) with 3 replicas allows no disruption/);
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ maxUnavailable: "0%" })] })).status).toBe("fail");
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ minAvailable: "100%" })] })).status).toBe("fail");
  });
  it("passes with minAvailable below replicas, percentages and matchExpressions", () => {
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ minAvailable: 2 }, "learn", { disruptionsAllowed: 1, currentHealthy: 3 })] }))).toEqual({
      status: "pass",
      reason: "PodDisruptionBudget learn (minAvailable 2) allows 1 of 3 pods to be evicted at a time",
    });
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ minAvailable: "50%" })] })).reason).toMatch(/allows 1 of 3/);
    const byExpression = pdb({ selector: { matchExpressions: [{ key: "app.kubernetes.io/name", operator: "In", values: ["learn", "link"] }] }, maxUnavailable: 1 });
    expect(run("disruption-budget", inputOf({ pdbs: [byExpression] })).status).toBe("pass");
  });
  it("fails when two PDBs select the same pods", () => {
    expect(run("disruption-budget", inputOf({ pdbs: [pdb({ maxUnavailable: 1 }), pdb({ maxUnavailable: 1 }, "learn-2")] })).reason).toMatch(/^2 PodDisruptionBudgets select the pods/);
  });
});

describe("autoscaler", () => {
  it("is not applicable without an HPA, and checks min and max", () => {
    expect(run("autoscaler").status).toBe("not-applicable");
    expect(run("autoscaler", inputOf({ hpas: [hpa(3, 10)] }))).toEqual({ status: "pass", reason: "HorizontalPodAutoscaler learn scales 3–10 replicas on cpu" });
    expect(run("autoscaler", inputOf({ hpas: [hpa(1, 4)] })).reason).toBe("HorizontalPodAutoscaler learn: minReplicas 1 (at least 2)");
    expect(run("autoscaler", inputOf({ hpas: [hpa(3, 3)] })).reason).toMatch(/maxReplicas 3 is not above minReplicas 3/);
    expect(run("autoscaler", inputOf({ hpas: [hpa(1, 10, "other")] })).status).toBe("not-applicable");
  });
});

describe("probes", () => {
  it("names the containers without probes", () => {
    const workload = deployment({}, { containers: [container("web"), container("sidekiq", { readinessProbe: undefined, livenessProbe: undefined }), container("metrics", { livenessProbe: undefined })] });
    expect(run("probes", inputOf({ workload })).reason).toBe("1 of 3 containers has no readiness probe: sidekiq; 2 of 3 containers have no liveness probe: sidekiq, metrics");
  });
});

describe("resources", () => {
  it("names the containers lacking each request and limit", () => {
    const bare = { resources: { requests: { cpu: "100m", memory: "256Mi" } } };
    const workload = deployment({}, { containers: [container("web", bare), container("sidekiq", bare), container("metrics")] });
    expect(run("resources", inputOf({ workload })).reason).toBe("2 of 3 containers have no CPU limit: web, sidekiq; 2 of 3 containers have no memory limit: web, sidekiq");
    expect(run("resources", inputOf({ workload: deployment({}, { containers: [container("backoffice", { resources: {} })] }) })).reason).toMatch(/^1 of 1 container has no CPU request: backoffice/);
  });
});

describe("requests-fit-usage", () => {
  const usage = (cpu: number, memoryMi: number, windowHours = 14 * 24) => ({ windowHours, containers: [{ container: "learn", cpuP95Millicores: cpu, memoryPeakBytes: memoryMi * 1024 * 1024 }] });
  it("is unknown without usage data or with too little history", () => {
    expect(run("requests-fit-usage")).toEqual({ status: "unknown", reason: "unknown: no usage data" });
    expect(run("requests-fit-usage", inputOf({}, { usage: usage(200, 400, 5) })).reason).toBe("unknown: only 5 h of usage history (needs 24 h)");
  });
  it("passes near usage and flags requests below or far above it", () => {
    expect(run("requests-fit-usage", inputOf({}, { usage: usage(200, 450) })).status).toBe("pass");
    expect(run("requests-fit-usage", inputOf({}, { usage: usage(20, 450) })).reason).toBe("learn: CPU request 250m is far above p95 usage 20m");
    expect(run("requests-fit-usage", inputOf({}, { usage: usage(200, 900) })).reason).toBe("learn: memory request 512 MiB is below peak usage 900 MiB");
  });
});

describe("image-tag", () => {
  it("fails on latest and on no tag, passes tags and digests, and ignores registry ports", () => {
    const withImage = (image: string) => inputOf({ workload: deployment({}, { containers: [container("learn", { image })] }) });
    expect(run("image-tag", withImage("registry.example.com/learn:latest")).reason).toBe("learn runs registry.example.com/learn:latest: pin a tag such as the commit");
    expect(run("image-tag", withImage("registry.example.com:5000/learn")).reason).toMatch(/without a tag \(that means latest\)/);
    expect(run("image-tag", withImage("registry.example.com:5000/learn:3f9c2a1b7d4e")).status).toBe("pass");
    expect(run("image-tag", withImage("registry.example.com/learn@sha256:abc")).status).toBe("pass");
  });
});

describe("spread", () => {
  it("accepts topology spread or anti-affinity", () => {
    expect(run("spread", inputOf({ workload: deployment({}, { topologySpreadConstraints: [] }) })).reason).toBe("no topologySpreadConstraints or podAntiAffinity: all 3 replicas may land on one node");
    const anti = { topologySpreadConstraints: [], affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: "kubernetes.io/hostname" } }] } } };
    expect(run("spread", inputOf({ workload: deployment({}, anti) })).status).toBe("pass");
  });
});

describe("graceful-shutdown", () => {
  const noHook = { containers: [container("learn", { lifecycle: undefined })] };
  it("needs a preStop hook or a grace period chosen on purpose", () => {
    expect(run("graceful-shutdown", inputOf({ workload: deployment({}, noHook) })).reason).toBe("no preStop hook on learn and terminationGracePeriodSeconds is the default 30 s: in-flight requests fail on every deploy");
    expect(run("graceful-shutdown", inputOf({ workload: deployment({}, { ...noHook, terminationGracePeriodSeconds: 60 }) })).status).toBe("pass");
    expect(run("graceful-shutdown", inputOf({ workload: deployment({}, { terminationGracePeriodSeconds: 0 }) })).status).toBe("fail");
  });
});

describe("progress-deadline", () => {
  it("wants it set and under an hour, and does not apply to StatefulSets", () => {
    expect(run("progress-deadline").reason).toBe("progressDeadlineSeconds 600 (the Kubernetes default): a stuck rollout fails after 10 minutes");
    expect(run("progress-deadline", inputOf({ workload: deployment({ progressDeadlineSeconds: undefined }) })).status).toBe("fail");
    expect(run("progress-deadline", inputOf({ workload: deployment({ progressDeadlineSeconds: 7200 }) })).reason).toMatch(/only after 120 minutes/);
    const statefulSet = { ...inputOf(), workload: statefulSetsKind.project(deployment()) };
    expect(run("progress-deadline", statefulSet).status).toBe("not-applicable");
  });
});

describe("service-docs", () => {
  it("names the missing docs", () => {
    const docs = { runbook: "Backoffice runbook", architecture: null, runbookPath: "services/backoffice/runbook.md", architecturePath: "services/backoffice/architecture.md" };
    expect(run("service-docs", inputOf({}, { docs }))).toEqual({ status: "fail", reason: "no architecture doc (services/backoffice/architecture.md)" });
  });
});
