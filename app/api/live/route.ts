// GET /api/live: Server-Sent Events, one stream per browser tab: which namespaces of which cluster changed.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { streamLiveUpdates } from "@/lib/environments/stream-live-updates";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute((_params, request) => streamLiveUpdates(getClusters(), request.signal));
