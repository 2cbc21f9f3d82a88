// GET /api/monorepo/branches: the monorepo's branches, newest first: [{ name, namespace, commit, author, date, subject }].
import { z } from "zod";
import { deployReadRoute } from "@/lib/deploy/deploy-read-route";
import { getDeployContext } from "@/lib/deploy/deploy-context";
import { listBranches } from "@/lib/deploy/monorepo/list-branches";

export const dynamic = "force-dynamic";

export const GET = deployReadRoute(z.object({}), async () => ({ branches: await listBranches(await getDeployContext().monorepo()) }));
