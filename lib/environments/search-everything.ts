import type { Clusters } from "@/lib/kube/clusters";
import { environmentKind } from "./summarize-environment";
import { ANNOTATION_BRANCH } from "@/lib/conventions/branch-environments";
import type { SearchHitDto } from "./types";

// The command palette's server half: environments (by branch, namespace) and services (by
// name) whose text contains every word typed. Bounded, so a huge cluster answers as fast.

export function searchEverything(clusters: Clusters, query: string, limit = 20): SearchHitDto[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches = (text: string) => words.every((w) => text.includes(w));
  const environments: SearchHitDto[] = [];
  const services: SearchHitDto[] = [];
  for (const runtime of clusters.list()) {
    for (const ns of runtime.caches.namespaces.list("")) {
      const kind = environmentKind(ns);
      if (!kind) continue;
      const label = ns.annotations[ANNOTATION_BRANCH] ?? ns.name;
      const href = `/environments/${runtime.name}/${ns.name}`;
      if (environments.length < limit && matches(`${label} ${ns.name} ${runtime.name}`.toLowerCase())) {
        environments.push({ kind: "environment", label, detail: `${kind === "production" ? "production" : "environment"} in ${runtime.name}`, href });
      }
      if (services.length >= limit) continue;
      for (const workload of [...runtime.caches.deployments.list(ns.name), ...runtime.caches.statefulSets.list(ns.name)]) {
        // At least one word names the service; the others may narrow by environment or cluster.
        if (words.some((w) => workload.name.includes(w)) && matches(`${workload.name} ${label} ${runtime.name}`.toLowerCase())) {
          services.push({ kind: "service", label: workload.name, detail: `${label} (${runtime.name})`, href: `${href}/${workload.name}` });
        }
      }
    }
  }
  // Services named by one of the words first ("billing fix"), then environments, then the rest.
  const exact = services.filter((s) => words.includes(s.label));
  return [...exact, ...environments, ...services.filter((s) => !exact.includes(s))].slice(0, limit);
}
