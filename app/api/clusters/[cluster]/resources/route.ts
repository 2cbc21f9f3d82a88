// GET /api/clusters/<cluster>/resources?namespace=&team=&environment=&q=&sort=&direction=&limit=&format=csv: the SRE view, as JSON or CSV (a CSV download is audited).
import { clusterOverviewReadRoute } from "@/lib/resources/read/cluster-overview-read-route";

export const dynamic = "force-dynamic";

export const GET = clusterOverviewReadRoute();
