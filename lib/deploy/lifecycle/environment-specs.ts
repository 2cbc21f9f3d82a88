import "server-only";
import { z } from "zod";
import { InvalidInputError, NotFoundError } from "@/lib/audit/door/door-errors";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { ANNOTATION_AUTHOR, ANNOTATION_EXPIRES_AT } from "@/lib/conventions/branch-environments";
import { getPrisma } from "@/lib/db/client";
import { parsePerson } from "@/lib/environments/parse-person";
import { environmentKind } from "@/lib/environments/summarize-environment";
import type { Target } from "@/lib/auth/rules";
import { getDeployContext, type DeployContext } from "../deploy-context";
import { findCluster, targetOf } from "../find-workload";
import { dnsLabelField, reasonField } from "../input-fields";
import { protectionOf } from "./environment-expiry";

// "Keep until" and deleting an environment by hand, as door specs: for the environment's owner
// (the author of its last deployed commit, when they are a Pier user) or an SRE, in staging;
// audited either way. main and production are never touched.

const KEEP_MAX_DAYS = 90;
const DAY = 86_400_000;
export const environmentInput = z.object({ cluster: dnsLabelField, namespace: dnsLabelField, reason: reasonField });
export const keepInput = environmentInput.extend({
  until: z.string().trim().refine((v) => !Number.isNaN(Date.parse(v)), "must be a date like 2026-12-24"),
});

/** The Target of an action on an environment, with its owner (for the rules). */
export async function environmentTarget(context: () => DeployContext, input: { cluster: string; namespace: string }): Promise<Target> {
  const runtime = findCluster(context().clusters, input.cluster);
  await runtime.whenSettled(8_000);
  const ns = runtime.caches.namespaces.get("", input.namespace);
  if (!ns || !environmentKind(ns)) throw new NotFoundError(`environment "${input.namespace}" not found in cluster "${input.cluster}"`);
  const email = parsePerson(ns.annotations[ANNOTATION_AUTHOR])?.email;
  const owner = email ? await getPrisma().user.findUnique({ where: { email }, select: { id: true } }) : null;
  return targetOf(runtime, { namespace: ns.name, kind: "Namespace", name: ns.name, namespaceOwnerId: owner?.id });
}

function refuseProtected(runtime: ReturnType<typeof findCluster>, namespace: string, verb: string): void {
  const ns = runtime.caches.namespaces.get("", namespace)!;
  const because = protectionOf({ name: ns.name, labels: ns.labels, clusterEnvironment: runtime.config.environment });
  if (because) throw new InvalidInputError("namespace", `${namespace} is never ${verb}: ${because}`);
}

export function keepSpec(context: () => DeployContext = getDeployContext): DoorSpec<typeof keepInput, { namespace: string; expiresAt: string }> {
  return {
    action: "namespace.keep",
    event: "environment.keep",
    input: keepInput,
    target: (input) => environmentTarget(context, input),
    run: async (input, ctx) => {
      const runtime = findCluster(context().clusters, input.cluster);
      refuseProtected(runtime, input.namespace, "expired");
      // A date alone means the end of that day (UTC).
      const until = /^\d{4}-\d{2}-\d{2}$/.test(input.until) ? new Date(`${input.until}T23:59:59Z`) : new Date(input.until);
      if (until.getTime() <= Date.now()) throw new InvalidInputError("until", "must be in the future");
      if (until.getTime() > Date.now() + KEEP_MAX_DAYS * DAY) throw new InvalidInputError("until", `must be at most ${KEEP_MAX_DAYS} days ahead`);
      const path = `/api/v1/namespaces/${input.namespace}`;
      const current = await runtime.connection.getJson<{ metadata: { resourceVersion: string; annotations?: Record<string, string> } }>(path);
      const expiresAt = until.toISOString();
      await runtime.connection.send("PATCH", path, { metadata: { resourceVersion: current.metadata.resourceVersion, annotations: { [ANNOTATION_EXPIRES_AT]: expiresAt } } }, { contentType: "application/merge-patch+json" });
      ctx.change({ expiresAt: current.metadata.annotations?.[ANNOTATION_EXPIRES_AT] ?? null }, { expiresAt });
      return { namespace: input.namespace, expiresAt };
    },
  };
}

export function deleteEnvironmentSpec(context: () => DeployContext = getDeployContext): DoorSpec<typeof environmentInput, { namespace: string; deleted: true }> {
  return {
    action: "namespace.delete",
    event: "environment.delete",
    input: environmentInput,
    target: (input) => environmentTarget(context, input),
    run: async (input, ctx) => {
      const runtime = findCluster(context().clusters, input.cluster);
      refuseProtected(runtime, input.namespace, "deleted by Pier");
      const ns = runtime.caches.namespaces.get("", input.namespace)!;
      await runtime.connection.send("DELETE", `/api/v1/namespaces/${input.namespace}`, { apiVersion: "v1", kind: "DeleteOptions", preconditions: { uid: ns.uid } });
      ctx.change({ namespace: input.namespace, branch: ns.annotations["pier.dev/branch"] ?? null }, null);
      return { namespace: input.namespace, deleted: true };
    },
  };
}
