// The sessions this process is running, by id. On globalThis (one registry per process): the
// WebSocket bridge, loaded by Pier's server, and the route handlers, bundled by Next.js, each
// load their own copy of this module but must see the same running sessions.

export interface LiveConsoleHandle {
  readonly state: "starting" | "running" | "ending" | "ended";
  /** Ends the session (idempotent); resolves once it is recorded as ended. */
  end(reason: string): Promise<void>;
}

const key = Symbol.for("pier.console.live");
type WithRegistry = typeof globalThis & { [key]?: Map<string, LiveConsoleHandle> };

export function liveConsoles(): Map<string, LiveConsoleHandle> {
  const holder = globalThis as WithRegistry;
  return (holder[key] ??= new Map());
}
