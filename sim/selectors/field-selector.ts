// Field selectors (`metadata.name=web,status.phase!=Running`): the syntax of
// k8s.io/apimachinery/pkg/fields and the per-kind list of selectable fields.

export interface FieldRequirement {
  field: string;
  op: "=" | "!=";
  value: string;
}

/** Extracts the selectable string value of a field from an object. */
export type FieldGetter = (obj: Record<string, unknown>) => string | undefined;

export class FieldSelectorError extends Error {}

/** Splits on unescaped commas, as fields.ParseSelector does. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      current += ch + text[++i];
    } else if (ch === ",") {
      terms.push(current);
      current = "";
    } else current += ch;
  }
  terms.push(current);
  return terms;
}

const unescape = (value: string) => value.replace(/\\(.)/g, "$1");

export function parseFieldSelector(text: string): FieldRequirement[] {
  if (text.trim() === "") return [];
  const reqs: FieldRequirement[] = [];
  for (const term of splitTerms(text)) {
    if (term === "") continue;
    const match = /^(.*?)(!=|==|=)(.*)$/.exec(term);
    if (!match) throw new FieldSelectorError(`invalid selector: '${text}'; can't understand '${term}'`);
    const [, field = "", op, value = ""] = match;
    reqs.push({ field: field.trim(), op: op === "!=" ? "!=" : "=", value: unescape(value) });
  }
  return reqs;
}

/** Fails like the apiserver on a field the kind does not index. */
export function checkSupportedFields(reqs: FieldRequirement[], getters: Record<string, FieldGetter>): void {
  for (const req of reqs) {
    if (!getters[req.field]) throw new FieldSelectorError(`field label not supported: ${req.field}`);
  }
}

export function matchesFields(reqs: FieldRequirement[], getters: Record<string, FieldGetter>, obj: Record<string, unknown>): boolean {
  for (const req of reqs) {
    const actual = getters[req.field]?.(obj) ?? "";
    if ((actual === req.value) !== (req.op === "=")) return false;
  }
  return true;
}
