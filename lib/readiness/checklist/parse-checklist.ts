import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { checklistSchema, type Checklist } from "./checklist-schema";

// Parses the checklist YAML. Every problem names the file, the line and the field
// ("readiness/checklist.yaml:42: standards[2].items[0].weight: expected number"), YAML syntax
// errors included, so whoever edited it can fix it without reading Pier's code.

export interface ChecklistProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export class ChecklistError extends Error {
  constructor(readonly problems: ChecklistProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.field ? `${p.field}: ` : ""}${p.message}`).join("\n"));
    this.name = "ChecklistError";
  }
}

/** standards[2].items[0].weight */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

/** The line of the deepest node that exists along the path (a missing field points at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    const pair = depth > 0 ? keyNode(doc, path.slice(0, depth)) : undefined;
    const range = (pair ?? (isNode(node) ? node : undefined))?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return 1;
}

/** The key of a mapping entry (its line is where the field is written). */
function keyNode(doc: Document, path: ReadonlyArray<PropertyKey>) {
  const last = path[path.length - 1];
  if (typeof last !== "string") return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as Array<string | number>, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
  return isNode(pair?.key) ? pair.key : undefined;
}

export function parseChecklist(text: string, file: string): Checklist {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ChecklistError(
      doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line ?? 1, field: "", message: `YAML syntax: ${e.message.split("\n")[0]}` })),
    );
  }
  const result = checklistSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  throw new ChecklistError(
    result.error.issues.map((issue) => ({ file, line: lineOf(doc, lines, issue.path), field: fieldName(issue.path), message: issue.message })),
  );
}
