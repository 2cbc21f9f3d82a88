// A Deployment as it looks after its rollouts: ReplicaSets per revision (old ones at zero),
// Running and Ready pods placed on nodes, its Service and Endpoints, statuses as the
// controllers would compute them (so nothing changes when they start).
import { clone } from "../core/json";
import { templateHash } from "../core/hash";
import { toRfc3339 } from "../core/clock";
import { calculateStatus } from "../controllers/deployment/deployment-status";
import { DESIRED_REPLICAS, fenceposts, HASH_LABEL, MAX_REPLICAS, REVISION } from "../controllers/deployment/deployment-util";
import { endpointSubsets } from "../controllers/endpoints-controller";
import { sliceBodies, sliceMetadata } from "../controllers/endpointslice-controller";
import { backoffSeconds, imageCrashes, imageIdOf, type ContainerRun } from "../controllers/kubelet/container-run";
import { buildPodStatus } from "../controllers/kubelet/pod-status";
import { ownerRef } from "../controllers/pod-utils";
import { replicaSetStatus } from "../controllers/replicaset-controller";
import { defaultPod, qosClass } from "../resources/defaults/pod-defaults";
import type { Container, Endpoints, Pod, Service } from "../types/core";
import type { Deployment, ReplicaSet } from "../types/workloads";
import type { SeedWriter } from "./seed-writer";

export interface Revision {
  image: string;
  changeCause: string;
  /** When it was deployed, ms ago. */
  ago: number;
}

export interface WorkloadSeed {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  container: Omit<Container, "image">;
  replicas: number;
  /** Oldest first; the last is what runs. */
  revisions: Revision[];
  servicePort?: number;
  volumes?: unknown[];
}

function seedPod(w: SeedWriter, d: Deployment, rs: ReplicaSet, startedAgo: number): Pod {
  const suffix = w.suffix();
  const template = clone(rs.spec.template);
  const pod: Pod = {
    metadata: { name: `${rs.metadata.name}-${suffix}`, namespace: d.metadata.namespace, labels: template.metadata?.labels, ownerReferences: [ownerRef(rs)] },
    spec: template.spec,
  };
  defaultPod(pod, w.suffix());
  const node = w.place(pod);
  pod.spec.nodeName = node.metadata.name;
  const hostIP = node.status?.addresses?.[0]?.address ?? "10.0.0.10";
  const podIP = w.ipam.allocatePodIP(node);
  const started = w.time(startedAgo);
  pod.status = { phase: "Pending", qosClass: qosClass(pod.spec), hostIP, hostIPs: [{ ip: hostIP }], podIP, podIPs: [{ ip: podIP }], startTime: started };
  const runs: ContainerRun[] = pod.spec.containers.map((c) => {
    const crash = imageCrashes(c.image ?? "");
    const restarts = crash ? 5 : 0;
    return {
      name: c.name, image: c.image ?? "", stage: crash ? "crash-backoff" : "running", ready: !crash, restartCount: restarts, pullFailures: 0,
      startedAt: w.time(startedAgo - 8000), containerID: `containerd://${w.hexId(64)}`, imageID: imageIdOf(c.image ?? ""),
      backoffSeconds: crash ? backoffSeconds(restarts) : undefined,
      lastTerminated: crash ? { exitCode: 1, reason: "Error", startedAt: w.time(90_000), finishedAt: w.time(87_000), containerID: `containerd://${w.hexId(64)}` } : undefined,
    };
  });
  pod.status = buildPodStatus(pod, runs, w.time(startedAgo - 9000));
  const stored = w.put("pods", pod, w.time(startedAgo + 2000));
  if (runs.some((r) => r.stage === "crash-backoff")) seedCrashEvents(w, stored, startedAgo);
  return stored;
}

/** What a crash-looping pod's events look like after a while (aggregated counts). */
function seedCrashEvents(w: SeedWriter, pod: Pod, startedAgo: number): void {
  const c = pod.spec.containers[0]!;
  const events: Array<[string, "Normal" | "Warning", string, number]> = [
    ["Pulled", "Normal", `Container image "${c.image}" already present on machine`, 6],
    ["Created", "Normal", `Created container: ${c.name}`, 6],
    ["Started", "Normal", `Started container ${c.name}`, 6],
    ["BackOff", "Warning", `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, 23],
  ];
  for (const [reason, type, message, count] of events) {
    w.put("events", {
      metadata: { name: `${pod.metadata.name}.${w.hexId(16)}`, namespace: pod.metadata.namespace },
      involvedObject: { kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid, apiVersion: "v1", resourceVersion: pod.metadata.resourceVersion, fieldPath: `spec.containers{${c.name}}` },
      reason, message, source: { component: "kubelet", host: pod.spec.nodeName }, firstTimestamp: w.time(startedAgo - 10_000), lastTimestamp: w.time(reason === "BackOff" ? 20_000 : 95_000),
      count, type, eventTime: null, reportingComponent: "kubelet", reportingInstance: pod.spec.nodeName,
    }, w.time(startedAgo - 10_000));
  }
}

export function seedWorkload(w: SeedWriter, spec: WorkloadSeed): Deployment {
  const current = spec.revisions[spec.revisions.length - 1]!;
  const selector = { matchLabels: { "app.kubernetes.io/name": spec.name } };
  const d = w.put<Deployment>("deployments.apps", {
    metadata: {
      name: spec.name, namespace: spec.namespace, labels: spec.labels,
      annotations: { ...spec.annotations, [REVISION]: String(spec.revisions.length), "kubernetes.io/change-cause": current.changeCause },
    },
    spec: { replicas: spec.replicas, selector, template: { metadata: { labels: spec.labels }, spec: { containers: [{ ...spec.container, image: current.image } as Container], ...(spec.volumes ? { volumes: spec.volumes } : {}) } } },
  }, w.time(spec.revisions[0]!.ago));
  const { maxSurge } = fenceposts(d);

  const rss = spec.revisions.map((rev, i) => {
    const template = clone(d.spec.template);
    template.spec.containers[0]!.image = rev.image;
    const hash = templateHash(template);
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [HASH_LABEL]: hash } };
    const last = i === spec.revisions.length - 1;
    return w.put<ReplicaSet>("replicasets.apps", {
      metadata: {
        name: `${spec.name}-${hash}`, namespace: spec.namespace, labels: template.metadata.labels,
        annotations: { ...spec.annotations, "kubernetes.io/change-cause": rev.changeCause, [DESIRED_REPLICAS]: String(spec.replicas), [MAX_REPLICAS]: String(spec.replicas + maxSurge), [REVISION]: String(i + 1) },
        ownerReferences: [ownerRef(d)],
      },
      spec: { replicas: last ? spec.replicas : 0, minReadySeconds: 0, selector: { matchLabels: { ...selector.matchLabels, [HASH_LABEL]: hash } }, template },
      status: { replicas: 0, observedGeneration: 1 },
    }, w.time(rev.ago));
  });
  const newRS = rss[rss.length - 1]!;
  const pods = Array.from({ length: spec.replicas }, (_, i) => seedPod(w, d, newRS, current.ago - 5000 - i * 1000));
  const ready = pods.filter((p) => p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"));
  newRS.status = replicaSetStatus(newRS, pods, ready.length);

  const settled = w.time(current.ago - 30_000);
  const elapsed = (t?: string) => (t ? w.now - Date.parse(t) : 0);
  let status = calculateStatus(d, rss, newRS, settled, elapsed).status;
  status = calculateStatus({ ...d, status }, rss, newRS, toRfc3339(w.now), elapsed).status;
  // Safe: the store serializes an object lazily, on first read, which has not happened yet.
  d.status = status;

  if (spec.servicePort !== undefined) {
    const svc = w.put<Service>("services", {
      metadata: { name: spec.name, namespace: spec.namespace, labels: spec.labels },
      spec: { selector: selector.matchLabels, ports: [{ name: "http", port: spec.servicePort, targetPort: "http", protocol: "TCP" }] },
    }, w.time(spec.revisions[0]!.ago));
    const subsets = endpointSubsets(svc, pods);
    const created = w.time(spec.revisions[0]!.ago);
    w.put<Endpoints>("endpoints", { metadata: { name: spec.name, namespace: spec.namespace, labels: spec.labels }, ...(subsets.length ? { subsets } : {}) }, created);
    const bodies = sliceBodies(subsets, (node) => w.zoneOf(node));
    for (const body of bodies.length ? bodies : [{ addressType: "IPv4" as const, endpoints: [], ports: [] }]) {
      w.put("endpointslices.discovery.k8s.io", { metadata: { ...sliceMetadata(svc, false), name: `${spec.name}-${w.suffix()}` }, ...body }, created);
    }
  }
  return d;
}
