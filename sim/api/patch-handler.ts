// PATCH on stored resources and their /status: JSON patch, merge patch, strategic merge patch
// and server-side apply (which creates the object when it does not exist).
import { dropNulls } from "../core/json";
import { invalid } from "../server/api-error";
import { ApplyConflictError, serverSideApply, type ApplyConflict } from "../patch/server-side-apply";
import { createObject } from "../registry/create-object";
import { updateObject } from "../registry/update-object";
import { groupVersion, type ResourceDef } from "../resources/resource-def";
import { fieldForbidden, fieldRequired } from "../resources/field-errors";
import { ApiError, notFound } from "../server/api-error";
import { formatPath } from "../patch/field-set";
import { conflictsAllowedByLastApplied, syncLastApplied } from "../patch/last-applied";
import { mediaType } from "../server/negotiate";
import { dryRunOf, queryBool } from "../server/query";
import { readBody } from "../server/read-body";
import type { KObject } from "../types/meta";
import { managerOf, type ApiRequest } from "./api-request";
import { applyPatch, parsePatchBody, patchTypeOf, type PatchType } from "./apply-patch";
import { checkKind } from "./decode-object";
import { sendObject } from "./serialize";
import { gr } from "../registry/writer-context";

/** The 409 of a failed apply, worded like the apiserver's fieldmanager. */
export function applyConflict(def: ResourceDef, name: string, conflicts: ApplyConflict[]): ApiError {
  let message: string;
  if (conflicts.length === 1) message = `Apply failed with 1 conflict: conflict with ${conflicts[0]!.manager}: ${formatPath(conflicts[0]!.path)}`;
  else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) byManager.set(c.manager, [...(byManager.get(c.manager) ?? []), formatPath(c.path)]);
    const parts = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}`, ...byManager.get(m)!.map((p) => `- ${p}`)]);
    message = `Apply failed with ${conflicts.length} conflicts: ${parts.join("\n")}`;
  }
  return new ApiError(409, "Conflict", message, {
    name, group: gr(def).group, kind: def.resource,
    causes: conflicts.map((c) => ({ reason: "FieldManagerConflict", message: `conflict with ${c.manager}`, field: formatPath(c.path) })),
  });
}

export function checkPatchOptions(rq: ApiRequest, type: PatchType): { force: boolean } {
  const force = queryBool(rq.query, "force");
  const errs = [];
  if (type !== "apply" && force !== undefined) errs.push(fieldForbidden("force", "may not be specified for non-apply patch"));
  if (type === "apply" && !rq.query.get("fieldManager")) errs.push(fieldRequired("fieldManager", "is required for apply patch"));
  if (errs.length) throw invalid("PatchOptions", "meta.k8s.io", "", errs);
  return { force: force ?? false };
}

export async function handlePatch(rq: ApiRequest): Promise<void> {
  const { ctx, def, id } = rq;
  const namespace = rq.namespace ?? "";
  const name = rq.name!;
  const type = patchTypeOf(mediaType(rq.req.headers["content-type"]));
  const { force } = checkPatchOptions(rq, type);
  const body = parsePatchBody(type, (await readBody(rq.req)).toString("utf8"));
  const manager = managerOf(rq);
  const common = { manager, dryRun: dryRunOf(rq.query), subresource: rq.subresource, apiVersion: groupVersion(def) };
  const current = ctx.store.get(id, namespace, name);

  let result;
  if (type === "apply") {
    const config = checkKind(def, dropNulls(body));
    try {
      const request = { live: current?.object, config, manager, force, apiVersion: groupVersion(def), subresource: rq.subresource, schema: def.schema, now: ctx.clock.nowRfc3339() };
      let merged;
      try {
        merged = serverSideApply(request);
      } catch (err) {
        // kubectl moving from client-side to server-side apply keeps what it last applied.
        if (!(err instanceof ApplyConflictError) || manager !== "kubectl" || !current || !conflictsAllowedByLastApplied(current.object, err.conflicts, def.schema)) throw err;
        merged = serverSideApply({ ...request, force: true });
      }
      if (manager === "kubectl") syncLastApplied(merged, current?.object, config);
      merged.metadata.name = name;
      if (def.namespaced) merged.metadata.namespace = namespace;
      if (!current) {
        if (rq.subresource) throw notFound(gr(def), name);
        result = createObject(ctx, def, merged, { ...common, ownershipDone: true });
        sendObject(rq.res, 201, result, rq.representation, rq.query);
        return;
      }
      delete merged.metadata.resourceVersion;
      result = updateObject(ctx, def, namespace, name, merged as KObject, { ...common, ownershipDone: true });
    } catch (err) {
      if (err instanceof ApplyConflictError) throw applyConflict(def, name, err.conflicts);
      throw err;
    }
  } else {
    if (!current) throw notFound(gr(def), name);
    const patched = applyPatch(type, current.copy(), body, def.schema) as KObject;
    checkKind(def, patched);
    result = updateObject(ctx, def, namespace, name, patched, common);
  }
  sendObject(rq.res, 200, result, rq.representation, rq.query);
}
