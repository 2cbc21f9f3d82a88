// Container logs for a cluster: pods/log served from generated, deterministic timelines.
import type { SimExtension } from "../cluster/extension";
import { UsageModel } from "../usage/container-usage";
import { LogFollowers } from "./log-follower";
import { serveLogs } from "./serve-logs";

export function logsExtension(): SimExtension {
  let followers: LogFollowers | undefined;
  return {
    name: "logs",
    install({ cluster, controllers }) {
      const model = new UsageModel(cluster.clock.timeScale);
      const live = new LogFollowers(cluster);
      followers = live;
      controllers.hooks.add({ onPodRemoved: (_ns, _name, uid) => model.forget(uid) });
      cluster.routes.addSubresource("pods", "log", {
        discovery: { kind: "Pod", verbs: ["get"] },
        handle: (route) => serveLogs(cluster, model, live, route),
      });
    },
    stop() {
      followers?.stopAll();
    },
  };
}
