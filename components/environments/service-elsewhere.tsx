import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TD, TH, THead, TR, Table } from "@/components/ui/table";
import type { ServiceElsewhereDto } from "@/lib/environments/types";

/** "Where else does this service run, on which image?" across every environment Pier sees. */
export function ServiceElsewhere({ name, rows, currentTag }: { name: string; rows: ServiceElsewhereDto[]; currentTag: string }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-500">{name} runs in no other environment.</p>;
  return (
    <Table label={`${name} elsewhere`}>
      <THead>
        <tr>
          <TH>Environment</TH>
          <TH>Cluster</TH>
          <TH>Tag</TH>
          <TH>Ready</TH>
        </tr>
      </THead>
      <tbody>
        {rows.map((r) => (
          <TR key={`${r.cluster}/${r.namespace}`}>
            <TD>
              <Link href={`/environments/${r.cluster}/${r.namespace}/${name}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                {r.branch ?? r.namespace}
              </Link>{" "}
              {r.clusterKind === "production" && <Badge tone="brand">production</Badge>}
            </TD>
            <TD className="text-zinc-600 dark:text-zinc-400">{r.cluster}</TD>
            <TD className="font-mono text-xs" title={r.image}>
              {r.tag} {r.tag === currentTag && <span className="font-sans text-zinc-500">(same)</span>}
            </TD>
            <TD className="tabular-nums">
              {r.ready}/{r.desired}
            </TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}
