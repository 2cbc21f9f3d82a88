import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AdviceDto, ResourceAdviceDto, Severity } from "@/lib/resources/types";
import { CopyButton } from "./copy-button";
import { formatOf } from "./usage-figures";

// A container's advice: current and recommended side by side with the difference and its
// severity, where each figure came from, warnings, and the YAML to paste into its manifest.

export const severityTone: Record<Severity, BadgeTone> = { good: "green", ok: "neutral", warning: "amber", critical: "red" };

function Row({ kind, r }: { kind: "cpu" | "memory"; r: ResourceAdviceDto }) {
  const format = formatOf(kind);
  const show = (v?: number) => (v === undefined ? <span className="text-amber-700 dark:text-amber-300">none</span> : format(v));
  const diff = r.difference === undefined ? "—" : `${r.difference > 0 ? "+" : r.difference < 0 ? "−" : ""}${format(Math.abs(r.difference))}`;
  return (
    <tr className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/70">
      <th scope="row" className="py-1.5 pr-3 text-left text-xs font-medium text-zinc-500">{kind === "cpu" ? "CPU" : "Memory"}</th>
      {r.skipped ? (
        <td colSpan={4} className="py-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          No advice: {r.skipped}
        </td>
      ) : (
        <>
          <td className="py-1.5 pr-3 text-xs tabular-nums">
            {show(r.request.current)} → <strong>{show(r.request.recommended)}</strong>
          </td>
          <td className="py-1.5 pr-3 text-xs tabular-nums">
            {show(r.limit.current)} → <strong>{show(r.limit.recommended)}</strong>
          </td>
          <td className="py-1.5 pr-3 text-xs tabular-nums">{diff}</td>
          <td className="py-1.5 text-xs">
            <Badge tone={severityTone[r.severity]}>{r.severity}</Badge>
          </td>
        </>
      )}
    </tr>
  );
}

export function AdviceCard({ container, advice }: { container: string; advice: AdviceDto }) {
  if (advice.status === "none") {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No advice for {container}: {advice.reason}.</p>;
  }
  const basis = advice.basis;
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]" data-advice={container}>
      <div className="min-w-0">
        <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <Badge tone={severityTone[advice.severity]}>overall {advice.severity}</Badge>
          <span>
            confidence {advice.confidence?.level} ({advice.confidence?.days} days, {basis.samples.toLocaleString("en")} samples) · p95 CPU {basis.cpuP95 === undefined ? "—" : formatOf("cpu")(basis.cpuP95)} · peak memory{" "}
            {basis.memoryPeak === undefined ? "—" : formatOf("memory")(basis.memoryPeak)} · {basis.oomKills} OOM kills
          </span>
        </div>
        <table className="w-full" aria-label={`Advice for ${container}`}>
          <thead>
            <tr className="text-left text-xs text-zinc-500">
              <th />
              <th className="pb-1 font-medium">request</th>
              <th className="pb-1 font-medium">limit</th>
              <th className="pb-1 font-medium">difference</th>
              <th className="pb-1 font-medium">severity</th>
            </tr>
          </thead>
          <tbody>
            {advice.cpu && <Row kind="cpu" r={advice.cpu} />}
            {advice.memory && <Row kind="memory" r={advice.memory} />}
          </tbody>
        </table>
        <ul className="mt-2 list-disc pl-5 text-xs text-zinc-600 dark:text-zinc-400">
          {advice.cpu && !advice.cpu.skipped && <li>CPU: {advice.cpu.why}</li>}
          {advice.memory && !advice.memory.skipped && <li>Memory: {advice.memory.why}</li>}
          {advice.notes.map((n) => (
            <li key={n} className="text-amber-800 dark:text-amber-300">
              {n}
            </li>
          ))}
        </ul>
      </div>
      {advice.yaml && (
        <div className="min-w-0">
          <div className="mb-1 flex items-center justify-between gap-2">
            <span className="break-all font-mono text-xs text-zinc-600 dark:text-zinc-400" title="The manifest it belongs in">
              {advice.manifestPath}
            </span>
            <CopyButton text={advice.yaml} label={`Copy the resources YAML of ${container}`} />
          </div>
          <pre className="overflow-x-auto rounded-md bg-zinc-950 p-3 font-mono text-xs text-zinc-100" aria-label={`resources YAML of ${container}`}>
            {advice.yaml}
          </pre>
        </div>
      )}
    </div>
  );
}
