import type { NamespacePolicyDto } from "@/lib/resources/types";

const pairs = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${k} ${v}`).join(", ") || "—";

/** Each namespace's ResourceQuotas (used of hard) and LimitRanges (defaults, min, max). */
export function PoliciesList({ policies }: { policies: NamespacePolicyDto[] }) {
  if (!policies.length) return <p className="text-sm text-zinc-500">No ResourceQuota or LimitRange in these namespaces.</p>;
  return (
    <ul className="grid gap-3 lg:grid-cols-2" aria-label="Quotas and limit ranges">
      {policies.map((p) => (
        <li key={p.namespace} className="rounded-lg border border-zinc-200 bg-white p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900">
          <p className="font-mono font-medium">{p.namespace}</p>
          {p.quotas.map((q) => (
            <div key={q.name} className="mt-1.5">
              <span className="text-zinc-500">ResourceQuota {q.name}:</span>{" "}
              {Object.entries(q.hard).map(([k, hard]) => `${k} ${q.used[k] ?? "0"} of ${hard}`).join(", ")}
            </div>
          ))}
          {p.limitRanges.map((l) => (
            <div key={l.name} className="mt-1.5">
              <span className="text-zinc-500">LimitRange {l.name}:</span>
              {l.limits.map((item, i) => (
                <div key={i} className="pl-3">
                  {item.type}: default {pairs(item.default)}; default request {pairs(item.defaultRequest)}; min {pairs(item.min)}; max {pairs(item.max)}
                </div>
              ))}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
