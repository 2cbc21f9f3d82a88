// GET /api/audit/export?format=csv|json&<filters>: every matching record as a download (auditors and admins; the export is itself audited).
import { z } from "zod";
import { auditFilterSchema } from "@/lib/audit/audit-filters";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { exportAuditRecords } from "@/lib/audit/export-audit-records";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "audit.read",
  query: auditFilterSchema.extend({ format: z.enum(["csv", "json"]).default("csv") }),
  audit: () => "audit.export",
  run: ({ format, ...filters }) => {
    const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
    return new Response(exportAuditRecords(filters, format), {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="pier-audit-${stamp}.${format}"`,
        "cache-control": "no-store",
      },
    });
  },
});
