import { Construction } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { navAreas } from "./nav-areas";

/** The honest empty state of an area that is not built yet. */
export function AreaPlaceholder({ href }: { href: string }) {
  const area = navAreas.find((a) => a.href === href);
  if (!area) throw new Error(`No navigation area at ${href}`);
  return (
    <>
      <PageHeader title={area.label} description={area.summary} />
      <EmptyState icon={Construction} title={`${area.label} is not built yet`}>
        This area of Pier is planned but does not exist yet, so there is nothing to show here. Nothing is hidden
        from you: when it lands, this page will show real data from the cluster and the database.
      </EmptyState>
    </>
  );
}
