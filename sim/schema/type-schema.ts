// Just enough of the OpenAPI type information to merge like the API server: which lists are
// merged by key (strategic merge `patchMergeKey`, server-side apply `listMapKeys`), which are
// sets, and which are atomic. Fields without a schema merge as maps and replace as lists.

export interface MapSchema {
  t: "map";
  fields?: Record<string, TypeSchema>;
}

export interface ListSchema {
  t: "list";
  item?: TypeSchema;
  /** Strategic merge patch key (`patchMergeKey`); absent means the list is replaced. */
  smpKey?: string;
  /** Server-side apply keys (`x-kubernetes-list-map-keys`); absent means atomic. */
  keys?: string[];
  /** A list of scalars merged as a set (`patchStrategy: merge` / `x-kubernetes-list-type: set`). */
  set?: boolean;
}

export type TypeSchema = MapSchema | ListSchema;

export const map = (fields?: Record<string, TypeSchema>): MapSchema => ({ t: "map", fields });

/** A list merged by one key in both patch engines (containers by name, conditions by type). */
export const keyed = (key: string, item?: TypeSchema): ListSchema => ({ t: "list", item, smpKey: key, keys: [key] });

/** A list whose strategic merge key differs from its apply keys (ports). */
export const keyedBy = (smpKey: string, keys: string[], item?: TypeSchema): ListSchema => ({ t: "list", item, smpKey, keys });

export const set = (): ListSchema => ({ t: "list", set: true });

export function fieldSchema(schema: TypeSchema | undefined, field: string): TypeSchema | undefined {
  return schema?.t === "map" ? schema.fields?.[field] : undefined;
}

export function itemSchema(schema: TypeSchema | undefined): TypeSchema | undefined {
  return schema?.t === "list" ? schema.item : undefined;
}

export function asList(schema: TypeSchema | undefined): ListSchema | undefined {
  return schema?.t === "list" ? schema : undefined;
}
