import { Download } from "lucide-react";
import Link from "next/link";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { auditFilterSchema, pageFilters } from "@/lib/audit/audit-filters";
import { countAuditRecords, listAuditRecords } from "@/lib/audit/list-audit-records";
import { requireCan } from "@/lib/auth/current-user";
import { listPeople } from "@/lib/auth/people/manage-people";
import { actions } from "@/lib/auth/rules";

export const metadata = { title: "Audit" };

const filterKeys = ["actor", "action", "namespace", "outcome", "from", "to"] as const;
const extraEvents = ["session.start", "token.create", "token.revoke", "person.update", "team.save", "audit.export", "resources.export", "recording.search"];

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCan("audit.read");
  const { raw, filters, ignored } = pageFilters(auditFilterSchema, await searchParams);
  const [page, total, people] = await Promise.all([listAuditRecords(filters), countAuditRecords(), listPeople()]);

  const kept = new URLSearchParams(filterKeys.flatMap((key) => (raw[key] ? [[key, raw[key]]] : [])));
  const withParams = (extra: Record<string, string>) => `?${new URLSearchParams({ ...Object.fromEntries(kept), ...extra })}`;
  return (
    <>
      <PageHeader
        title="Audit"
        description={`Every action taken through Pier, in a tamper-evident hash chain: ${total.toLocaleString("en")} records.`}
        actions={
          <>
            <a href={`/api/audit/export${withParams({ format: "csv" })}`} className={buttonClasses("secondary")}>
              <Download aria-hidden className="size-4" />
              CSV
            </a>
            <a href={`/api/audit/export${withParams({ format: "json" })}`} className={buttonClasses("secondary")}>
              <Download aria-hidden className="size-4" />
              JSON
            </a>
          </>
        }
      />
      <AuditFilterForm values={raw} actions={[...new Set([...actions, ...extraEvents])].sort()} people={people.map((p) => p.email)} ignored={ignored} />
      <AuditTable records={page.records} />
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
        <span className="text-zinc-500">{filters.cursor ? `Records older than #${filters.cursor}` : "Newest records"}</span>
        <div className="flex gap-2">
          {filters.cursor && (
            <Link href={`/audit${withParams({})}`} className={buttonClasses("secondary")}>
              Newest
            </Link>
          )}
          {page.nextCursor && (
            <Link href={`/audit${withParams({ cursor: String(page.nextCursor) })}`} className={buttonClasses("secondary")}>
              Older
            </Link>
          )}
        </div>
      </nav>
    </>
  );
}
