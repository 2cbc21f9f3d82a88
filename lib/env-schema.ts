import { z } from "zod";

// Every variable Pier reads, with its default and meaning. The README's configuration table
// mirrors this file. Pure (no server-only) so the start supervisor can validate before serving.

const port = z.coerce.number().int().min(0).max(65535);
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a postgresql:// URL, e.g. postgresql://user:password@host:5432/pier",
  });

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** HTTP port Pier listens on. */
  PORT: port.default(3000),
  /** Interface Pier binds to; 0.0.0.0 inside a container. */
  HOST: z.string().min(1).default("127.0.0.1"),
  /** PostgreSQL server; unset = embedded PostgreSQL (PGlite) under PIER_DATA_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where embedded state (database, embedded clusters) lives. */
  PIER_DATA_DIR: z.string().min(1).default(".data"),
  /** Public URL of Pier, used in links it hands out (e.g. http://pier.example.com). */
  PIER_PUBLIC_URL: z.url().optional(),
  /** YAML file listing the clusters Pier manages (see README); unset = KUBECONFIG's contexts. */
  PIER_CLUSTERS: z.string().min(1).optional(),
  /** Kubeconfig whose contexts are Pier's clusters when PIER_CLUSTERS is unset. */
  KUBECONFIG: z.string().min(1).optional(),
  /** Set by `npm start` in embedded mode: the clusters file naming the embedded clusters. Internal. */
  PIER_EMBEDDED_CLUSTERS: z.string().min(1).optional(),
  /** Embedded clusters run simulated time this many times faster (tests and demos). */
  PIER_EMBEDDED_TIME_SCALE: z.coerce.number().positive().max(1000).default(1),
  /** Log level of Pier's own messages. */
  PIER_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Embedded mode: no cluster is configured, so Pier runs its own embedded clusters for a demo on
 * one's own machine. Only then are conveniences such as the dev sign-in allowed.
 */
export function isEmbeddedMode(env: Pick<Env, "PIER_CLUSTERS" | "KUBECONFIG">): boolean {
  return !env.PIER_CLUSTERS && !env.KUBECONFIG;
}

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      "Invalid configuration:\n" +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming each bad variable. Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? "?"), message: issue.message })),
  );
}
