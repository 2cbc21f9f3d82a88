// Routes a request on a stored resource (list, get, watch, create, update, patch, delete and
// the status/scale subresources) to its handler; registered subresources (part 2) first.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClusterContext } from "../cluster/context";
import { resourceId } from "../resources/resource-def";
import { gr } from "../registry/writer-context";
import { methodNotAllowed, notAcceptable, notFound, resourceNotFound } from "../server/api-error";
import { chooseRepresentation } from "../server/negotiate";
import { queryBool } from "../server/query";
import type { Target } from "../server/request-target";
import type { ApiRequest } from "./api-request";
import { matches, paginate, parseFilter } from "./list-options";
import { handlePatch } from "./patch-handler";
import { handleScale } from "./scale";
import { sendList, sendObject } from "./serialize";
import { serveWatch } from "./watch";
import { handleCreate, handleDelete, handleFinalize, handleUpdate } from "./write-handlers";

type ResourceTarget = Extract<Target, { type: "resource" }>;

function handleRead(rq: ApiRequest, watch: boolean): void {
  const { ctx, id, name } = rq;
  if (name && !watch) {
    const stored = ctx.store.get(id, rq.namespace ?? "", name);
    if (!stored) throw notFound(gr(rq.def), name);
    sendObject(rq.res, 200, stored, rq.representation, rq.query);
    return;
  }
  if (watch) {
    if (name) rq.query.set("fieldSelector", [rq.query.get("fieldSelector"), `metadata.name=${name}`].filter(Boolean).join(","));
    serveWatch(rq);
    return;
  }
  const filter = parseFilter(rq.def, rq.query);
  const rv = ctx.store.rv;
  const all = ctx.store.list(id, rq.namespace).filter((s) => matches(filter, s));
  sendList(rq.res, rq.def, paginate(all, rq.query, rv), rv, rq.representation, rq.query);
}

async function handleSubresource(rq: ApiRequest, method: string): Promise<void> {
  const sub = rq.subresource!;
  const route = rq.ctx.routes.findSubresource(rq.id, sub);
  if (route) {
    await route.handle({ req: rq.req, res: rq.res, url: rq.url, namespace: rq.namespace, name: rq.name });
    return;
  }
  if (sub === "scale" && rq.def.scale) return handleScale(rq);
  if (sub === "finalize" && rq.def.resource === "namespaces") {
    if (method !== "PUT") throw methodNotAllowed();
    return handleFinalize(rq);
  }
  if (sub !== "status" || !rq.def.subresources.includes("status")) throw resourceNotFound();
  if (method === "GET") return handleRead(rq, false);
  if (method === "PUT") return handleUpdate(rq);
  if (method === "PATCH") return handlePatch(rq);
  throw methodNotAllowed();
}

export async function dispatchResource(ctx: ClusterContext, req: IncomingMessage, res: ServerResponse, url: URL, target: ResourceTarget): Promise<void> {
  const def = ctx.resources.find(target.group, target.version, target.resource);
  if (!def || (!def.namespaced && target.namespace !== undefined)) throw resourceNotFound();
  const representation = chooseRepresentation(req.headers.accept);
  if (!representation) throw notAcceptable("application/json, application/yaml");
  const rq: ApiRequest = {
    ctx, req, res, url, query: url.searchParams, def, id: resourceId(def),
    namespace: def.namespaced ? target.namespace : undefined, name: target.name, subresource: target.subresource, representation,
  };
  const method = req.method ?? "GET";
  if (rq.subresource) {
    if (!rq.name) throw resourceNotFound();
    return handleSubresource(rq, method);
  }
  switch (method) {
    case "GET":
      return handleRead(rq, target.watchPath || (queryBool(rq.query, "watch") ?? false));
    case "POST":
      return handleCreate(rq);
    case "PUT":
      return handleUpdate(rq);
    case "PATCH":
      if (!rq.name) throw methodNotAllowed();
      return handlePatch(rq);
    case "DELETE":
      return handleDelete(rq);
    default:
      throw methodNotAllowed();
  }
}
