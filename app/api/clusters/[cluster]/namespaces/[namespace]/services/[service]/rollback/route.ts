// GET .../services/<service>/rollback?revision=N: what rolling back would change (target revision, images, a diff of the pod template).
// POST .../services/<service>/rollback: kubectl rollout undo ({ revision?, reason?, generation? }); default: the previous revision.
import { z } from "zod";
import { defineRoute } from "@/lib/audit/door/define-route";
import { rollbackSpec } from "@/lib/deploy/actions/action-specs";
import { previewRollback } from "@/lib/deploy/actions/rollback-deployment";
import { deployReadRoute } from "@/lib/deploy/deploy-read-route";
import { findWorkload } from "@/lib/deploy/find-workload";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

type Params = { cluster: string; namespace: string; service: string };
const query = z.object({ revision: z.coerce.number().int().positive().optional() });

export const GET = deployReadRoute<Params, typeof query>(query, async ({ cluster, namespace, service }, { revision }) =>
  previewRollback(await findWorkload(getClusters(), cluster, namespace, service), revision),
);

export const POST = defineRoute(rollbackSpec());
