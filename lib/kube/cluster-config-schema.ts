import { z } from "zod";

// The clusters file (PIER_CLUSTERS): which clusters Pier manages and how to reach them.
// Pure (no server-only): the start supervisor writes one for the embedded clusters.

export const clusterEnvironments = ["staging", "production"] as const;
export type ClusterEnvironment = (typeof clusterEnvironments)[number];

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const clusterConfigSchema = z
  .object({
    /** Short name used in URLs and the API (`/environments/<name>/...`). */
    name: z.string().max(63).regex(dnsLabel, "must be a DNS label: lowercase letters, digits and '-'"),
    /** Name shown to people; defaults to `name`. */
    displayName: z.string().min(1).optional(),
    /** staging holds branch environments; production holds `main`. */
    environment: z.enum(clusterEnvironments),
    /** Kubeconfig file to read (unless inCluster). */
    kubeconfig: z.string().min(1).optional(),
    /** Context in that kubeconfig; defaults to its current-context. */
    context: z.string().min(1).optional(),
    /** Use the service account Pier runs as (Pier deployed inside this cluster). */
    inCluster: z.boolean().default(false),
    /** Prometheus holding this cluster's cAdvisor metrics, for usage history. */
    prometheusUrl: z.url().optional(),
  })
  .refine((c) => c.inCluster !== Boolean(c.kubeconfig), {
    message: "set either `kubeconfig` (with an optional `context`) or `inCluster: true`",
  });

export const clustersFileSchema = z.object({
  clusters: z
    .array(clusterConfigSchema)
    .min(1, "list at least one cluster")
    .refine((list) => new Set(list.map((c) => c.name)).size === list.length, { message: "cluster names must be unique" }),
});

export type ClusterConfig = z.infer<typeof clusterConfigSchema>;
export type ClustersFile = z.infer<typeof clustersFileSchema>;
