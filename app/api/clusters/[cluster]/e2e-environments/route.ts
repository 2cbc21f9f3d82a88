// POST /api/clusters/<cluster>/e2e-environments: an end-to-end environment ({ name, seedJob = "seed-e2e", reason? }): main in namespace e2e-<name>-<hash>, then each service's kubernetes/jobs/<seedJob>.yaml.
import { defineRoute } from "@/lib/audit/door/define-route";
import { e2eSpec } from "@/lib/deploy/deploy-specs";

export const dynamic = "force-dynamic";

export const POST = defineRoute(e2eSpec());
