import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import { ServiceUsageCell } from "@/components/resources/service-usage-cell";
import type { ServiceRowDto } from "@/lib/environments/types";
import type { NamespaceResourcesDto } from "@/lib/resources/types";
import { ProblemBadge } from "./problem-badge";
import { RolloutBadge } from "./rollout-badge";

export function ServicesTable({ services, base, resources }: { services: ServiceRowDto[]; base: string; resources?: NamespaceResourcesDto }) {
  return (
    <Table label="Services">
      <THead>
        <tr>
          <TH>Service</TH>
          <TH>Address</TH>
          <TH>Image</TH>
          <TH>Ready</TH>
          <TH>Rollout</TH>
          <TH title="Per replica: used now / request (limit)">CPU · memory</TH>
          <TH className="text-right">Restarts</TH>
          <TH>Age</TH>
        </tr>
      </THead>
      <tbody>
        {services.map((s) => (
          <TR key={`${s.kind}/${s.name}`}>
            <TD>
              <Link href={`${base}/${s.name}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                {s.name}
              </Link>
              <div className="text-xs text-zinc-500">
                {s.kind}
                {s.team && ` · ${s.team}`}
              </div>
            </TD>
            <TD className="font-mono text-xs">{s.address ?? "—"}</TD>
            <TD className="max-w-72">
              <div className="truncate font-mono text-xs" title={s.image}>
                {s.image.replace(/:[^:/@]+$/, "")}
              </div>
              <div className="font-mono text-xs text-zinc-500">:{s.tag}</div>
            </TD>
            <TD>
              <span className="tabular-nums" aria-label={`${s.replicas.ready} of ${s.replicas.desired} ready`}>
                {s.replicas.ready}/{s.replicas.desired}
              </span>
              <div className="mt-1">
                <ProblemBadge problem={s.problem} />
              </div>
            </TD>
            <TD>
              <RolloutBadge rollout={s.progress} />
              {s.progress.state !== "complete" && <div className="mt-1 max-w-64 text-xs text-zinc-500">{s.progress.message}</div>}
            </TD>
            <TD>
              <ServiceUsageCell cell={resources?.services.find((r) => r.service === s.name)} unavailable={resources && !resources.usage.available ? resources.usage.reason : undefined} />
            </TD>
            <TD className="text-right tabular-nums">{s.restarts}</TD>
            <TD>
              <RelativeTime iso={s.createdAt} age />
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
