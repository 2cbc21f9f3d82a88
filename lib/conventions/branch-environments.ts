// Pier's labels and annotations on branch environments and workloads: the embedded cluster
// seeds them, the portal reads them, CI writes them on real clusters. Pure (no server-only) so
// sim/ imports this same copy. Documented in README.md, "Branch environments".
import { createHash } from "node:crypto";

/** Namespace label: "branch" for a branch environment (main included), "production" for production. */
export const LABEL_ENVIRONMENT = "pier.dev/environment";
/** Namespace label: the branch's slug, which is also the namespace name (see branchSlug). */
export const LABEL_BRANCH_SLUG = "pier.dev/branch-slug";
/** Workload label: the owning team. */
export const LABEL_TEAM = "pier.dev/team";
/** Workload labels from the Kubernetes recommended set. */
export const LABEL_APP_NAME = "app.kubernetes.io/name";
export const LABEL_PART_OF = "app.kubernetes.io/part-of";

/** Namespace annotation: the raw branch name ("feature/video-checkout"); the slug loses it. */
export const ANNOTATION_BRANCH = "pier.dev/branch";
/** Namespace and Deployment annotation: full commit SHA last deployed. */
export const ANNOTATION_COMMIT = "pier.dev/commit";
/** Namespace annotation: author of that commit ("Name <email>"). */
export const ANNOTATION_AUTHOR = "pier.dev/author";
/** Namespace and Deployment annotation: RFC 3339 time of the last deploy. */
export const ANNOTATION_DEPLOYED_AT = "pier.dev/deployed-at";
/** Namespace and Deployment annotation: who or what deployed ("ci", or a person's email). */
export const ANNOTATION_DEPLOYED_BY = "pier.dev/deployed-by";

/** Namespace annotation: RFC 3339 time after which Pier's cleanup deletes the environment (absent: computed from the last deploy). */
export const ANNOTATION_EXPIRES_AT = "pier.dev/expires-at";
/** Namespace label: why an environment exists besides a branch ("e2e": an end-to-end environment from main). */
export const LABEL_PURPOSE = "pier.dev/purpose";
/** Namespace annotation: the seed Job an end-to-end environment was created with. */
export const ANNOTATION_SEED_JOB = "pier.dev/seed-job";

/** Label on every object a deploy applies ("pier"): what later deploys may prune once a commit no longer has it. */
export const LABEL_MANAGED_BY = "pier.dev/managed-by";
export const MANAGED_BY_PIER = "pier";
/** Label on the Jobs of a seed run: the seed Job's name. Deploys never prune them. */
export const LABEL_SEED_JOB = "pier.dev/seed-job";

export const ENVIRONMENT_BRANCH = "branch";
export const ENVIRONMENT_PRODUCTION = "production";
export const PRODUCT = "school";

/** ConfigMap holding the nginx that fronts every environment (its `location`s route to services). */
export const NGINX_CONFIG_MAP = "nginx-conf";

/**
 * The collision-free slug of a branch, used as its namespace name: lowercase, runs of other
 * characters than [a-z0-9] become "-", cut so that "-" plus 8 hex characters of the branch's
 * SHA-256 fit in 63, starting with a letter ("b-" is prefixed otherwise).
 */
export function branchSlug(branch: string): string {
  const hash = createHash("sha256").update(branch).digest("hex").slice(0, 8);
  let base = branch.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(base)) base = `b-${base}`.replace(/-+$/, "");
  base = base.slice(0, 63 - 9).replace(/-+$/, "");
  return `${base}-${hash}`;
}
