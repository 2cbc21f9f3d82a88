import { redactDatabaseUrl } from "./database-url";

// One sentence a person can act on, instead of a stack, when PostgreSQL cannot be reached or
// refuses us. Understands pg's errors (Node socket codes, SQLSTATEs) and Prisma's (whose
// `meta.driverAdapterError.cause` carries adapter-pg's classification). Used by the readiness
// probe and the migration commands.

interface Facts {
  code?: string;
  kind?: string;
  message?: string;
  host?: string;
  port?: number | string;
}

interface Shape {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  originalCode?: unknown;
  originalMessage?: unknown;
  host?: unknown;
  port?: unknown;
  errors?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
}

/** Walks causes, aggregate members and Prisma's adapter error for the most specific facts. */
function factsOf(error: unknown): Facts {
  const facts: Facts = {};
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift() as Shape | undefined;
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = current.originalCode ?? current.code;
    // Prisma's own P-codes come with messages made of code frames; its cause has the facts.
    const driverCode = typeof code === "string" && !/^P\d{4}$/.test(code) ? code : undefined;
    if (driverCode) facts.code ??= driverCode;
    if (typeof current.kind === "string") facts.kind ??= current.kind;
    const message = current.originalMessage ?? current.message;
    if (typeof message === "string" && driverCode) facts.message ??= message;
    if (typeof current.host === "string") facts.host ??= current.host;
    if (typeof current.port === "number" || typeof current.port === "string") facts.port ??= current.port;
    if (Array.isArray(current.errors)) queue.push(...current.errors);
    queue.push(current.meta?.driverAdapterError?.cause, current.cause);
  }
  return facts;
}

function where(url: string | undefined, facts: Facts): string {
  try {
    if (url) {
      const { hostname, port } = new URL(url);
      return `PostgreSQL at ${hostname}:${port || "5432"}`;
    }
  } catch {
    // Unparseable URL: fall back to what the error says.
  }
  return facts.host ? `PostgreSQL at ${facts.host}${facts.port ? `:${facts.port}` : ""}` : "PostgreSQL";
}

/** A clear message for a failed connection or query; never includes a password. */
export function describeDatabaseError(error: unknown, url?: string): string {
  const facts = factsOf(error);
  const target = where(url, facts);
  const detail = facts.message ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
  switch (facts.code ?? facts.kind) {
    case "ECONNREFUSED":
      return `Cannot connect to ${target}: connection refused (is the server running?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot connect to ${target}: unknown host`;
    case "DatabaseNotReachable":
      return `Cannot connect to ${target}: not reachable (is the server running, is the host right?)`;
    case "ETIMEDOUT":
    case "SocketTimeout":
      return `Cannot connect to ${target}: the connection timed out`;
    case "ECONNRESET":
    case "ConnectionClosed":
      return `Cannot connect to ${target}: the connection was closed`;
    case "28P01":
    case "28000":
    case "AuthenticationFailed":
    case "DatabaseAccessDenied":
      return `${target} refused the credentials: ${detail}`;
    case "3D000":
    case "DatabaseDoesNotExist":
      return `${target}: ${detail} (create it, or point DATABASE_URL at an existing database)`;
    case "ERR_INVALID_URL":
      return "DATABASE_URL is not a valid postgresql:// URL";
    default:
      // pg: "timeout expired", "Connection terminated due to connection timeout".
      if (/timeout|timed out/i.test(detail ?? "")) return `Cannot connect to ${target}: no answer in time`;
      return `${target}: ${detail}`.replaceAll(url || "\u0000", url ? redactDatabaseUrl(url) : "");
  }
}
