// Usage and metrics for a cluster: metrics.k8s.io (what `kubectl top` reads), /metrics/cadvisor
// (what Prometheus scrapes), /sim/usage (history for demos and tests) and the OOM killer.
import type { SimExtension } from "../cluster/extension";
import { serveCadvisor } from "./cadvisor";
import { UsageModel } from "./container-usage";
import { metricsApiRoute } from "./metrics-api";
import { OomKiller } from "./oom-killer";
import { serveUsageHistory } from "./usage-history";

export function usageExtension(): SimExtension {
  let killer: OomKiller | undefined;
  return {
    name: "usage",
    install({ cluster, controllers }) {
      const model = new UsageModel(cluster.clock.timeScale);
      cluster.routes.addApiGroup(metricsApiRoute(cluster, model));
      cluster.routes.addPath("/metrics/cadvisor", (route) => serveCadvisor(cluster, model, route));
      cluster.routes.addPath("/sim/usage", (route) => serveUsageHistory(cluster, model, route));
      killer = new OomKiller(cluster, controllers, model);
      killer.install();
    },
    stop() {
      killer?.stop();
    },
  };
}
