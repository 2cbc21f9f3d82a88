import { createTwoFilesPatch } from "diff";
import { stringify } from "yaml";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import { maskEnvValues } from "./mask-env-values";
import type { RawPodTemplate, RawWorkload } from "./raw-workload";

// kubectl rollout undo, decided without touching the cluster: the ReplicaSet with the wanted
// deployment.kubernetes.io/revision (default: the second highest), its pod template without the
// pod-template-hash label, the Deployment annotations kubectl writes with it, and a diff of
// what will change, with literal env values hidden (the diff is shown to every reader). Pure.

export const REVISION = "deployment.kubernetes.io/revision";
const HASH_LABEL = "pod-template-hash";
/** Annotations the Deployment keeps across an undo (kubectl's annotationsToSkip); all others come from the ReplicaSet. */
const KEPT = ["kubectl.kubernetes.io/last-applied-configuration", REVISION, "deployment.kubernetes.io/revision-history", "deployment.kubernetes.io/desired-replicas", "deployment.kubernetes.io/max-replicas", "deprecated.deployment.rollback.to"];

export interface RawReplicaSet {
  metadata: { name: string; annotations?: Record<string, string>; ownerReferences?: Array<{ uid: string; controller?: boolean }> };
  spec: { template: RawPodTemplate };
}

export interface RollbackPlan {
  fromRevision: number;
  toRevision: number;
  replicaSet: string;
  template: RawPodTemplate;
  annotations: Record<string, string>;
  /** Revisions that can be chosen, newest first. */
  revisions: number[];
  images: Array<{ container: string; from?: string; to?: string }>;
  /** Unified diff of the pod template, current -> target (YAML). */
  diff: string;
  changeCause?: string;
}

const revisionOf = (rs: RawReplicaSet) => Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;

function withoutHash(template: RawPodTemplate): RawPodTemplate {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) delete copy.metadata.labels[HASH_LABEL];
  return copy;
}

/** Same canonical form on both sides, so key order never shows up as a change. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

const yamlOf = (template: RawPodTemplate) => stringify(canonical(template), { lineWidth: 0 });

function templateDiff(current: RawPodTemplate, target: RawPodTemplate, fromRevision: number, toRevision: number): string {
  const from = yamlOf(maskEnvValues(current, target, `revision ${fromRevision}`));
  const to = yamlOf(maskEnvValues(target, current, `revision ${toRevision}`));
  return createTwoFilesPatch(`revision ${fromRevision}`, `revision ${toRevision}`, from, to, "", "", { context: 3 });
}

export function planRollback(deployment: RawWorkload, owned: RawReplicaSet[], revision?: number): RollbackPlan {
  const sorted = owned.filter((rs) => revisionOf(rs) > 0).sort((a, b) => revisionOf(b) - revisionOf(a));
  const current = Number(deployment.metadata.annotations?.[REVISION] ?? 0);
  const target = revision ? sorted.find((rs) => revisionOf(rs) === revision) : sorted[1];
  if (!target) {
    const known = sorted.map(revisionOf).join(", ") || "none";
    throw new InvalidInputError("revision", revision ? `revision ${revision} is gone from the history of ${deployment.metadata.name} (kept: ${known})` : `${deployment.metadata.name} has no earlier revision to roll back to`);
  }
  const template = withoutHash(target.spec.template);
  const from = yamlOf(deployment.spec.template);
  const to = yamlOf(template);
  if (from === to) throw new InvalidInputError("revision", `nothing to change: revision ${revisionOf(target)}'s pod template is what ${deployment.metadata.name} runs now`);
  const annotations: Record<string, string> = {};
  for (const key of KEPT) if (deployment.metadata.annotations?.[key] !== undefined) annotations[key] = deployment.metadata.annotations[key]!;
  for (const [key, value] of Object.entries(target.metadata.annotations ?? {})) if (!KEPT.includes(key)) annotations[key] = value;
  const names = [...new Set([...deployment.spec.template.spec.containers, ...template.spec.containers].map((c) => c.name))];
  const imageOf = (t: RawPodTemplate, name: string) => t.spec.containers.find((c) => c.name === name)?.image;
  return {
    fromRevision: current,
    toRevision: revisionOf(target),
    replicaSet: target.metadata.name,
    template,
    annotations,
    revisions: sorted.map(revisionOf),
    images: names.map((container) => ({ container, from: imageOf(deployment.spec.template, container), to: imageOf(template, container) })).filter((i) => i.from !== i.to),
    diff: templateDiff(deployment.spec.template, template, current, revisionOf(target)),
    changeCause: target.metadata.annotations?.["kubernetes.io/change-cause"],
  };
}
