// GET /api/audit?actor=&action=&namespace=&outcome=&from=&to=&cursor=&limit=: one page of the audit log, newest first (auditors and admins).
import { auditFilterSchema } from "@/lib/audit/audit-filters";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { listAuditRecords } from "@/lib/audit/list-audit-records";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "audit.read",
  query: auditFilterSchema,
  run: (filters) => listAuditRecords(filters),
});
