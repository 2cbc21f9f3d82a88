// The engine's errors carry a Rust span trace after the message ("\n   0: schema_engine...").
// People need the message; the trace stays available as the cause. A failing migration script
// comes back as a bare "external connector error" whose migration is named only in that trace,
// so we lift the name into the message.

export class MigrationError extends Error {
  readonly code: string | undefined;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, { cause: options?.cause });
    this.name = "MigrationError";
    this.code = options?.code;
  }
}

/** The human part of an engine message: everything before the span trace. */
export function stripSpanTrace(message: string): string {
  const trace = message.search(/\n\s*0: /);
  return (trace === -1 ? message : message.slice(0, trace)).trim();
}

export function explainEngineError(error: unknown, panicMessage?: string): unknown {
  if (error instanceof MigrationError || !(error instanceof Error)) return error;
  if (panicMessage !== undefined || error instanceof WebAssembly.RuntimeError) {
    return new MigrationError(`Prisma's schema engine crashed: ${panicMessage ?? error.message}`, { cause: error });
  }
  const raw = (error as Error & { code?: unknown }).code;
  const code = typeof raw === "string" ? raw : undefined;
  let message = stripSpanTrace(error.message);
  const migration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  if (!code && migration) {
    message = `Migration \`${migration}\` failed to apply: ${message.replace(/^external connector error\s*/, "")}`;
  }
  return new MigrationError(code ? `${code}: ${message}` : message, { cause: error, code });
}
