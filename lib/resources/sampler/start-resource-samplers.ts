import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { getPrisma } from "@/lib/db/client";
import { getClusters } from "@/lib/kube/cluster-registry";
import { getClusterResources } from "../cluster/get-cluster-resources";
import { loadClusterHistory } from "../read/load-cluster-history";
import { resourcesSettings } from "../resources-settings";
import { holdJobLease } from "@/lib/deploy/lifecycle/job-lease";
import { backfillDemoUsage, backfillPrometheusDigests } from "./backfill-usage";
import { samplerLease, UsageSampler } from "./usage-sampler";

// Starts, once per process, a usage sampler for every cluster; the first time a cluster is seen
// its history is backfilled first (demo: from the usage profiles; Prometheus: the digests), in
// the background; then the SRE view's history cache is warmed. Every Pier process runs this;
// the lease decides which one writes.

const key = Symbol.for("pier.resources.samplers");
type Holder = typeof globalThis & { [key]?: UsageSampler[] };

const log = (message: string, error?: unknown) =>
  console.error(`[pier] resources: ${message}${error === undefined ? "" : `: ${error instanceof Error ? error.message : String(error)}`}`);

export function ensureResourceSamplers(): void {
  const holder = globalThis as Holder;
  if (holder[key]) return;
  holder[key] = [];
  const settings = resourcesSettings();
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  for (const runtime of getClusters().list()) {
    const resources = getClusterResources(runtime);
    void (async () => {
      await runtime.whenSettled(60_000);
      const db = getPrisma();
      try {
        if (await holdJobLease(samplerLease(runtime.name), id, settings.sampleMinutes * 180_000)) {
          const options = { nowMs: Date.now(), rawHours: settings.rawHours };
          const done = settings.demo ? await backfillDemoUsage(db, resources, options) : await backfillPrometheusDigests(db, resources, options);
          if (done) {
            console.log(`[pier] resources: backfilled usage history of ${runtime.name} (${done} ${settings.demo ? "workloads" : "digests"})`);
            for (const ns of runtime.caches.namespaces.list("")) runtime.changes.noteNamespace(ns.name); // open pages refetch their charts
          }
        }
      } catch (error) {
        log(`backfilling ${runtime.name} failed (tried again at the next start)`, error);
      }
      const sampler = new UsageSampler(resources, { db, holder: id, sampleMinutes: settings.sampleMinutes, retention: settings }).start();
      holder[key]!.push(sampler);
      void loadClusterHistory({ db }, runtime.name, Date.now()); // warm: the first SRE view answers from memory
    })().catch((error: unknown) => log(`starting the sampler of ${runtime.name} failed`, error));
  }
}
