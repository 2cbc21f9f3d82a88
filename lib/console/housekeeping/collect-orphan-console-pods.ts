import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Clusters } from "@/lib/kube/clusters";
import { liveConsoles } from "../live/live-consoles";
import { SESSION_LABEL } from "../pods/build-console-pod";
import { deleteConsolePod } from "../pods/console-pods";

// One-off console pods whose session is not running (Pier stopped before deleting them, or
// their session was ended from another process) are deleted. Found in the pods watch cache by
// Pier's session label, so this costs no request to the cluster until there is one to delete.

export async function collectOrphanConsolePods(clusters: Clusters): Promise<string[]> {
  const candidates = clusters.list().flatMap((runtime) =>
    [...runtime.caches.pods.namespaces()].flatMap((ns) => runtime.caches.pods.list(ns)).filter((pod) => pod.labels[SESSION_LABEL] && !pod.deleting && !liveConsoles().has(pod.labels[SESSION_LABEL]!)).map((pod) => ({ runtime, pod })),
  );
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.pod.labels[SESSION_LABEL]!).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const running = new Set((await getPrisma().consoleSession.findMany({ where: { id: { in: ids }, status: { in: ["ready", "running"] } }, select: { id: true } })).map((s) => s.id));
  const deleted: string[] = [];
  for (const { runtime, pod } of candidates) {
    if (running.has(pod.labels[SESSION_LABEL]!)) continue;
    await deleteConsolePod(runtime.connection, pod.namespace, pod.name).then(
      () => deleted.push(`${runtime.name}/${pod.namespace}/${pod.name}`),
      (error: Error) => console.error(`[pier] deleting orphaned console pod ${pod.namespace}/${pod.name}: ${error.message}`),
    );
  }
  return deleted;
}
