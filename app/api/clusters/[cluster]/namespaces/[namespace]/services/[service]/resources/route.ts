// GET /api/clusters/<cluster>/namespaces/<namespace>/services/<service>/resources: usage now per replica, flags, and advice per container.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getServiceResources } from "@/lib/resources/read/get-service-resources";
import { resourcesContext } from "@/lib/resources/resources-context";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string; service: string }>(({ cluster, namespace, service }) =>
  getServiceResources(resourcesContext(), cluster, namespace, service),
);
