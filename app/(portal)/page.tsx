import { ClusterBanner } from "@/components/environments/cluster-banner";
import { MyEnvironments } from "@/components/home/my-environments";
import { WaitingForYou } from "@/components/home/waiting-for-you";
import { AreaCards } from "@/components/shell/area-cards";
import { Panel } from "@/components/ui/panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/auth/current-user";
import { getHomeSummary } from "@/lib/home/get-home-summary";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const actor = await requireCan("environment.read");
  const summary = await getHomeSummary(actor, getClusters());
  return (
    <>
      <PageHeader title={`Hello, ${actor.name.split(" ")[0]}`} description="Your branch environments, what waits for you, and every area of Pier." />
      <div className="space-y-3">
        {summary.unreachable.map((cluster) => (
          <ClusterBanner key={cluster.name} cluster={cluster} />
        ))}
      </div>
      <MyEnvironments environments={summary.mine} />
      <WaitingForYou summary={summary} />
      <Panel title="Areas">
        <AreaCards />
      </Panel>
    </>
  );
}
