import { AreaCards } from "@/components/shell/area-cards";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";

export default async function HomePage() {
  await requireUser();
  return (
    <>
      <PageHeader
        title="Welcome to Pier"
        description="One place for branch environments, resource settings, the standards, readiness, deploys and audited consoles."
      />
      <AreaCards />
    </>
  );
}
