import { ANNOTATION_DEPLOYED_AT, ANNOTATION_EXPIRES_AT, branchSlug, ENVIRONMENT_BRANCH, LABEL_ENVIRONMENT } from "@/lib/conventions/branch-environments";

// When a branch environment expires: its `pier.dev/expires-at` annotation (written at each
// deploy as last deploy + TTL, pushed later by "keep until"), else computed from its last
// deploy (CI that writes no expiry), else from its creation. main, production and namespaces
// that are not branch environments never expire. Pure.

const HOUR = 3_600_000;
export const MAIN_NAMESPACE = branchSlug("main");

export interface NamespaceFacts {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  createdAt: string;
  /** The newest pier.dev/deployed-at of the namespace and its workloads. */
  lastDeployAt?: string;
  clusterEnvironment: "staging" | "production";
}

export interface Expiry {
  /** Why it never expires ("main", "production", ...); then expiresAt is unset. */
  protectedBecause?: string;
  expiresAt?: string;
  /** expiresAt comes from the annotation (a deploy or a "keep until"), not computed. */
  annotated: boolean;
}

export function protectionOf(ns: Pick<NamespaceFacts, "name" | "labels" | "clusterEnvironment">): string | undefined {
  if (ns.clusterEnvironment === "production") return "it is on a production cluster";
  if (ns.labels[LABEL_ENVIRONMENT] !== ENVIRONMENT_BRANCH) return "it is not a branch environment";
  if (ns.name === MAIN_NAMESPACE) return "it runs main";
  return undefined;
}

export function expiryOf(ns: NamespaceFacts, ttlHours: number): Expiry {
  const protectedBecause = protectionOf(ns);
  if (protectedBecause) return { protectedBecause, annotated: false };
  const annotated = ns.annotations[ANNOTATION_EXPIRES_AT];
  if (annotated && !Number.isNaN(Date.parse(annotated))) return { expiresAt: new Date(annotated).toISOString(), annotated: true };
  const from = Date.parse(ns.lastDeployAt ?? ns.annotations[ANNOTATION_DEPLOYED_AT] ?? ns.createdAt);
  return { expiresAt: new Date(from + ttlHours * HOUR).toISOString(), annotated: false };
}

/** The expiry a deploy writes: TTL from now, but never earlier than a "keep until" already there. */
export function expiryAfterDeploy(existing: string | undefined, now: Date, ttlHours: number): string {
  const fromNow = now.getTime() + ttlHours * HOUR;
  const kept = existing ? Date.parse(existing) : NaN;
  return new Date(Number.isNaN(kept) ? fromNow : Math.max(kept, fromNow)).toISOString();
}
