// GET .../services/<service>/resources/history?container=&range=1h|24h|7d|14d: one container's usage over time, request and limit, OOM kills and restarts.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getServiceHistory } from "@/lib/resources/read/get-service-history";
import { resourcesContext } from "@/lib/resources/resources-context";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string; service: string }>(({ cluster, namespace, service }, request) => {
  const query = new URL(request.url).searchParams;
  return getServiceHistory(resourcesContext(), cluster, namespace, service, { container: query.get("container") ?? undefined, range: query.get("range") ?? undefined });
});
