// Assembles one embedded cluster: store (seeded or restored), controllers, extensions, and
// the HTTP server on 127.0.0.1.
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { randomBytes } from "node:crypto";
import { ControllerManager } from "../controllers/controller-manager";
import { createClock } from "../core/clock";
import { ResourceRegistry } from "../resources/registry";
import { parseSeed, runSeed } from "../seed/seeds";
import { SeedWriter } from "../seed/seed-writer";
import { createApiServer } from "../server/http-server";
import { RouteRegistry } from "../server/route-registry";
import { Store } from "../store/store";
import { WatchHub } from "../api/watch-hub";
import type { ClusterContext } from "./context";
import type { SimExtension } from "./extension";
import { Ipam } from "./ipam";
import { loadSnapshot, SnapshotWriter } from "./snapshot";
import { tlsFor } from "./tls";
import { registerUnsupported } from "./unsupported-routes";

export interface ClusterOptions {
  name: string;
  port: number;
  seed: string;
  stateDir?: string;
  timeScale: number;
  /** Serve HTTPS with a generated CA (default), or plain HTTP. */
  tls: boolean;
  token?: string;
  historyLimit: number;
  bookmarkIntervalMs: number;
  extensions: SimExtension[];
}

export interface Cluster {
  ctx: ClusterContext;
  controllers: ControllerManager;
  server: Server;
  port: number;
  token: string;
  url: string;
  /** PEM of the CA that signed the serving certificate (HTTPS only). */
  caPem?: string;
  stop(): Promise<void>;
}

export async function createCluster(opts: ClusterOptions): Promise<Cluster> {
  const store = new Store(opts.historyLimit);
  const ctx: ClusterContext = {
    name: opts.name, store, resources: new ResourceRegistry(), clock: createClock(opts.timeScale), ipam: new Ipam(),
    routes: new RouteRegistry(), watches: new WatchHub(store), options: { bookmarkIntervalMs: opts.bookmarkIntervalMs },
  };
  const restored = opts.stateDir ? loadSnapshot(opts.stateDir, store) : undefined;
  if (!restored) runSeed(new SeedWriter(store, ctx.resources, ctx.ipam, Date.now()), parseSeed(opts.seed), opts.name);
  // Seeded or restored history is not replayable: watches from older versions get 410.
  store.history.compact(store.rv);
  ctx.ipam.sync(store);
  const token = opts.token ?? restored?.token ?? randomBytes(24).toString("base64url");

  const controllers = new ControllerManager(ctx);
  registerUnsupported(ctx.routes);
  for (const ext of opts.extensions) await ext.install({ cluster: ctx, controllers });
  controllers.start();
  const snapshots = opts.stateDir ? new SnapshotWriter(opts.stateDir, store, opts.name, token) : undefined;

  const tls = opts.tls ? tlsFor(opts.name, opts.stateDir) : undefined;
  const server = createApiServer(ctx, token, tls ? { key: tls.keyPem, cert: tls.certPem } : undefined);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Every socket, raw: closeAllConnections misses upgraded ones (exec) and TLS handshakes in
  // flight, which would hold server.close open forever once a client reconnects a watch on them.
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= (async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve())); // no new connections from here
    ctx.watches.closeAll();
    controllers.stop();
    ctx.clock.stopAll();
    for (const ext of opts.extensions) await ext.stop?.();
    snapshots?.close();
    for (const socket of sockets) socket.destroy();
    await closed;
  })());
  const url = `${tls ? "https" : "http"}://127.0.0.1:${port}`;
  return { ctx, controllers, server, port, token, url, caPem: tls?.caPem, stop };
}
