import { ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";

// Postgres's one-byte internal type `"char"` (OID 18) appears in the catalog columns the schema
// engine reads when it introspects (pg_class.relkind, pg_constraint.contype, ...). adapter-pg
// 7.10 has no mapping for OID 18 and fails the whole query ("Column type 'char' could not be
// deserialized"), while the engine reads those columns as characters (reading them as text fails
// with "... as char failed"). So, in two steps:
// 1. the pg client relabels such columns as text (OID 25), which adapter-pg accepts (pg already
//    returns their values as one-character strings), and remembers their positions for the
//    result's rows;
// 2. the migration adapter then reports those columns to the engine as Character.

const CHAR_OID = 18;
const TEXT_OID = 25;

interface ResultLike {
  fields?: { dataTypeID: number }[];
  rows?: unknown;
}

// Keyed by the rows array, which adapter-pg passes through from pg's result to its own.
const charColumnsByRows = new WeakMap<object, number[]>();

/** Relabels `"char"` columns as text, in place, noting their positions; one result or several. */
export function relabelCharColumns<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as (ResultLike | null | undefined)[];
  for (const one of results) {
    const positions: number[] = [];
    one?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    });
    if (positions.length > 0 && one?.rows && typeof one.rows === "object") charColumnsByRows.set(one.rows, positions);
  }
  return result;
}

/** Marks the columns relabelled by relabelCharColumns as Character again, in place. */
export function restoreCharColumns(resultSet: SqlResultSet): SqlResultSet {
  for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
    resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  }
  return resultSet;
}

type AnyQuery = (...args: unknown[]) => unknown;

/**
 * A pg client that relabels `"char"` columns. Used through `new pg.Pool({ Client })` so that
 * pool queries and transaction clients alike are covered, whichever calling style pg uses
 * (pg-pool passes a callback; the adapter awaits a promise).
 */
export class CharAsTextClient extends pg.Client {
  override query(...args: unknown[]): never {
    const parent = super.query as unknown as AnyQuery;
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : relabelCharColumns(result));
      return parent.apply(this, args) as never;
    }
    const returned = parent.apply(this, args);
    // Submittables (cursors, streams) are returned as they are; they never reach the schema engine.
    if (returned instanceof Promise) return returned.then(relabelCharColumns) as never;
    return returned as never;
  }
}
