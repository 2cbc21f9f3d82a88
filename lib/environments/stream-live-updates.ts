import "server-only";
import type { ClusterChangeBatch } from "@/lib/kube/change-hub";
import type { Clusters } from "@/lib/kube/clusters";

// One Server-Sent Events stream per browser tab. Each cluster's watch caches already coalesce
// changes (ChangeHub); this forwards the batches: `event: change` with
// {"cluster","namespaces":[...],"statusChanged"}. The browser invalidates the matching queries.

const KEEPALIVE_MS = 15_000;

export function streamLiveUpdates(clusters: Clusters, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  const unsubscribes: Array<() => void> = [];
  let keepalive: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(keepalive);
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the stream is closed: the tab went away
        }
      };
      send(`retry: 3000\nevent: ready\ndata: {}\n\n`);
      for (const runtime of clusters.list()) {
        runtime.start();
        unsubscribes.push(runtime.changes.subscribe((batch: ClusterChangeBatch) => send(`event: change\ndata: ${JSON.stringify(batch)}\n\n`)));
      }
      keepalive = setInterval(() => send(`: keepalive\n\n`), KEEPALIVE_MS);
      signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel: stop,
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
