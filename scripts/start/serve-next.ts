import { createServer, type Server } from "node:http";
import next from "next";
// Before any lib/ module is loaded: lets them `import "server-only"` in this process.
import "./allow-server-only";

export interface ServeOptions {
  root: string;
  dev: boolean;
  host: string;
  port: number;
}

/** Serves the Next.js app from our own http server, so WebSocket upgrades can be added beside it. */
export async function serveNext({ root, dev, host, port }: ServeOptions): Promise<Server> {
  const app = next({ dev, dir: root, hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => void handle(req, res));
  // Console terminals (/api/consoles/<id>/socket) are bridged here, to the clusters' exec; loaded
  // dynamically so the server-only hook above is in place first.
  const consoles = (await import("@/lib/console/bridge/start-console-bridge")).startConsoleBridge();
  const upgrade = dev ? app.getUpgradeHandler() : undefined;
  server.on("upgrade", (req, socket, head) => {
    if (consoles.handleUpgrade(req, socket, head)) return;
    if (upgrade) void upgrade(req, socket, head);
    else socket.destroy();
  });
  server.on("close", () => consoles.close());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return server;
}
