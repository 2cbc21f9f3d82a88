// Subresources the embedded cluster does not serve answer at once with a clear Status instead
// of a 404 or a hang. (pods/log, exec and attach are served by the extensions in logs/ and exec/.)
import { ApiError } from "../server/api-error";
import { refuseUpgrade, sendError } from "../server/respond";
import type { RouteRegistry } from "../server/route-registry";

const UNSUPPORTED: Array<[string, string, string]> = [
  ["pods", "portforward", "port-forward needs SPDY streams, which the embedded cluster does not speak"],
  ["pods", "proxy", "proxying to pods is not supported by the embedded cluster: its pods serve no network traffic"],
  ["services", "proxy", "proxying to services is not supported by the embedded cluster: its pods serve no network traffic"],
  ["nodes", "proxy", "proxying to nodes is not supported by the embedded cluster"],
];

export function registerUnsupported(routes: RouteRegistry): void {
  for (const [resource, sub, message] of UNSUPPORTED) {
    const status = () => new ApiError(400, "BadRequest", message);
    routes.addSubresource(resource, sub, { handle: ({ res }) => sendError(res, status()), upgrade: (_req, socket) => refuseUpgrade(socket, status()) });
  }
}
