// The /scale subresource: an autoscaling/v1 Scale view of spec.replicas, status.replicas and
// the selector. `kubectl scale` merge-patches it; HPAs and client-node read and replace it.
import { updateObject } from "../registry/update-object";
import { gr } from "../registry/writer-context";
import { groupVersion } from "../resources/resource-def";
import { fieldInvalid } from "../resources/field-errors";
import { conflict, invalid, methodNotAllowed, notFound, STALE_OBJECT } from "../server/api-error";
import { mediaType } from "../server/negotiate";
import { dryRunOf } from "../server/query";
import { readBody } from "../server/read-body";
import { sendJson } from "../server/respond";
import type { StoredObject } from "../store/stored-object";
import type { KObject } from "../types/meta";
import { managerOf, type ApiRequest } from "./api-request";
import { applyPatch, parsePatchBody, patchTypeOf } from "./apply-patch";
import { checkKind, readObjectBody } from "./decode-object";
import { checkPatchOptions } from "./patch-handler";

const SCALE = { kind: "Scale", apiVersion: "autoscaling/v1" };

function toScale(rq: ApiRequest, stored: StoredObject): Record<string, unknown> {
  const { specReplicas, statusReplicas, selector } = rq.def.scale!.read(stored.object);
  const m = stored.object.metadata;
  return {
    ...SCALE,
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: specReplicas },
    status: { replicas: statusReplicas, selector },
  };
}

export async function handleScale(rq: ApiRequest): Promise<void> {
  const { ctx, def, id } = rq;
  const namespace = rq.namespace ?? "";
  const name = rq.name!;
  const current = ctx.store.get(id, namespace, name);
  if (!current) throw notFound(gr(def), name);
  const method = rq.req.method;
  if (method === "GET") {
    sendJson(rq.res, 200, toScale(rq, current));
    return;
  }
  let desired: KObject;
  if (method === "PUT") desired = checkKind(def, await readObjectBody(rq), SCALE);
  else if (method === "PATCH") {
    const type = patchTypeOf(mediaType(rq.req.headers["content-type"]));
    checkPatchOptions(rq, type);
    const body = parsePatchBody(type, (await readBody(rq.req)).toString("utf8"));
    desired = (type === "apply" ? { ...toScale(rq, current), ...(body as object) } : applyPatch(type, toScale(rq, current), body, undefined)) as KObject;
  } else throw methodNotAllowed();

  const rv = desired.metadata?.resourceVersion;
  if (rv && rv !== current.object.metadata.resourceVersion) throw conflict(gr(def), name, STALE_OBJECT);
  const replicas = (desired.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== "number" || !Number.isInteger(replicas) || replicas < 0) {
    throw invalid("Scale", "autoscaling", name, [fieldInvalid("spec.replicas", replicas ?? null, "must be greater than or equal to 0")]);
  }
  const obj = current.copy();
  def.scale!.write(obj, replicas);
  const stored = updateObject(ctx, def, namespace, name, obj, { manager: managerOf(rq), dryRun: dryRunOf(rq.query), subresource: "scale", apiVersion: groupVersion(def) });
  sendJson(rq.res, 200, toScale(rq, stored));
}
