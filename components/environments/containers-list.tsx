import type { ContainerDto, ProbeDto } from "@/lib/environments/types";

function Probe({ label, probe }: { label: string; probe?: ProbeDto }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="text-xs">{probe ? `${probe.target}, after ${probe.initialDelaySeconds}s, every ${probe.periodSeconds}s` : <span className="text-amber-700 dark:text-amber-300">none</span>}</dd>
    </div>
  );
}

function Resources({ label, values }: { label: string; values: Record<string, string> }) {
  const entries = Object.entries(values);
  return (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="font-mono text-xs">{entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(", ") : <span className="font-sans text-amber-700 dark:text-amber-300">none</span>}</dd>
    </div>
  );
}

/** The containers of the pod template: image, ports, requests and limits, probes, env names. */
export function ContainersList({ containers }: { containers: ContainerDto[] }) {
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {containers.map((c) => (
        <li key={c.name} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <p className="font-medium">{c.name}</p>
          <p className="mt-0.5 break-all font-mono text-xs text-zinc-600 dark:text-zinc-400">{c.image}</p>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2">
            <Resources label="Requests" values={c.requests} />
            <Resources label="Limits" values={c.limits} />
            <Probe label="Readiness probe" probe={c.readinessProbe} />
            <Probe label="Liveness probe" probe={c.livenessProbe} />
            <div>
              <dt className="text-xs text-zinc-500">Ports</dt>
              <dd className="font-mono text-xs">{c.ports.map((p) => `${p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ""}`).join(", ") || "—"}</dd>
            </div>
            <div>
              <dt className="text-xs text-zinc-500">Environment variables</dt>
              <dd className="font-mono text-xs">{c.envNames.join(", ") || "—"}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
