import "server-only";
import {
  ANNOTATION_AUTHOR, ANNOTATION_BRANCH, ANNOTATION_COMMIT, ANNOTATION_DEPLOYED_AT, ANNOTATION_DEPLOYED_BY, ANNOTATION_EXPIRES_AT, ANNOTATION_SEED_JOB, branchSlug, ENVIRONMENT_BRANCH,
  LABEL_BRANCH_SLUG, LABEL_ENVIRONMENT, LABEL_MANAGED_BY, LABEL_PURPOSE, LABEL_SEED_JOB, MANAGED_BY_PIER,
} from "@/lib/conventions/branch-environments";
import { ConflictError, InvalidInputError } from "@/lib/audit/door/door-errors";
import { kubeErrorStatus } from "@/lib/kube/kube-connection";
import { applyObject, applyObjects, type AppliedObject } from "./apply/apply-objects";
import type { KubeObject, SourcedObject } from "./apply/kube-object";
import { pruneObjects, type PruneFailure, type PrunedObject } from "./apply/prune-objects";
import { commitTag, retagImages } from "./apply/retag-images";
import { changeCause } from "./change-cause";
import type { DeployContext } from "./deploy-context";
import { findCluster } from "./find-workload";
import { expiryAfterDeploy, MAIN_NAMESPACE } from "./lifecycle/environment-expiry";
import { readJobManifests, readServiceManifests } from "./monorepo/read-manifests";
import { resolveCommit } from "./monorepo/resolve-commit";

// Deploys a branch: its namespace (labels and annotations of the convention, expiry) and every
// service's manifests at the commit, by server-side apply, with the only per-branch change the
// image tag. Optionally runs seed Jobs (end-to-end environments). Then prunes what an earlier
// deploy applied there and the commit no longer has. What the door's POST runs.

export interface DeployBranchInput {
  cluster: string;
  branch: string;
  commit?: string;
  reason?: string;
  /** Another namespace than the branch's own (end-to-end environments). */
  namespace?: string;
  purpose?: "e2e";
  /** Run services/<name>/kubernetes/jobs/<seedJob>.yaml after the services. */
  seedJob?: string;
}

export interface DeployResult {
  cluster: string;
  namespace: string;
  branch: string;
  commit: string;
  author: string;
  subject: string;
  /** The kubernetes.io/change-cause every workload got (history joins revisions on it). */
  changeCause: string;
  created: boolean;
  previousCommit?: string;
  expiresAt?: string;
  services: string[];
  objects: AppliedObject[];
  jobs: AppliedObject[];
  /** Objects an earlier deploy applied here that this commit no longer has: deleted after the apply. */
  pruned: PrunedObject[];
  /** What could not be pruned (still in the namespace); the applied objects stay applied. */
  pruneFailures: PruneFailure[];
}

type RawNamespace = { metadata: { labels?: Record<string, string>; annotations?: Record<string, string>; deletionTimestamp?: string } };

const WORKLOAD_KINDS = new Set(["Deployment", "StatefulSet"]);

async function readNamespace(input: { runtime: ReturnType<typeof findCluster>; namespace: string }): Promise<RawNamespace | null> {
  try {
    return await input.runtime.connection.getJson<RawNamespace>(`/api/v1/namespaces/${input.namespace}`);
  } catch (error) {
    if (kubeErrorStatus(error) === 404) return null;
    throw error;
  }
}

/**
 * Every object carries Pier's labels (later deploys prune by them); workloads carry the deploy's
 * commit, time, deployer and change-cause (kubectl rollout history shows it).
 */
function prepare(item: SourcedObject, registry: string, sha: string, stamp: Record<string, string>, labels: Record<string, string>): SourcedObject {
  const object: KubeObject = retagImages(item.object, registry, commitTag(sha));
  object.metadata.labels = { ...object.metadata.labels, ...labels };
  if (WORKLOAD_KINDS.has(object.kind)) object.metadata.annotations = { ...object.metadata.annotations, ...stamp };
  return { ...item, object };
}

export async function deployBranch(ctx: DeployContext, input: DeployBranchInput, by: { email: string }): Promise<DeployResult> {
  const runtime = findCluster(ctx.clusters, input.cluster);
  if (runtime.config.environment !== "staging") throw new InvalidInputError("cluster", `${input.cluster} is a production cluster: branch environments live on staging clusters`);
  const repo = await ctx.monorepo();
  const commit = await resolveCommit(repo, input.branch, input.commit);
  const manifests = await readServiceManifests(repo, commit.sha);
  if (manifests.length === 0) throw new InvalidInputError("commit", `no manifests in services/*/kubernetes/ at ${commit.sha.slice(0, 7)}`);
  const jobs = input.seedJob ? await readJobManifests(repo, commit.sha, input.seedJob) : [];
  if (input.seedJob && jobs.length === 0) throw new InvalidInputError("seedJob", `no service has kubernetes/jobs/${input.seedJob}.yaml at ${commit.sha.slice(0, 7)}`);

  const namespace = input.namespace ?? branchSlug(input.branch);
  const existing = await readNamespace({ runtime, namespace });
  if (existing?.metadata.deletionTimestamp) throw new ConflictError(`environment ${namespace} is being deleted: deploy again once it is gone`);
  if (existing && existing.metadata.labels?.[LABEL_ENVIRONMENT] !== ENVIRONMENT_BRANCH) throw new ConflictError(`namespace ${namespace} exists and is not a branch environment`);

  const now = new Date();
  const deployedAt = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const annotations: Record<string, string> = {
    [ANNOTATION_BRANCH]: input.branch,
    [ANNOTATION_COMMIT]: commit.sha,
    [ANNOTATION_AUTHOR]: commit.authorText,
    [ANNOTATION_DEPLOYED_AT]: deployedAt,
    [ANNOTATION_DEPLOYED_BY]: by.email,
  };
  const expiresAt = namespace === MAIN_NAMESPACE ? undefined : expiryAfterDeploy(existing?.metadata.annotations?.[ANNOTATION_EXPIRES_AT], now, ctx.settings.ttlHours);
  if (expiresAt) annotations[ANNOTATION_EXPIRES_AT] = expiresAt;
  if (input.seedJob) annotations[ANNOTATION_SEED_JOB] = input.seedJob;
  const labels = { [LABEL_ENVIRONMENT]: ENVIRONMENT_BRANCH, [LABEL_BRANCH_SLUG]: namespace, ...(input.purpose ? { [LABEL_PURPOSE]: input.purpose } : {}) };
  await applyObject(runtime.connection, "", { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace, labels, annotations } });

  const cause = changeCause(`deploy ${commit.sha.slice(0, 7)} of ${input.branch}`, by.email, input.reason);
  const stamp = { [ANNOTATION_COMMIT]: commit.sha, [ANNOTATION_DEPLOYED_AT]: deployedAt, [ANNOTATION_DEPLOYED_BY]: by.email, "kubernetes.io/change-cause": cause };
  const managed = { [LABEL_MANAGED_BY]: MANAGED_BY_PIER };
  const toApply = manifests.map((m) => prepare(m, ctx.settings.imageRegistry, commit.sha, stamp, managed));
  const seedJobs = jobs.map((j) => prepare(j, ctx.settings.imageRegistry, commit.sha, stamp, { ...managed, [LABEL_SEED_JOB]: input.seedJob! }));
  const objects = await applyObjects(runtime.connection, namespace, toApply);
  const ran = seedJobs.length ? await applyObjects(runtime.connection, namespace, seedJobs) : [];
  const prune = await pruneObjects(runtime.connection, namespace, [...toApply, ...seedJobs].map((item) => item.object));
  return {
    cluster: runtime.name,
    namespace,
    branch: input.branch,
    commit: commit.sha,
    author: commit.authorText,
    subject: commit.subject,
    changeCause: cause,
    created: existing === null,
    previousCommit: existing?.metadata.annotations?.[ANNOTATION_COMMIT],
    expiresAt,
    services: [...new Set(manifests.map((m) => m.service))].sort(),
    objects,
    jobs: ran,
    pruned: prune.pruned,
    pruneFailures: prune.failures,
  };
}
