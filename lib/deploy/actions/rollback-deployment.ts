import "server-only";
import { z } from "zod";
import { ConflictError } from "@/lib/audit/door/door-errors";
import { changeCause } from "../change-cause";
import { readObject, requireDeployment, type WorkloadRef } from "../find-workload";
import { workloadInput } from "./action-input";
import { patchWorkload } from "./patch-workload";
import { kubectlName, type ActionResultDto, type RawWorkload } from "./raw-workload";
import { planRollback, type RawReplicaSet, type RollbackPlan } from "./rollback-plan";

// kubectl rollout undo [--to-revision=N] through the API: the plan (rollback-plan.ts), then a
// json-patch replacing /spec/template and /metadata/annotations. The preview is the same plan
// without the write, for the diff the page shows before anyone confirms.

export const rollbackInput = workloadInput.extend({ revision: z.coerce.number().int().positive().optional() });
export type RollbackInput = z.output<typeof rollbackInput>;

export type RollbackPreviewDto = Omit<RollbackPlan, "template" | "annotations">;

async function ownedReplicaSets(ref: WorkloadRef, deployment: RawWorkload): Promise<RawReplicaSet[]> {
  const selector = Object.entries(deployment.spec.selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
  const list = await ref.runtime.connection.getJson<{ items: RawReplicaSet[] }>(`/apis/apps/v1/namespaces/${ref.namespace}/replicasets?labelSelector=${encodeURIComponent(selector)}`);
  return list.items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === deployment.metadata.uid));
}

export async function previewRollback(ref: WorkloadRef, revision?: number): Promise<RollbackPreviewDto> {
  requireDeployment(ref, "rolled back");
  const deployment = await readObject<RawWorkload>(ref);
  const { template: _template, annotations: _annotations, ...preview } = planRollback(deployment, await ownedReplicaSets(ref, deployment), revision);
  return preview;
}

export async function rollbackDeployment(ref: WorkloadRef, input: RollbackInput, by: { email: string }) {
  requireDeployment(ref, "rolled back");
  let plan: RollbackPlan | undefined;
  let cause = "";
  const replicaSets = await ownedReplicaSets(ref, await readObject<RawWorkload>(ref));
  const { after } = await patchWorkload(ref, input.generation, (current) => {
    if (current.spec.paused) throw new ConflictError(`${ref.name} is paused: you cannot roll back a paused deployment; resume it first`);
    plan = planRollback(current, replicaSets, input.revision);
    cause = changeCause(`rollback to revision ${plan.toRevision}`, by.email, input.reason);
    return {
      type: "json",
      body: [
        { op: "replace", path: "/spec/template", value: plan.template },
        { op: "replace", path: "/metadata/annotations", value: { ...plan.annotations, "kubernetes.io/change-cause": cause } },
      ],
    };
  });
  const done = plan!;
  const result: ActionResultDto = { cluster: ref.runtime.name, namespace: ref.namespace, service: ref.name, kind: ref.kind, message: `${kubectlName(ref.kind, ref.name)} rolled back to revision ${done.toRevision}`, generation: after.metadata.generation ?? 0, changeCause: cause };
  return { result, before: { revision: done.fromRevision, images: done.images.map((i) => `${i.container}=${i.from ?? "-"}`) }, after: { revision: done.toRevision, images: done.images.map((i) => `${i.container}=${i.to ?? "-"}`), changeCause: cause } };
}
