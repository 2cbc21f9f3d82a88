// The one-off pod a console runs in, made from the workload's pod template: same image, env,
// volumes and resources, so the console sees what the app sees; but labelled only with Pier's
// own keys (no Service or ReplicaSet selector matches it), without probes (nothing serves),
// never restarted, kept alive by `sleep` for the session's maximum and killed by the kubelet
// after it (activeDeadlineSeconds) even if Pier never comes back to delete it. Pure.

export const SESSION_LABEL = "pier.dev/console-session";
export const SERVICE_LABEL = "pier.dev/console-service";
export const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

type Json = Record<string, unknown>;

export interface ConsolePodInput {
  sessionId: string;
  /** The Deployment or StatefulSet as the API returns it. */
  workload: Json;
  container: string;
  user: string;
  reason: string;
  maxSeconds: number;
}

const asObject = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});

/** The pod template of a workload (spec.template). */
export function podTemplateOf(workload: Json): { metadata: Json; spec: Json } {
  const template = asObject(asObject(workload.spec).template);
  return { metadata: asObject(template.metadata), spec: asObject(template.spec) };
}

/** The container kubectl would exec into: the default-container annotation, else the first. */
export function defaultContainerOf(workload: Json): string | undefined {
  const { metadata, spec } = podTemplateOf(workload);
  const names = ((spec.containers as Json[] | undefined) ?? []).map((c) => String(c.name));
  const annotated = asObject(metadata.annotations)[DEFAULT_CONTAINER_ANNOTATION];
  return typeof annotated === "string" && names.includes(annotated) ? annotated : names[0];
}

export function consolePodName(workloadName: string, sessionId: string): string {
  return `${workloadName.slice(0, 40).replace(/-+$/, "")}-console-${sessionId.slice(0, 8)}`;
}

export function buildConsolePod({ sessionId, workload, container, user, reason, maxSeconds }: ConsolePodInput): Json {
  const meta = asObject(workload.metadata);
  const template = podTemplateOf(structuredClone(workload));
  const consoleEnv = [
    { name: "CONSOLE_USER", value: user },
    { name: "CONSOLE_REASON", value: reason },
  ];
  const containers = ((template.spec.containers as Json[] | undefined) ?? []).map((c) => {
    const { readinessProbe: _r, livenessProbe: _l, startupProbe: _s, ...rest } = c;
    if (c.name !== container) return rest;
    const { args: _args, lifecycle: _lifecycle, ...kept } = rest;
    const env = ((kept.env as Json[] | undefined) ?? []).filter((e) => e.name !== "CONSOLE_USER" && e.name !== "CONSOLE_REASON");
    return { ...kept, command: ["sleep", String(maxSeconds)], env: [...env, ...consoleEnv] };
  });
  if (!containers.some((c) => c.name === container)) throw new Error(`the pod template has no container "${container}"`);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: consolePodName(String(meta.name ?? "console"), sessionId),
      namespace: meta.namespace,
      labels: { [SESSION_LABEL]: sessionId, [SERVICE_LABEL]: String(meta.name ?? "") },
      annotations: {
        ...asObject(template.metadata.annotations),
        [DEFAULT_CONTAINER_ANNOTATION]: container,
        "pier.dev/console-user": user,
        "pier.dev/console-reason": reason,
        // The embedded cluster does not run container commands; this is how long it keeps the pod running.
        "sim.pier.dev/run-seconds": String(maxSeconds),
      },
    },
    spec: {
      ...template.spec,
      containers,
      restartPolicy: "Never",
      activeDeadlineSeconds: maxSeconds + 300,
    },
  };
}
