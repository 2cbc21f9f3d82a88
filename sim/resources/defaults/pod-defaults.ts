// Defaulting of pods and pod templates as pkg/apis/core/v1/defaults.go does it, plus what
// admission adds to real pods (service account token volume, not-ready tolerations).
import { parseQuantity } from "../../core/quantity";
import type { Container, Pod, PodSpec, Probe } from "../../types/core";

function defaultProbe(probe: Probe | undefined): void {
  if (!probe) return;
  probe.timeoutSeconds ??= 1;
  probe.periodSeconds ??= 10;
  probe.successThreshold ??= 1;
  probe.failureThreshold ??= 3;
  const httpGet = probe.httpGet as { scheme?: string } | undefined;
  if (httpGet) httpGet.scheme ??= "HTTP";
}

export function defaultContainer(c: Container): void {
  const tag = (c.image ?? "").split("/").pop()?.split("@")[0]?.split(":")[1];
  c.imagePullPolicy ??= !tag || tag === "latest" ? "Always" : "IfNotPresent";
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  c.resources ??= {};
  // Limits without requests default the requests (core/v1 defaults.go).
  if (c.resources.limits) {
    c.resources.requests ??= {};
    for (const [name, value] of Object.entries(c.resources.limits)) c.resources.requests[name] ??= value;
  }
  for (const port of c.ports ?? []) port.protocol ??= "TCP";
  defaultProbe(c.readinessProbe);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.startupProbe as Probe | undefined);
}

export function defaultPodSpec(spec: PodSpec): void {
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(c);
  spec.restartPolicy ??= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
}

const TOKEN_VOLUME = "kube-api-access";

/** What the API server adds to a pod on create (defaults plus admission plugins). */
export function defaultPod(pod: Pod, suffix: string): void {
  const spec = pod.spec;
  defaultPodSpec(spec);
  spec.serviceAccountName ??= "default";
  spec.serviceAccount = spec.serviceAccountName;
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= "PreemptLowerPriority";
  spec.priority ??= 0;
  const tolerations = (spec.tolerations ??= []);
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
    if (!tolerations.some((t) => t.key === key)) tolerations.push({ key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 } as never);
  }
  if (spec.automountServiceAccountToken !== false && !(spec.volumes as Array<{ name: string }> | undefined)?.some((v) => v.name.startsWith(TOKEN_VOLUME))) {
    const name = `${TOKEN_VOLUME}-${suffix}`;
    const volumes = ((spec.volumes as unknown[] | undefined) ?? []);
    volumes.push({
      name,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
          { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
          { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } },
        ],
      },
    });
    spec.volumes = volumes;
    for (const c of spec.containers) {
      const mounts = ((c.volumeMounts as unknown[] | undefined) ?? []);
      mounts.push({ name, readOnly: true, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" });
      c.volumeMounts = mounts;
    }
  }
}

/** Guaranteed, Burstable or BestEffort, by the rules of pkg/apis/core/helper/qos. */
export function qosClass(spec: PodSpec): "Guaranteed" | "Burstable" | "BestEffort" {
  const containers = [...(spec.initContainers ?? []), ...spec.containers];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const requests = c.resources?.requests ?? {};
    const limits = c.resources?.limits ?? {};
    if (Object.keys(requests).length || Object.keys(limits).length) any = true;
    for (const res of ["cpu", "memory"]) {
      const limit = limits[res];
      const request = requests[res] ?? limit;
      if (limit === undefined || request === undefined || parseQuantity(request) !== parseQuantity(limit)) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
