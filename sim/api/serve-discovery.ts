// Serves the discovery and OpenAPI documents; returns false for any other path.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClusterContext } from "../cluster/context";
import { ApiError, resourceNotFound } from "../server/api-error";
import { wantsAggregatedDiscovery } from "../server/negotiate";
import { sendJson } from "../server/respond";
import { aggregatedDiscovery, apiGroup, apiGroupList, apiResourceList, apiVersions, discoveryDocs } from "./discovery";
import { findOpenApiDoc, openApiDocument, openApiIndex } from "./openapi";

export async function serveDiscovery(ctx: ClusterContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const parts = path.split("/").filter(Boolean);
  const accept = req.headers.accept;
  if (path === "/api" || path === "/apis") {
    const docs = discoveryDocs(ctx);
    const aggregated = wantsAggregatedDiscovery(accept);
    if (aggregated) {
      sendJson(res, 200, aggregatedDiscovery(docs, path === "/api", aggregated), `application/json;g=apidiscovery.k8s.io;v=${aggregated};as=APIGroupDiscoveryList`);
    } else if (path === "/api") {
      sendJson(res, 200, apiVersions(req.headers.host ?? "127.0.0.1"));
    } else sendJson(res, 200, apiGroupList(docs));
    return true;
  }
  if ((parts[0] === "api" && parts.length === 2) || (parts[0] === "apis" && parts.length <= 3 && parts.length >= 2)) {
    const docs = discoveryDocs(ctx);
    if (parts[0] === "apis" && parts.length === 2) {
      const group = apiGroup(docs, parts[1]!);
      if (!group) throw resourceNotFound();
      sendJson(res, 200, group);
      return true;
    }
    const [group, version] = parts[0] === "api" ? ["", parts[1]!] : [parts[1]!, parts[2]!];
    const doc = docs.find((d) => d.group === group && d.version === version);
    if (!doc) throw resourceNotFound();
    sendJson(res, 200, apiResourceList(doc));
    return true;
  }
  if (path === "/openapi/v3") {
    sendJson(res, 200, openApiIndex(discoveryDocs(ctx)));
    return true;
  }
  if (path.startsWith("/openapi/v3/")) {
    const doc = findOpenApiDoc(discoveryDocs(ctx), path.slice("/openapi/v3/".length));
    if (!doc) throw resourceNotFound();
    sendJson(res, 200, openApiDocument(doc));
    return true;
  }
  if (path === "/openapi/v2" || path === "/swagger.json") {
    throw new ApiError(404, "NotFound", "the embedded cluster serves OpenAPI v3 only (/openapi/v3)", {});
  }
  return false;
}
