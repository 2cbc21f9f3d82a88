// Module resolve hook for the start supervisor: `server-only` guards modules against being
// bundled for the browser; in this Node process (trusted server code) it resolves to nothing,
// so the server's own handlers (e.g. WebSocket upgrades) can import lib/ modules.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
