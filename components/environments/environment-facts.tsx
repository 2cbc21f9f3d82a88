import { ExternalLink } from "lucide-react";
import { Facts } from "@/components/ui/facts";
import { RelativeTime } from "@/components/ui/relative-time";
import type { EnvironmentSummaryDto } from "@/lib/environments/types";
import { formatBytes, formatCpu } from "@/lib/kube/quantity";
import { HealthSummary } from "./problem-badge";

/** Who deployed what, when, and how much it asks for: the head of an environment page. */
export function EnvironmentFacts({ summary }: { summary: EnvironmentSummaryDto }) {
  return (
    <Facts
      items={[
        { label: "Branch", value: summary.branch ?? (summary.kind === "production" ? "main (production)" : "—") },
        { label: "Namespace", value: <span className="font-mono text-xs">{summary.namespace}</span> },
        { label: "Health", value: <HealthSummary services={summary.services} problem={summary.problem} /> },
        { label: "Commit", value: <span className="font-mono text-xs" title={summary.commit}>{summary.commit?.slice(0, 12) ?? "—"}</span> },
        { label: "Author", value: summary.author ? <span title={summary.author.email}>{summary.author.name ?? summary.author.email}</span> : "—" },
        { label: "Last deploy", value: <>{<RelativeTime iso={summary.deployedAt} />}{summary.deployedBy && <span className="text-zinc-500"> by {summary.deployedBy}</span>}</> },
        { label: "Age", value: <RelativeTime iso={summary.createdAt} age /> },
        { label: "Requested", value: `${formatCpu(summary.requests.cpuMilli)} CPU, ${formatBytes(summary.requests.memoryBytes)}` },
        {
          label: "URL",
          value: summary.url ? (
            <a href={summary.url} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-brand-700 hover:underline dark:text-brand-100">
              {summary.url.replace(/^https?:\/\//, "")} <ExternalLink aria-hidden className="size-3 shrink-0" />
            </a>
          ) : (
            "—"
          ),
        },
      ]}
    />
  );
}
