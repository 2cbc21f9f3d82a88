// GET /api/clusters/<cluster>/resources?namespace=&team=&environment=&q=&sort=&direction=&limit=&format=csv: the SRE view, as JSON or CSV.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { getClusterOverview } from "@/lib/resources/read/get-cluster-overview";
import { parseOverviewQuery } from "@/lib/resources/read/overview-query";
import { resourcesCsv } from "@/lib/resources/read/resources-csv";
import { resourcesContext } from "@/lib/resources/resources-context";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string }>(async ({ cluster }, request) => {
  const { format, ...query } = parseOverviewQuery(new URL(request.url).searchParams);
  const { overview, rows } = await getClusterOverview(resourcesContext(), cluster, query);
  if (format === "json") return overview;
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "");
  return new Response(resourcesCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pier-resources-${cluster}-${stamp}.csv"`, "cache-control": "no-store" },
  });
});
