// GET .../services/<service>/history: the service's deploy history: who, when, what changed, why, and how the rollout ended.
import { z } from "zod";
import { deployReadRoute } from "@/lib/deploy/deploy-read-route";
import { getServiceHistory } from "@/lib/deploy/history/get-history";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = deployReadRoute<{ cluster: string; namespace: string; service: string }, z.ZodObject>(z.object({}), async ({ cluster, namespace, service }) => ({
  entries: await getServiceHistory(getClusters(), cluster, namespace, service),
}));
