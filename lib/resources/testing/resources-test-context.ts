import { createPrismaClient } from "@/lib/db/client";
import { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { clustersOf } from "@/lib/kube/clusters";
import { startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import type { StartClusterOptions } from "@/sim/index";
import { ClusterResources } from "../cluster/cluster-resources";
import type { ResourcesContext } from "../resources-context";
import type { Db } from "../store/db";

// Integration tests of the resources area: a migrated database, an embedded cluster in-process,
// and a ResourcesContext over them, as Pier builds it (optionally with a Prometheus URL).

export interface ResourcesTest {
  cluster: TestCluster;
  runtime: ClusterRuntime;
  resources: ClusterResources;
  db: Db & { $disconnect(): Promise<void> };
  ctx: ResourcesContext;
  database: PortalDatabase;
  stop(): Promise<void>;
}

export async function startResourcesTest(options: StartClusterOptions & { pollMs?: number; environment?: "staging" | "production" } = {}): Promise<ResourcesTest> {
  const database = await createPortalDatabase();
  const cluster = await startTestCluster({ name: "staging", seed: "demo", timeScale: 20, ...options });
  const db = createPrismaClient(database.url);
  const made: ClusterResources[] = [];
  const byRuntime = new Map<ClusterRuntime, ClusterResources>();
  const resourcesOf = (runtime: ClusterRuntime) => {
    let r = byRuntime.get(runtime);
    if (!r) {
      byRuntime.set(runtime, (r = new ClusterResources(runtime, options.pollMs ?? 60_000).start()));
      made.push(r);
    }
    return r;
  };
  const test: ResourcesTest = {
    cluster,
    runtime: cluster.runtime,
    resources: resourcesOf(cluster.runtime),
    db,
    database,
    ctx: { clusters: clustersOf([cluster.runtime]), resourcesOf, db, manifestPattern: "services/{service}/kubernetes/{kind}.yaml", now: Date.now },
    async stop() {
      for (const r of made) r.stop();
      await db.$disconnect();
      await cluster.stop();
      await database.drop();
    },
  };
  return test;
}

/** The same cluster configured with a Prometheus: a second runtime, as Pier would make from such a config. */
export function withPrometheus(test: ResourcesTest, prometheusUrl: string): { runtime: ClusterRuntime; ctx: ResourcesContext } {
  const runtime = new ClusterRuntime({ ...test.cluster.config, prometheusUrl }).start();
  const ctx: ResourcesContext = { ...test.ctx, clusters: clustersOf([runtime]) };
  const stop = test.stop;
  test.stop = async () => {
    runtime.stop();
    await stop();
  };
  return { runtime, ctx };
}
