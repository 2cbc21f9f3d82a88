import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { CharAsTextClient, restoreCharColumns } from "./char-columns";
import type { ShadowDatabase } from "./shadow-database";

// The driver adapter the schema engine talks through: adapter-pg, with three fixes for how the
// engine uses it (all seen with adapter-pg 7.10.1):
// - catalog columns of type "char" reach the engine as characters (see char-columns.ts);
// - a migration script is sent as one query: adapter-pg splits scripts on ";", which breaks
//   function bodies, string literals and comments containing one. Postgres runs a multi-statement
//   simple query as one implicit transaction, as Prisma's native engine does;
// - the shadow database comes from our own provider (a URL that really names it, or a second
//   PGlite) and is dropped only after its pool is closed.

const CONNECT_TIMEOUT_MS = 10_000;

function openPool(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, Client: CharAsTextClient, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
}

/** Reports a failed script the way adapter-pg reports a failed query. */
function toAdapterError(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) {
    return new DriverAdapterError({
      kind: "postgres",
      code: error.code ?? "N/A",
      severity: error.severity ?? "N/A",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  return error;
}

class MigrationAdapter implements SqlDriverAdapter {
  readonly provider;
  readonly adapterName;
  #disposing: Promise<void> | undefined;

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly pool: pg.Pool,
    private readonly afterDispose: () => Promise<void>,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async queryRaw(...args: Parameters<SqlDriverAdapter["queryRaw"]>) {
    return restoreCharColumns(await this.inner.queryRaw(...args));
  }

  executeRaw(...args: Parameters<SqlDriverAdapter["executeRaw"]>) {
    return this.inner.executeRaw(...args);
  }

  async startTransaction(...args: Parameters<SqlDriverAdapter["startTransaction"]>) {
    const transaction = await this.inner.startTransaction(...args);
    const queryRaw = transaction.queryRaw.bind(transaction);
    transaction.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
    return transaction;
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async executeScript(script: string): Promise<void> {
    try {
      await this.pool.query(script);
    } catch (error) {
      throw toAdapterError(error);
    }
  }

  /** Closes the pool, then runs afterDispose (e.g. drops the shadow); idempotent. */
  dispose(): Promise<void> {
    this.#disposing ??= this.inner.dispose().then(this.afterDispose);
    return this.#disposing;
  }
}

export interface MigrationAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Closes every pool and shadow database still open (the engine may not dispose them all). */
  closeAll(): Promise<void>;
}

export function createMigrationAdapterFactory(
  url: string,
  createShadow: () => Promise<ShadowDatabase>,
): MigrationAdapterFactory {
  const open = new Set<MigrationAdapter>();

  async function connectTo(target: string, afterEnd?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = openPool(target);
    const inner = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const adapter: MigrationAdapter = new MigrationAdapter(inner, pool, async () => {
      open.delete(adapter);
      await afterEnd?.();
    });
    open.add(adapter);
    return adapter;
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(url),
    async connectToShadowDb() {
      const shadow = await createShadow();
      try {
        return await connectTo(shadow.url, shadow.drop);
      } catch (error) {
        await shadow.drop();
        throw error;
      }
    },
    async closeAll() {
      await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
    },
  };
}
