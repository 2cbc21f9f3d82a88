import { notFound } from "next/navigation";
import { OpenConsoleForm } from "@/components/console/open-console-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/auth/current-user";
import { getConsoleTarget } from "@/lib/console/read/get-console-target";
import { clusterLabel } from "@/lib/console/store/console-session-view";
import { loadOrNotFound } from "@/lib/environments/load-page-data";
import { getClusters } from "@/lib/kube/cluster-registry";

export const metadata = { title: "Open a console" };
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function NewConsolePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireCan("console.request");
  const { cluster, namespace, service } = await searchParams;
  if (typeof cluster !== "string" || typeof namespace !== "string" || typeof service !== "string") notFound();
  const target = await loadOrNotFound(() => getConsoleTarget(getClusters(), actor, cluster, namespace, service));
  return (
    <>
      <PageHeader
        title={`Console on ${service}`}
        description={`${target.workloadKind} in ${namespace} · ${clusterLabel(target)}. Everything typed and shown is recorded, hash-chained and reviewed by the auditors.`}
      />
      <OpenConsoleForm target={target} />
    </>
  );
}
