import "server-only";
import { z } from "zod";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { deployBranch, type DeployResult } from "./deploy-branch";
import { getDeployContext, type DeployContext } from "./deploy-context";
import { findCluster, targetOf } from "./find-workload";
import { dnsLabelField, reasonField } from "./input-fields";

// Deploying a branch and creating an end-to-end environment, as door specs: authorized by
// workload.deploy on the cluster's environment (staging: engineers and up), audited with the
// commit before and after and what the deploy pruned (or failed to).

const cluster = dnsLabelField;
const reason = reasonField;

export const deployInput = z.object({
  cluster,
  branch: z.string().trim().min(1, "name a branch").max(255),
  commit: z.string().trim().toLowerCase().regex(/^[0-9a-f]{7,40}$/, "must be a commit SHA (7 to 40 hex characters)").optional().or(z.literal("").transform(() => undefined)),
  reason,
});

export const e2eInput = z.object({
  cluster,
  name: dnsLabelField.refine((n) => n.length <= 40, "at most 40 characters"),
  seedJob: dnsLabelField.default("seed-e2e"),
  reason,
});

/** Namespace of an end-to-end environment: the slug of "e2e/<name>" (collision-free like a branch's). */
export const e2eNamespace = (name: string) => branchSlug(`e2e/${name}`);

/** The audit record's account of pruning: "Kind/name" deleted, and what could not be. */
function pruneDetails(result: DeployResult) {
  return { pruned: result.pruned.map((o) => `${o.kind}/${o.name}`), ...(result.pruneFailures.length ? { pruneFailures: result.pruneFailures.map((f) => f.message) } : {}) };
}

export function deploySpec(context: () => DeployContext = getDeployContext): DoorSpec<typeof deployInput, DeployResult> {
  return {
    action: "workload.deploy",
    event: "environment.deploy",
    input: deployInput,
    target: (input) => targetOf(findCluster(context().clusters, input.cluster), { namespace: branchSlug(input.branch), kind: "Namespace", name: branchSlug(input.branch) }),
    run: async (input, ctx) => {
      const result = await deployBranch(context(), input, { email: ctx.actor!.email });
      ctx.change({ commit: result.previousCommit ?? null }, { branch: result.branch, commit: result.commit, services: result.services, changeCause: result.changeCause, ...pruneDetails(result) });
      return result;
    },
  };
}

export function e2eSpec(context: () => DeployContext = getDeployContext): DoorSpec<typeof e2eInput, DeployResult> {
  return {
    action: "workload.deploy",
    event: "environment.create-e2e",
    input: e2eInput,
    target: (input) => targetOf(findCluster(context().clusters, input.cluster), { namespace: e2eNamespace(input.name), kind: "Namespace", name: e2eNamespace(input.name) }),
    run: async (input, ctx) => {
      const result = await deployBranch(context(), { cluster: input.cluster, branch: "main", namespace: e2eNamespace(input.name), purpose: "e2e", seedJob: input.seedJob, reason: input.reason }, { email: ctx.actor!.email });
      ctx.change(null, { branch: "main", commit: result.commit, seedJob: input.seedJob, jobs: result.jobs.map((j) => j.name), changeCause: result.changeCause, ...pruneDetails(result) });
      return result;
    },
  };
}
