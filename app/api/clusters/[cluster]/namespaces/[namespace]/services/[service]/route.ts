// GET /api/clusters/<cluster>/namespaces/<namespace>/services/<service>: pods, containers, revisions, events, elsewhere.
import { getService } from "@/lib/environments/get-service";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string; service: string }>(({ cluster, namespace, service }) =>
  getService(getClusters(), cluster, namespace, service),
);
