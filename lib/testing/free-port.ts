import { createServer } from "node:net";

// A loopback port free right now (the OS picks it, we let it go): for servers that take a port
// number rather than 0, and for "nothing listens there" tests. Tests, benches and tooling only.

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
