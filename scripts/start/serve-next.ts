import { createServer, type Server } from "node:http";
import next from "next";

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
  const upgrade = dev ? app.getUpgradeHandler() : undefined;
  if (upgrade) server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  return server;
}
