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
  /** Annotations of the pod template (the usage profile). */
  podAnnotations?: Record<string, string>;
  /** The running container was OOM-killed this many times already (a leaking service). */
  oomKills?: number;
}

/** A leaking container's current run started this long ago; the previous one ran a full leak cycle. */
const OOM_RUN_AGO = 6 * 60_000;
const OOM_CYCLE = 20 * 60_000;
/** A seeded crash loop has been failing long enough to sit at the 5-minute back-off cap. */
const CRASH_RESTARTS = 23;

function seedPod(w: SeedWriter, d: Deployment, rs: ReplicaSet, startedAgo: number, oomKills = 0): Pod {
  const suffix = w.suffix();
  const template = clone(rs.spec.template);
  const { labels, annotations } = template.metadata ?? {};
  const pod: Pod = {
    metadata: { name: `${rs.metadata.name}-${suffix}`, namespace: d.metadata.namespace, labels, ...(annotations ? { annotations } : {}), ownerReferences: [ownerRef(rs)] },
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
    const restarts = crash ? CRASH_RESTARTS : oomKills;
    const run: ContainerRun = {
      name: c.name, image: c.image ?? "", stage: crash ? "crash-backoff" : "running", ready: !crash, restartCount: restarts, pullFailures: 0,
      startedAt: w.time(startedAgo - 8000), containerID: `containerd://${w.hexId(64)}`, imageID: imageIdOf(c.image ?? ""),
      backoffSeconds: crash ? backoffSeconds(restarts) : undefined,
      lastTerminated: crash ? { exitCode: 1, reason: "Error", startedAt: w.time(90_000), finishedAt: w.time(87_000), containerID: `containerd://${w.hexId(64)}` } : undefined,
    };
    if (!crash && oomKills) {
      const finished = OOM_RUN_AGO + backoffSeconds(oomKills) * 1000;
      run.startedAt = w.time(OOM_RUN_AGO);
      run.lastTerminated = { exitCode: 137, reason: "OOMKilled", startedAt: w.time(finished + OOM_CYCLE), finishedAt: w.time(finished), containerID: `containerd://${w.hexId(64)}` };
    }
    return run;
  });
  pod.status = buildPodStatus(pod, runs, w.time(startedAgo - 9000));
  const stored = w.put("pods", pod, w.time(startedAgo + 2000));
  if (runs.some((r) => r.stage === "crash-backoff")) seedCrashEvents(w, stored, startedAgo);
  if (oomKills) seedOomEvents(w, stored, oomKills);
  return stored;
}

function seedEvent(w: SeedWriter, pod: Pod, reason: string, type: "Normal" | "Warning", message: string, count: number, firstAgo: number, lastAgo: number, component = "kubelet"): void {
  const c = pod.spec.containers[0]!;
  w.put("events", {
    metadata: { name: `${pod.metadata.name}.${w.hexId(16)}`, namespace: pod.metadata.namespace },
    involvedObject: { kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid, apiVersion: "v1", resourceVersion: pod.metadata.resourceVersion, fieldPath: `spec.containers{${c.name}}` },
    reason, message, source: { component, host: pod.spec.nodeName }, firstTimestamp: w.time(firstAgo), lastTimestamp: w.time(lastAgo),
    count, type, eventTime: null, reportingComponent: component, reportingInstance: pod.spec.nodeName,
  }, w.time(firstAgo));
}

/** A leaking container's history: a kernel OOM kill per restart, back-offs, restarts. */
function seedOomEvents(w: SeedWriter, pod: Pod, kills: number): void {
  const c = pod.spec.containers[0]!;
  const first = OOM_RUN_AGO + kills * (OOM_CYCLE + 30_000);
  const last = OOM_RUN_AGO + backoffSeconds(kills) * 1000;
  seedEvent(w, pod, "OOMKilling", "Warning", `Memory cgroup out of memory: Killed process 1 (${c.name.slice(0, 15)}) total-vm:589824kB, anon-rss:196608kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:768kB oom_score_adj:984`, kills, first, last, "kernel-monitor");
  seedEvent(w, pod, "BackOff", "Warning", `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, kills - 1, first - OOM_CYCLE, last);
  for (const [reason, message] of [["Pulled", `Container image "${c.image}" already present on machine`], ["Created", `Created container: ${c.name}`], ["Started", `Started container ${c.name}`]]) {
    seedEvent(w, pod, reason!, "Normal", message!, kills, first, OOM_RUN_AGO);
  }
}

/** What a crash-looping pod's events look like after a while (aggregated counts). */
function seedCrashEvents(w: SeedWriter, pod: Pod, startedAgo: number): void {
  const c = pod.spec.containers[0]!;
  const events: Array<[string, "Normal" | "Warning", string, number]> = [
    ["Pulled", "Normal", `Container image "${c.image}" already present on machine`, CRASH_RESTARTS + 1],
    ["Created", "Normal", `Created container: ${c.name}`, CRASH_RESTARTS + 1],
    ["Started", "Normal", `Started container ${c.name}`, CRASH_RESTARTS + 1],
    ["BackOff", "Warning", `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`, 4 * CRASH_RESTARTS],
  ];
  for (const [reason, type, message, count] of events) {
    seedEvent(w, pod, reason, type, message, count, startedAgo - 10_000, reason === "BackOff" ? 20_000 : 95_000);
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
    spec: { replicas: spec.replicas, selector, template: { metadata: { labels: spec.labels, ...(spec.podAnnotations ? { annotations: spec.podAnnotations } : {}) }, spec: { containers: [{ ...spec.container, image: current.image } as Container], ...(spec.volumes ? { volumes: spec.volumes } : {}) } } },
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
  const pods = Array.from({ length: spec.replicas }, (_, i) => seedPod(w, d, newRS, current.ago - 5000 - i * 1000, spec.oomKills));
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
