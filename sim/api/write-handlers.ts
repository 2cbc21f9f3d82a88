// POST (create), PUT (update) and DELETE on stored resources.
import { createObject } from "../registry/create-object";
import { deleteObject, type DeleteOptions } from "../registry/delete-object";
import { updateObject } from "../registry/update-object";
import { groupVersion } from "../resources/resource-def";
import { badRequest, methodNotAllowed, notFound } from "../server/api-error";
import { gr } from "../registry/writer-context";
import { dryRunOf, queryBool, queryInt } from "../server/query";
import { readBody, parseJson } from "../server/read-body";
import { sendJson } from "../server/respond";
import type { StoredObject } from "../store/stored-object";
import { managerOf, type ApiRequest } from "./api-request";
import { decodeObject } from "./decode-object";
import { matches, parseFilter } from "./list-options";
import { sendObject } from "./serialize";

export async function handleCreate(rq: ApiRequest): Promise<void> {
  const { def, namespace } = rq;
  if (rq.name || (def.namespaced && namespace === undefined)) throw methodNotAllowed();
  const obj = await decodeObject(rq);
  if (def.namespaced) {
    if (obj.metadata.namespace && obj.metadata.namespace !== namespace) {
      throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
    }
    obj.metadata.namespace = namespace;
  }
  const stored = createObject(rq.ctx, def, obj, { manager: managerOf(rq), dryRun: dryRunOf(rq.query), apiVersion: groupVersion(def) });
  sendObject(rq.res, 201, stored, rq.representation, rq.query);
}

export async function handleUpdate(rq: ApiRequest): Promise<void> {
  if (!rq.name) throw methodNotAllowed();
  const obj = await decodeObject(rq);
  const stored = updateObject(rq.ctx, rq.def, rq.namespace ?? "", rq.name, obj, {
    manager: managerOf(rq), dryRun: dryRunOf(rq.query), subresource: rq.subresource, apiVersion: groupVersion(rq.def),
  });
  sendObject(rq.res, 200, stored, rq.representation, rq.query);
}

/** PUT namespaces/{name}/finalize: replaces spec.finalizers only (how stuck namespaces are forced). */
export async function handleFinalize(rq: ApiRequest): Promise<void> {
  const body = await decodeObject(rq);
  const current = rq.ctx.store.get("namespaces", "", rq.name!);
  if (!current) throw notFound(gr(rq.def), rq.name!);
  const ns = current.copy();
  ns.spec = { ...(ns.spec as object), finalizers: ((body.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []) };
  const stored = updateObject(rq.ctx, rq.def, "", rq.name!, ns, { manager: managerOf(rq), apiVersion: "v1", subresource: "finalize" });
  sendObject(rq.res, 200, stored, rq.representation, rq.query);
}

async function deleteOptionsOf(rq: ApiRequest): Promise<DeleteOptions> {
  const text = (await readBody(rq.req)).toString("utf8").trim();
  const body = (text ? parseJson(text, "couldn't get version/kind; json parse error: ") : {}) as DeleteOptions & { kind?: string };
  const policy = rq.query.get("propagationPolicy") ?? body.propagationPolicy;
  if (policy && !["Foreground", "Background", "Orphan"].includes(policy)) {
    throw badRequest(`propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`);
  }
  return {
    propagationPolicy: policy as DeleteOptions["propagationPolicy"],
    orphanDependents: queryBool(rq.query, "orphanDependents") ?? body.orphanDependents,
    gracePeriodSeconds: queryInt(rq.query, "gracePeriodSeconds") ?? body.gracePeriodSeconds,
    preconditions: body.preconditions,
    dryRun: dryRunOf(rq.query) || (Array.isArray(body.dryRun) && body.dryRun.length > 0),
  };
}

function successStatus(rq: ApiRequest, stored: StoredObject): unknown {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", details: { name: stored.name, group: rq.def.group, kind: rq.def.resource, uid: stored.object.metadata.uid } };
}

export async function handleDelete(rq: ApiRequest): Promise<void> {
  const opts = await deleteOptionsOf(rq);
  if (!rq.name) {
    // deletecollection: every object matching the selectors; replies with what was deleted.
    const filter = parseFilter(rq.def, rq.query);
    const deleted = rq.ctx.store.list(rq.id, rq.namespace).filter((s) => matches(filter, s))
      .map((s) => deleteObject(rq.ctx, rq.def, s.namespace, s.name, opts).stored.object);
    sendJson(rq.res, 200, { kind: `${rq.def.kind}List`, apiVersion: groupVersion(rq.def), metadata: { resourceVersion: String(rq.ctx.store.rv) }, items: deleted });
    return;
  }
  const result = deleteObject(rq.ctx, rq.def, rq.namespace ?? "", rq.name, opts);
  if (result.immediate && !rq.def.returnDeletedObject) sendJson(rq.res, 200, successStatus(rq, result.stored));
  else sendObject(rq.res, 200, result.stored, rq.representation, rq.query);
}
