import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { defineRoute } from "@/lib/audit/door/define-route";
import { createSession } from "@/lib/auth/session/create-session";
import type { Clusters } from "@/lib/kube/clusters";
import { createConsoleBridge } from "../bridge/create-console-bridge";
import type { ConsoleSettings } from "../console-settings";
import { consoleSettings } from "../console-settings";
import { requestConsoleSpec } from "../requests/request-console-session";
import type { WriteChunkBatch } from "../recording/console-recorder";
import { writeConsoleChunks } from "../recording/write-console-chunks";
import type { requestConsoleInput } from "../requests/console-inputs";
import type { ConsoleSessionDto } from "../types";
import { openConsoleTestClient } from "./console-test-client";

// Pier's console path as the server runs it, for integration tests and the bench: the bridge
// on an HTTP server of its own, the request route through the door, and signed-in people.

export interface BridgeServer {
  url: string;
  origin: string;
  /** Headers of a browser signed in as this user, on Pier's own origin. */
  browser(userId: string): Promise<Record<string, string>>;
  request(headers: Record<string, string>, body: z.input<typeof requestConsoleInput>): Promise<{ status: number; body: ConsoleSessionDto & { error?: string } }>;
  open(sessionId: string, headers: Record<string, string>, query?: string): ReturnType<typeof openConsoleTestClient>;
  close(): Promise<void>;
}

/** `write`: where chunks go (default the database; the bench also measures a bridge that stores nothing). */
export async function startBridgeServer(clusters: Clusters, settings: Partial<ConsoleSettings> = {}, write: WriteChunkBatch = writeConsoleChunks): Promise<BridgeServer> {
  const bridge = createConsoleBridge({ clusters, settings: { ...consoleSettings(), ...settings }, write });
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on("upgrade", (req, socket, head) => bridge.handleUpgrade(req, socket, head) || socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const route = defineRoute(requestConsoleSpec(() => clusters));
  return {
    url: origin.replace("http", "ws"),
    origin,
    browser: async (userId) => ({ cookie: `pier_session=${(await createSession({ userId })).value}`, origin, host: origin.slice(7) }),
    request: async (headers, body) => {
      const res = await route(new Request(`${origin}/api/consoles`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) }));
      return { status: res.status, body: await res.json() };
    },
    open: (sessionId, headers, query = "mode=drive&from=0") => openConsoleTestClient(`${origin.replace("http", "ws")}/api/consoles/${sessionId}/socket?${query}`, headers),
    close: async () => {
      bridge.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
