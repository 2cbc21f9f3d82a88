// One environment (a branch namespace, or production): the namespace with Pier's labels and
// annotations, every catalog service with its Deployment, Service, probes, HPA and PDB where
// the catalog says so, nginx's config, an Ingress in front, a quota for branch namespaces.
import { quotaUsage } from "../controllers/quota-controller";
import type { Container, Pod } from "../types/core";
import { PROFILE_ANNOTATION } from "../usage/profile";
import { CATALOG, LEAKING_USAGE, nginxConfig, type ServiceSpec } from "./catalog";
import {
  ANNOTATION_AUTHOR, ANNOTATION_BRANCH, ANNOTATION_COMMIT, ANNOTATION_DEPLOYED_AT, ANNOTATION_DEPLOYED_BY, LABEL_APP_NAME, LABEL_BRANCH_SLUG, LABEL_ENVIRONMENT,
  LABEL_PART_OF, LABEL_TEAM, PRODUCT,
} from "./conventions";
import type { SeedWriter } from "./seed-writer";
import { seedWorkload, type Revision } from "./workload";
import { seedNamespace } from "./system";

export interface EnvironmentSeed {
  namespace: string;
  environment: "branch" | "production";
  branch?: string;
  /** Commits oldest first; each is one rollout of every service. */
  commits: Array<{ sha: string; author: string; deployedBy: string; ago: number }>;
  host: string;
  /** Services whose current image crash-loops. */
  crashing?: string[];
  /** Services that leak memory into their limit and get OOM-killed. */
  leaking?: string[];
}

const DAY = 24 * 3600_000;

function containerFor(svc: ServiceSpec): Omit<Container, "image"> {
  const probe = svc.probePath
    ? { httpGet: { path: svc.probePath, port: "http" }, initialDelaySeconds: svc.probeDelay ?? 0, periodSeconds: 10 }
    : undefined;
  return {
    name: svc.name,
    ports: [{ name: "http", containerPort: svc.port, protocol: "TCP" }],
    env: [{ name: "PORT", value: String(svc.port) }, { name: "RAILS_ENV", value: "production" }],
    resources: svc.resources,
    ...(probe ? { readinessProbe: probe, livenessProbe: { ...probe, initialDelaySeconds: (svc.probeDelay ?? 0) + 20 } } : {}),
    ...(svc.name === "nginx" ? { volumeMounts: [{ name: "nginx-conf", mountPath: "/etc/nginx/nginx.conf", subPath: "nginx.conf" }] } : {}),
  };
}

export function seedEnvironment(w: SeedWriter, env: EnvironmentSeed): void {
  const ns = env.namespace;
  const last = env.commits[env.commits.length - 1]!;
  const deployAnnotations = { [ANNOTATION_COMMIT]: last.sha, [ANNOTATION_DEPLOYED_AT]: w.time(last.ago), [ANNOTATION_DEPLOYED_BY]: last.deployedBy };
  seedNamespace(w, ns, env.commits[0]!.ago + DAY / 4, {
    labels: { [LABEL_ENVIRONMENT]: env.environment, ...(env.branch ? { [LABEL_BRANCH_SLUG]: ns } : {}) },
    annotations: { ...(env.branch ? { [ANNOTATION_BRANCH]: env.branch } : {}), [ANNOTATION_AUTHOR]: last.author, ...deployAnnotations },
  });
  const created = w.time(env.commits[0]!.ago);
  w.put("configmaps", { metadata: { name: "nginx-conf", namespace: ns }, data: { "nginx.conf": nginxConfig() } }, created);
  w.put("secrets", { metadata: { name: "app-secrets", namespace: ns }, type: "Opaque", data: { DATABASE_URL: Buffer.from(`postgres://app@db.internal/${ns}`).toString("base64") } }, created);

  for (const svc of CATALOG) {
    const labels = { [LABEL_APP_NAME]: svc.name, [LABEL_PART_OF]: PRODUCT, [LABEL_TEAM]: svc.team };
    const revisions: Revision[] = env.commits.map((c, i) => {
      const crashing = i === env.commits.length - 1 && env.crashing?.includes(svc.name);
      return { image: `registry.example.com/${svc.name}:${crashing ? "crashloop-" : ""}${c.sha.slice(0, 12)}`, changeCause: `deploy ${c.sha.slice(0, 7)} by ${c.deployedBy}`, ago: c.ago - i * 1000 };
    });
    const replicas = env.environment === "production" ? svc.replicas.production : svc.replicas.staging;
    const volumes = svc.name === "nginx" ? [{ name: "nginx-conf", configMap: { name: "nginx-conf" } }] : undefined;
    const leaking = env.leaking?.includes(svc.name) ?? false;
    seedWorkload(w, {
      namespace: ns, name: svc.name, labels, annotations: deployAnnotations, container: containerFor(svc), replicas, revisions, servicePort: 80, volumes,
      podAnnotations: { [PROFILE_ANNOTATION]: leaking ? LEAKING_USAGE : svc.usage },
      ...(leaking ? { oomKills: 3 } : {}),
    });
    const range = env.environment === "production" ? svc.hpa?.production : svc.hpa?.staging;
    if (range) {
      w.put("horizontalpodautoscalers.autoscaling", {
        metadata: { name: svc.name, namespace: ns, labels },
        spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: svc.name }, minReplicas: range[0], maxReplicas: range[1], metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }] },
      }, created, false);
    }
    if (svc.pdb && (replicas > 1 || svc.pdb.maxUnavailable !== undefined)) {
      w.put("poddisruptionbudgets.policy", { metadata: { name: svc.name, namespace: ns, labels }, spec: { selector: { matchLabels: { [LABEL_APP_NAME]: svc.name } }, ...svc.pdb } }, created, false);
    }
  }
  w.put("ingresses.networking.k8s.io", {
    metadata: { name: "school", namespace: ns, labels: { [LABEL_PART_OF]: PRODUCT }, annotations: { "nginx.ingress.kubernetes.io/proxy-body-size": "20m" } },
    spec: { ingressClassName: "nginx", rules: [{ host: env.host, http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "nginx", port: { number: 80 } } } }] } }] },
    status: { loadBalancer: { ingress: [{ ip: "34.120.10.24" }] } },
  }, created);
  if (env.environment === "branch") {
    const hard = { "requests.cpu": "4", "requests.memory": "8Gi", pods: "30" };
    const pods = w.store.list("pods", ns).map((s) => s.object as Pod);
    w.put("resourcequotas", { metadata: { name: "branch-quota", namespace: ns }, spec: { hard }, status: { hard, used: quotaUsage(hard, pods, () => 0) } }, created);
  }
}
