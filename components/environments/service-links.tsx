import { BookOpen, ClipboardCheck, FileWarning, Network } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ServiceDocs } from "@/lib/docs/types";

/**
 * The service's runbook and architecture docs (by the docs convention) and its readiness, one
 * click from its page. A missing runbook is said, not hidden: it is what on-call needs first.
 */
export function ServiceLinks({ service, docs }: { service: string; docs: ServiceDocs }) {
  return (
    <nav aria-label="Service links" className="flex flex-wrap items-center gap-2">
      {docs.runbook ? (
        <Link href={docs.runbook.href} className={buttonClasses("secondary")}>
          <BookOpen aria-hidden className="size-4" />
          Runbook
        </Link>
      ) : (
        <Link href={`/docs/services`} className={buttonClasses("secondary")} title={`No runbook at services/${service}/runbook.md`}>
          <FileWarning aria-hidden className="size-4 text-amber-600" />
          No runbook
        </Link>
      )}
      {docs.architecture && (
        <Link href={docs.architecture.href} className={buttonClasses("secondary")}>
          <Network aria-hidden className="size-4" />
          Architecture
        </Link>
      )}
      <Link href={`/readiness/${encodeURIComponent(service)}`} className={buttonClasses("secondary")}>
        <ClipboardCheck aria-hidden className="size-4" />
        Readiness
      </Link>
    </nav>
  );
}
