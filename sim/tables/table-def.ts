// A kind's table printer: column definitions and the cells of one row, as kubectl's
// pkg/printers/internalversion/printers.go produces them server-side (wide columns included,
// with priority 1 so kubectl shows them only for -o wide).
import type { KObject } from "../types/meta";

export interface ColumnDefinition {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  format: string;
  description: string;
  priority: number;
}

export interface TablePrinter {
  columns: ColumnDefinition[];
  cells(obj: KObject, now: number): unknown[];
}

export function col(name: string, type: ColumnDefinition["type"], description: string, priority = 0, format = ""): ColumnDefinition {
  return { name, type, format, description, priority };
}

export const NAME_COLUMN = col("Name", "string", "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names", 0, "name");
export const AGE_COLUMN = col("Age", "string", "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata");

/** labels.FormatLabels: "k=v,k2=v2" sorted, "<none>" when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const entries = Object.entries(labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(",") : "<none>";
}

/** layoutContainerCells: container names and images, comma-joined. */
export function containerCells(containers: Array<{ name: string; image?: string }> | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(","), list.map((c) => c.image ?? "").join(",")];
}
