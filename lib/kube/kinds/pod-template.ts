import { field, stringMap } from "./object-meta";

// Containers as Pier shows and judges them: image, ports, requests and limits, probes, whether a
// preStop hook is set, and the names (never the values) of environment variables.

export interface ProbeSpec {
  kind: "httpGet" | "tcpSocket" | "exec" | "grpc";
  /** "GET /up on http", "tcp 5432", "exec pg_isready", "grpc 9090". */
  target: string;
  initialDelaySeconds: number;
  periodSeconds: number;
}

export interface ContainerSpec {
  name: string;
  image: string;
  ports: Array<{ name?: string; containerPort: number; protocol: string }>;
  requests: Record<string, string>;
  limits: Record<string, string>;
  readinessProbe?: ProbeSpec;
  livenessProbe?: ProbeSpec;
  startupProbe?: ProbeSpec;
  /** lifecycle.preStop is set (its command is not kept). */
  preStop: boolean;
  envNames: string[];
}

function projectProbe(raw: unknown): ProbeSpec | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const timing = { initialDelaySeconds: field<number>(raw, "initialDelaySeconds") ?? 0, periodSeconds: field<number>(raw, "periodSeconds") ?? 10 };
  const http = field<{ path?: string; port?: string | number }>(raw, "httpGet");
  if (http) return { kind: "httpGet", target: `GET ${http.path ?? "/"} on ${http.port ?? "?"}`, ...timing };
  const tcp = field<{ port?: string | number }>(raw, "tcpSocket");
  if (tcp) return { kind: "tcpSocket", target: `tcp ${tcp.port ?? "?"}`, ...timing };
  const grpc = field<{ port?: number }>(raw, "grpc");
  if (grpc) return { kind: "grpc", target: `grpc ${grpc.port ?? "?"}`, ...timing };
  const command = field<string[]>(raw, "exec", "command");
  return { kind: "exec", target: `exec ${(command ?? []).join(" ")}`.trim(), ...timing };
}

export function projectContainers(podSpec: unknown): ContainerSpec[] {
  const containers = field<unknown[]>(podSpec, "containers") ?? [];
  return containers.map((c) => ({
    name: field<string>(c, "name") ?? "",
    image: field<string>(c, "image") ?? "",
    ports: (field<Array<{ name?: string; containerPort?: number; protocol?: string }>>(c, "ports") ?? []).map((p) => ({
      name: p.name,
      containerPort: p.containerPort ?? 0,
      protocol: p.protocol ?? "TCP",
    })),
    requests: stringMap(field(c, "resources", "requests")),
    limits: stringMap(field(c, "resources", "limits")),
    readinessProbe: projectProbe(field(c, "readinessProbe")),
    livenessProbe: projectProbe(field(c, "livenessProbe")),
    startupProbe: projectProbe(field(c, "startupProbe")),
    preStop: Boolean(field(c, "lifecycle", "preStop")),
    envNames: (field<Array<{ name?: string }>>(c, "env") ?? []).map((e) => e.name ?? "").filter(Boolean),
  }));
}
