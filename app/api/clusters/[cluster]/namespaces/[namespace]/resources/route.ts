// GET /api/clusters/<cluster>/namespaces/<namespace>/resources: per service, requests, limits and usage now (the environment page's column).
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getNamespaceResources } from "@/lib/resources/read/get-namespace-resources";
import { resourcesContext } from "@/lib/resources/resources-context";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string }>(({ cluster, namespace }) => getNamespaceResources(resourcesContext(), cluster, namespace));
