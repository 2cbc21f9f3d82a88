// GET /api/clusters/<cluster>/namespaces/<namespace>/history: the environment's deploy history (audit log joined with ReplicaSet revisions).
import { z } from "zod";
import { deployReadRoute } from "@/lib/deploy/deploy-read-route";
import { getEnvironmentHistory } from "@/lib/deploy/history/get-history";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = deployReadRoute<{ cluster: string; namespace: string }, z.ZodObject>(z.object({}), async ({ cluster, namespace }) => ({ entries: await getEnvironmentHistory(getClusters(), cluster, namespace) }));
