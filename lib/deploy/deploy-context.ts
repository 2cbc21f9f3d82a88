import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { isEmbeddedMode } from "@/lib/env-schema";
import { getClusters } from "@/lib/kube/cluster-registry";
import type { Clusters } from "@/lib/kube/clusters";
import { openMonorepo, type Monorepo } from "./monorepo/monorepo";

// What deploys work with: the clusters, the monorepo (opened once per process) and the
// settings from the environment. Tests build their own with clusters and a monorepo they made.

export interface DeploySettings {
  /** Images under this registry get the commit's tag (PIER_IMAGE_REGISTRY). */
  imageRegistry: string;
  /** Hours from the last deploy to expiry (PIER_ENVIRONMENT_TTL_HOURS). */
  ttlHours: number;
}

export interface DeployContext {
  clusters: Clusters;
  monorepo(): Promise<Monorepo>;
  settings: DeploySettings;
}

const key = Symbol.for("pier.monorepo");
type Holder = typeof globalThis & { [key]?: Promise<Monorepo> };

function getMonorepo(): Promise<Monorepo> {
  const holder = globalThis as Holder;
  holder[key] ??= openMonorepo({ source: env.PIER_MONOREPO, dataDir: env.PIER_DATA_DIR, embedded: isEmbeddedMode(env), exampleDir: path.resolve("content/monorepo") }).catch((error: unknown) => {
    holder[key] = undefined; // asked again next time (a mirror's first clone may fail while the network is down)
    throw error;
  });
  return holder[key];
}

export function deploySettingsFromEnv(): DeploySettings {
  return { imageRegistry: env.PIER_IMAGE_REGISTRY, ttlHours: env.PIER_ENVIRONMENT_TTL_HOURS };
}

export function getDeployContext(): DeployContext {
  return { clusters: getClusters(), monorepo: getMonorepo, settings: deploySettingsFromEnv() };
}
