// GET /api/environments/cleanup: the cleanup's dry run: every branch environment with its expiry (expired first), the protected ones, and the schedule's last round.
import { z } from "zod";
import { getCleanupOverview } from "@/lib/deploy/lifecycle/get-cleanup-overview";
import { deployReadRoute } from "@/lib/deploy/deploy-read-route";

export const dynamic = "force-dynamic";

export const GET = deployReadRoute(z.object({}), () => getCleanupOverview());
