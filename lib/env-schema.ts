import { z } from "zod";
import { loadRoleMapFile } from "./auth/role-map/role-map-schema";

// Every variable Pier reads, with its default and meaning. The README's configuration table
// mirrors this file. Pure (no server-only) so the start supervisor can validate before serving.

const port = z.coerce.number().int().min(0).max(65535);
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a postgresql:// URL, e.g. postgresql://user:password@host:5432/pier",
  });

const loopback = new Set(["127.0.0.1", "localhost", "[::1]"]);
const issuerUrl = z.url().refine(
  (value) => {
    const url = new URL(value);
    return url.protocol === "https:" || (url.protocol === "http:" && loopback.has(url.hostname));
  },
  { message: "must be an https:// URL (http:// only on loopback, for tests)" },
);
const roleMapFile = z
  .string()
  .min(1)
  .superRefine((file, ctx) => {
    try {
      loadRoleMapFile(file);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  });

const fields = {
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
  /** Key for signing sign-in state; at least 32 characters. Required unless embedded (then kept in PIER_DATA_DIR). */
  PIER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
  /** OpenID Connect issuer of the company's identity provider; unset = no single sign-on. */
  PIER_OIDC_ISSUER: issuerUrl.optional(),
  /** Client id Pier is registered with at the identity provider. */
  PIER_OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Client secret; unset = a public client (PKCE only). */
  PIER_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Label of the sign-in button, e.g. "Okta". */
  PIER_OIDC_NAME: z.string().min(1).default("single sign-on"),
  /** Scopes asked of the identity provider. */
  PIER_OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, "must include openid").default("openid email profile"),
  /** YAML file mapping groups and email domains to roles and teams; unset = everyone is an engineer. */
  PIER_ROLE_MAP: roleMapFile.optional(),
  /** How long a browser session lasts, in hours. */
  PIER_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** Folder of the standardization docs (Markdown) and the readiness checklist; default: the starter set shipped with Pier. */
  PIER_DOCS_DIR: z.string().min(1).default("content/docs"),
  /** "Edit this page" link, with {path} for the doc's path in PIER_DOCS_DIR; unset = no link. */
  PIER_DOCS_EDIT_URL: z.string().includes("{path}", { message: "must contain {path}, e.g. https://git.example.com/school/monorepo/-/edit/main/docs/{path}" }).optional(),
  /** Readiness checks read the cluster of this environment (the first one configured with it). */
  PIER_READINESS_ENVIRONMENT: z.enum(["staging", "production"]).default("production"),
  /** Readiness checks read this cluster by name instead (overrides PIER_READINESS_ENVIRONMENT). */
  PIER_READINESS_CLUSTER: z.string().min(1).optional(),
  /** Namespace holding each service's production Deployment. */
  PIER_READINESS_NAMESPACE: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "must be a Kubernetes namespace name").default("production"),
  /** A manual readiness tick whose evidence is older than this many days turns stale. */
  PIER_READINESS_STALE_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** How often each cluster's metrics.k8s.io is read for live usage, in seconds (one poll per cluster, shared). */
  PIER_RESOURCES_POLL_SECONDS: z.coerce.number().int().min(5).max(600).default(30),
  /** How often the usage sampler records each container's usage, in minutes. */
  PIER_RESOURCES_SAMPLE_MINUTES: z.coerce.number().int().min(1).max(60).default(1),
  /** Raw usage samples are kept this many hours, then only their 5-minute roll-ups. */
  PIER_RESOURCES_RAW_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(24),
  /** 5-minute roll-ups, daily digests and container terminations are kept this many days. */
  PIER_RESOURCES_RETENTION_DAYS: z.coerce.number().int().min(14).max(400).default(30),
  /** Where a service's manifest lives, for advice: {service}, {kind} (deployment, statefulset), {namespace}, {cluster}. */
  PIER_RESOURCES_MANIFEST_PATH: z.string().includes("{service}", { message: "must contain {service}, e.g. services/{service}/kubernetes/{kind}.yaml" }).default("services/{service}/kubernetes/{kind}.yaml"),
  /** The monorepo deploys read (a path to a git repository, or a URL Pier mirrors); unset = the example monorepo in the embedded demo, else no deploys. */
  PIER_MONOREPO: z.string().min(1).optional(),
  /** Container images under this registry get the deployed commit's tag (the kustomize `images` rule); others are left as written. */
  PIER_IMAGE_REGISTRY: z.string().regex(/^[a-z0-9]([-a-z0-9.:]*[a-z0-9])?(\/[a-z0-9._-]+)*$/, "must be a registry host and optional path, e.g. registry.example.com").default("registry.example.com"),
  /** A branch environment expires this many hours after its last deploy (main and production never do). */
  PIER_ENVIRONMENT_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(168),
  /** How often Pier deletes expired branch environments, in minutes; 0 = never (the dry-run listing still works). */
  PIER_CLEANUP_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(15),
  /** The longest a console session may run, in minutes (an SRE approving a production console may grant less). */
  PIER_CONSOLE_MAX_MINUTES: z.coerce.number().int().min(5).max(720).default(60),
  /** A console without input for this many minutes ends (with a warning a minute before). */
  PIER_CONSOLE_IDLE_MINUTES: z.coerce.number().int().min(2).max(240).default(15),
  /** An approved production console must start within this many minutes (staging: of the request). */
  PIER_CONSOLE_APPROVAL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  /** A console whose browser went away keeps running this many seconds for it to reconnect. */
  PIER_CONSOLE_RECONNECT_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** Console recordings are kept this many days, then deleted (their final hashes stay in the audit log). */
  PIER_CONSOLE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
};

export const envSchema = z.object(fields).superRefine((env, ctx) => {
  if (!isEmbeddedMode(env) && !env.PIER_AUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["PIER_AUTH_SECRET"], message: "is required when clusters are configured (outside the embedded demo)" });
  }
  if (env.PIER_OIDC_ISSUER && !env.PIER_OIDC_CLIENT_ID) {
    ctx.addIssue({ code: "custom", path: ["PIER_OIDC_CLIENT_ID"], message: "is required when PIER_OIDC_ISSUER is set" });
  }
  if (!env.PIER_OIDC_ISSUER && env.PIER_OIDC_CLIENT_ID) {
    ctx.addIssue({ code: "custom", path: ["PIER_OIDC_ISSUER"], message: "is required when PIER_OIDC_CLIENT_ID is set" });
  }
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
