// GET /api/search?q=learn: environments and services whose names match, for the command palette.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { searchEverything } from "@/lib/environments/search-everything";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute((_params, request) => searchEverything(getClusters(), new URL(request.url).searchParams.get("q") ?? ""));
