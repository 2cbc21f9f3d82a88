import { autoscalersKind } from "@/lib/kube/kinds/autoscalers";
import { disruptionBudgetsKind } from "@/lib/kube/kinds/disruption-budgets";
import { deploymentsKind } from "@/lib/kube/kinds/workloads";
import type { CheckInput } from "./check-types";

// Hand-built Kubernetes objects for the check tests: a well-configured production Deployment
// of "learn" that passes everything, and helpers to break one thing at a time.

export type Raw = Record<string, unknown> & { metadata?: Record<string, unknown> };

export function container(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    image: `registry.example.com/${name}:3f9c2a1b7d4e`,
    ports: [{ name: "http", containerPort: 3000 }],
    resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "512Mi" } },
    readinessProbe: { httpGet: { path: "/up", port: "http" } },
    livenessProbe: { httpGet: { path: "/up", port: "http" } },
    lifecycle: { preStop: { sleep: { seconds: 5 } } },
    ...extra,
  };
}

export function deployment(spec: Record<string, unknown> = {}, podSpec: Record<string, unknown> = {}): Raw {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "learn", namespace: "production", resourceVersion: "1", labels: { "app.kubernetes.io/name": "learn", "pier.dev/team": "learning" } },
    spec: {
      replicas: 3,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: { "app.kubernetes.io/name": "learn" } },
      template: {
        metadata: { labels: { "app.kubernetes.io/name": "learn", "pier.dev/team": "learning" } },
        spec: {
          terminationGracePeriodSeconds: 30,
          containers: [container("learn")],
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway" }],
          ...podSpec,
        },
      },
      ...spec,
    },
  };
}

export function pdb(spec: Record<string, unknown>, name = "learn", status: Record<string, unknown> = {}): Raw {
  return { metadata: { name, namespace: "production", resourceVersion: "1" }, spec: { selector: { matchLabels: { "app.kubernetes.io/name": "learn" } }, ...spec }, status };
}

export function hpa(min: number | undefined, max: number, target = "learn"): Raw {
  return {
    metadata: { name: target, namespace: "production", resourceVersion: "1" },
    spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: target }, ...(min === undefined ? {} : { minReplicas: min }), maxReplicas: max, metrics: [{ type: "Resource", resource: { name: "cpu" } }] },
  };
}

export function inputOf(objects: { workload?: Raw; pdbs?: Raw[]; hpas?: Raw[] } = {}, extra: Partial<CheckInput> = {}): CheckInput {
  return {
    workload: deploymentsKind.project(objects.workload ?? deployment()),
    disruptionBudgets: (objects.pdbs ?? [pdb({ maxUnavailable: 1 })]).map(disruptionBudgetsKind.project),
    autoscalers: (objects.hpas ?? []).map(autoscalersKind.project),
    usage: null,
    docs: { runbook: "Learn runbook", architecture: "Learn architecture", runbookPath: "services/learn/runbook.md", architecturePath: "services/learn/architecture.md" },
    ...extra,
  };
}
