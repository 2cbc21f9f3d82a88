// One Kubernetes API request on a stored resource, as the handlers see it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClusterContext } from "../cluster/context";
import type { ResourceDef } from "../resources/resource-def";
import type { Representation } from "../server/negotiate";

export interface ApiRequest {
  ctx: ClusterContext;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  query: URLSearchParams;
  def: ResourceDef;
  /** Store id: "pods", "deployments.apps". */
  id: string;
  namespace?: string;
  name?: string;
  subresource?: string;
  representation: Representation;
}

/** fieldManager, else the User-Agent up to the first "/" (as the apiserver defaults it). */
export function managerOf(rq: ApiRequest): string {
  const explicit = rq.query.get("fieldManager");
  if (explicit) return explicit;
  const agent = rq.req.headers["user-agent"] ?? "unknown";
  return agent.split("/")[0]!.slice(0, 128) || "unknown";
}
