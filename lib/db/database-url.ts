// Small pure helpers for PostgreSQL connection URLs, shared by the migration tooling, the
// embedded database and the portal's client. No server-only: scripts import this.

/** The database name the embedded server's URL carries (PGlite ignores names; this marks it). */
export const EMBEDDED_DATABASE_NAME = "pier_embedded";

/** URL of the embedded PostgreSQL listening on a loopback port. */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
}

/** True for a URL made by embeddedDatabaseUrl (the client then keeps a single connection). */
export function isEmbeddedDatabaseUrl(url: string): boolean {
  return databaseNameOf(url) === EMBEDDED_DATABASE_NAME;
}

/** The database named in the URL's path, or "" when none. */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

/**
 * The same server and credentials with another database. Rewriting the URL (rather than
 * passing `{ connectionString, database }` to pg, where the connection string wins) is what
 * makes a shadow database connection really reach the shadow database.
 */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The URL with any password replaced, for messages and logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
