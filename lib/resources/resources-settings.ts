import "server-only";
import { env } from "@/lib/env";
import { isEmbeddedMode } from "@/lib/env-schema";

// The resources area's settings, from the environment (README, "Configuration").

export interface ResourcesSettings {
  pollMs: number;
  sampleMinutes: number;
  rawHours: number;
  retentionDays: number;
  manifestPattern: string;
  /** The embedded demo: history is backfilled from the clusters' usage profiles. */
  demo: boolean;
}

export function resourcesSettings(): ResourcesSettings {
  return {
    pollMs: env.PIER_RESOURCES_POLL_SECONDS * 1000,
    sampleMinutes: env.PIER_RESOURCES_SAMPLE_MINUTES,
    rawHours: env.PIER_RESOURCES_RAW_HOURS,
    retentionDays: env.PIER_RESOURCES_RETENTION_DAYS,
    manifestPattern: env.PIER_RESOURCES_MANIFEST_PATH,
    demo: isEmbeddedMode(env) && Boolean(env.PIER_EMBEDDED_CLUSTERS),
  };
}
