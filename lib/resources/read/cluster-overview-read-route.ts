import "server-only";
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { resourcesContext, type ResourcesContext } from "../resources-context";
import { getClusterOverview } from "./get-cluster-overview";
import { parseOverviewQuery } from "./overview-query";
import { resourcesCsv } from "./resources-csv";

// The SRE view of one cluster as JSON, or as a CSV download. Like exports of the audit log, a
// download is itself recorded in the audit log ("resources.export", with its query).

export function clusterOverviewReadRoute(context: () => ResourcesContext = resourcesContext) {
  return environmentReadRoute<{ cluster: string }>(
    async ({ cluster }, request) => {
      const { format, ...query } = parseOverviewQuery(new URL(request.url).searchParams);
      const { overview, rows } = await getClusterOverview(context(), cluster, query);
      if (format === "json") return overview;
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "");
      return new Response(resourcesCsv(rows), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pier-resources-${cluster}-${stamp}.csv"`, "cache-control": "no-store" },
      });
    },
    { audit: (query) => (query.format === "csv" ? "resources.export" : null) },
  );
}
