// Subresources part 1 does not serve answer at once with a clear Status instead of a 404 or
// a hang; part 2 replaces pods/log, pods/exec and pods/attach through the same registry.
import { ApiError } from "../server/api-error";
import { refuseUpgrade, sendError } from "../server/respond";
import type { RouteRegistry } from "../server/route-registry";

const UNSUPPORTED: Array<[string, string, string]> = [
  ["pods", "log", "container logs are not served by this embedded cluster (they come with sim part 2)"],
  ["pods", "exec", "exec is not served by this embedded cluster (it comes with sim part 2)"],
  ["pods", "attach", "attach is not served by this embedded cluster (it comes with sim part 2)"],
  ["pods", "portforward", "port-forward needs SPDY streams, which the embedded cluster does not speak"],
  ["pods", "proxy", "proxying to pods is not supported by the embedded cluster: its pods run no processes"],
  ["services", "proxy", "proxying to services is not supported by the embedded cluster: its pods run no processes"],
  ["nodes", "proxy", "proxying to nodes is not supported by the embedded cluster"],
];

export function registerUnsupported(routes: RouteRegistry): void {
  for (const [resource, sub, message] of UNSUPPORTED) {
    const status = () => new ApiError(400, "BadRequest", message);
    routes.addSubresource(resource, sub, { handle: ({ res }) => sendError(res, status()), upgrade: (_req, socket) => refuseUpgrade(socket, status()) });
  }
}
