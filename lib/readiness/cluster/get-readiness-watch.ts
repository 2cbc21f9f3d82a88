import "server-only";
import { env } from "@/lib/env";
import { getClusters } from "@/lib/kube/cluster-registry";
import { ReadinessWatch } from "./readiness-watch";

// The process's one ReadinessWatch, on the cluster readiness is judged against: the one named
// by PIER_READINESS_CLUSTER, else the first configured with PIER_READINESS_ENVIRONMENT.

const key = Symbol.for("pier.readiness.watch");
type Holder = typeof globalThis & { [key]?: { watch: ReadinessWatch | null; problem: string | null } };

export function getReadinessWatch(): { watch: ReadinessWatch | null; problem: string | null } {
  const holder = globalThis as Holder;
  if (holder[key]) return holder[key];
  const clusters = getClusters().list();
  const runtime = env.PIER_READINESS_CLUSTER
    ? clusters.find((c) => c.name === env.PIER_READINESS_CLUSTER)
    : clusters.find((c) => c.config.environment === env.PIER_READINESS_ENVIRONMENT);
  holder[key] = runtime
    ? { watch: new ReadinessWatch(runtime, env.PIER_READINESS_NAMESPACE).start(), problem: null }
    : {
        watch: null,
        problem: env.PIER_READINESS_CLUSTER
          ? `no cluster named "${env.PIER_READINESS_CLUSTER}" is configured (PIER_READINESS_CLUSTER)`
          : `no ${env.PIER_READINESS_ENVIRONMENT} cluster is configured (PIER_READINESS_ENVIRONMENT): automatic checks cannot run`,
      };
  return holder[key];
}
