import type { ReactNode } from "react";
import { DocsSearchForm } from "@/components/docs/docs-search-form";
import { DocsSidebar } from "@/components/docs/docs-sidebar";
import { Callout } from "@/components/ui/callout";
import { requireUser } from "@/lib/auth/current-user";
import { docsDir, getDocsSidebar } from "@/lib/docs/get-docs";

// The docs frame: search and the folder tree beside every doc. Pages check access themselves.
export default async function DocsLayout({ children }: { children: ReactNode }) {
  await requireUser();
  const sidebar = await getDocsSidebar().catch(() => null);
  if (!sidebar) {
    return (
      <Callout tone="danger" title="The docs folder cannot be read">
        Pier reads its docs from <code>{docsDir()}</code> (PIER_DOCS_DIR). Check that the folder exists and Pier may read it.
      </Callout>
    );
  }
  return (
    <div className="flex gap-8">
      <aside className="hidden w-60 shrink-0 lg:block">
        <div className="sticky top-16 max-h-[calc(100vh-5rem)] space-y-4 overflow-y-auto pr-1 pb-6">
          <DocsSearchForm />
          <DocsSidebar nodes={sidebar} />
        </div>
      </aside>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
