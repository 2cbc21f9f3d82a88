// pods/exec and pods/attach: the request is checked like the apiserver and kubelet do before
// upgrading (errors are plain HTTP Status replies), then upgraded to WebSocket with the best
// channel protocol the client offers. SPDY upgrades (kubectl's fallback) get the same checks,
// then a clear refusal, so kubectl shows the real error when there is one.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { ClusterContext } from "../cluster/context";
import { findPod, selectContainer } from "../api/pod-container";
import { ApiError, badRequest } from "../server/api-error";
import { queryBool } from "../server/query";
import { refuseUpgrade } from "../server/respond";
import type { HttpRoute, SubresourceRoute } from "../server/route-registry";
import type { Container, Pod } from "../types/core";
import { chooseProtocol, PROTOCOLS, type ChannelProtocol } from "./channel-protocol";
import { ChannelSocket } from "./channel-socket";
import type { StreamRequest } from "./exec-session";

export type StreamKind = "exec" | "attach";

export interface Checked {
  pod: Pod;
  container: Container;
  request: StreamRequest;
}

/** The query (stdin/stdout/stderr/tty/container/command) and the pod, with the real errors. */
export function checkStreamRequest(ctx: ClusterContext, kind: StreamKind, namespace: string, name: string, query: URLSearchParams): Checked {
  const pod = findPod(ctx, namespace, name);
  const tty = queryBool(query, "tty") ?? false;
  const request: StreamRequest = {
    command: query.getAll("command"), container: "", tty,
    stdin: queryBool(query, "stdin") ?? false, stdout: queryBool(query, "stdout") ?? false,
    // With a TTY, stderr goes to the terminal: the kubelet drops the separate stream.
    stderr: (queryBool(query, "stderr") ?? false) && !tty,
  };
  if (kind === "exec" && !request.command.length) throw badRequest("you must specify at least one command for the container");
  if (!request.stdin && !request.stdout && !(queryBool(query, "stderr") ?? false)) throw badRequest("you must specify at least 1 of stdin, stdout, stderr");
  const phase = pod.status?.phase;
  if (phase === "Succeeded" || phase === "Failed") throw badRequest(`cannot ${kind} into a container in a completed pod; current phase is ${phase}`);
  const container = selectContainer(pod, query.get("container"));
  request.container = container.name;
  const status = pod.status?.containerStatuses?.find((s) => s.name === container.name);
  if (!status?.state.running || pod.metadata.deletionTimestamp) throw badRequest(`container not found ("${container.name}")`);
  return { pod, container, request };
}

export interface StreamHandler {
  /** Starts the session on an upgraded socket. */
  start(socket: ChannelSocket, checked: Checked): void;
}

export function streamRoute(ctx: ClusterContext, kind: StreamKind, handler: StreamHandler): SubresourceRoute {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, handleProtocols: (offered) => chooseProtocol(offered) ?? false });
  const check = (route: { url: URL; namespace?: string; name?: string }) => checkStreamRequest(ctx, kind, route.namespace ?? "", route.name ?? "", route.url.searchParams);
  return {
    discovery: { kind: kind === "exec" ? "PodExecOptions" : "PodAttachOptions", verbs: ["create", "get"] },
    handle: (route: HttpRoute) => {
      check(route);
      throw badRequest("Upgrade request required");
    },
    upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer, route) => {
      let checked: Checked;
      let protocol: ChannelProtocol | undefined;
      try {
        checked = check(route);
        if (String(req.headers.upgrade ?? "").toLowerCase() !== "websocket") {
          throw badRequest(`${kind} over SPDY is not supported by the embedded cluster: use a client that speaks WebSocket (${PROTOCOLS.join(", ")})`);
        }
        protocol = chooseProtocol(String(req.headers["sec-websocket-protocol"] ?? "").split(","));
        if (!protocol) throw badRequest(`the embedded cluster speaks ${PROTOCOLS.join(" and ")}; offered: ${req.headers["sec-websocket-protocol"] ?? "none"}`);
      } catch (err) {
        refuseUpgrade(socket, err instanceof ApiError ? err : badRequest(String(err)));
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        // An empty write calls back once the 101 response before it is out (see ChannelSocket).
        const ready = new Promise<void>((resolve) => socket.write(Buffer.alloc(0), () => resolve()));
        handler.start(new ChannelSocket(ws, protocol, ready), checked);
      });
    },
  };
}
