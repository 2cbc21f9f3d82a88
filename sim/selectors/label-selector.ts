// Label selectors: the string syntax of k8s.io/apimachinery/pkg/labels (same lexer, same
// parser, same error texts) and the structured LabelSelector of API objects.
import type { LabelSelector } from "../types/meta";
import { labelValue, qualifiedName } from "../core/validation";

export type Operator = "=" | "==" | "!=" | "in" | "notin" | "exists" | "!" | "gt" | "lt";
export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}
export type Selector = Requirement[];

type Tok = "end" | ")" | "," | "!" | "==" | "=" | ">" | "in" | "<" | "!=" | "notin" | "(" | "id" | "error";
const KEYWORDS: Record<string, Tok> = { ")": ")", ",": ",", "!": "!", "==": "==", "=": "=", ">": ">", in: "in", "<": "<", "!=": "!=", notin: "notin", "(": "(" };
const SPECIAL = new Set(["=", "!", "(", ")", ",", ">", "<"]);
const SPACE = new Set([" ", "\t", "\r", "\n"]);
const BINARY_OPS = "in, notin, =, ==, !=, gt, lt";

function lex(s: string): Array<[Tok, string]> {
  const items: Array<[Tok, string]> = [];
  let pos = 0;
  for (;;) {
    while (pos < s.length && SPACE.has(s[pos]!)) pos++;
    if (pos >= s.length) {
      items.push(["end", ""]);
      return items;
    }
    let buf = "";
    if (SPECIAL.has(s[pos]!)) {
      let last: [Tok, string] | undefined;
      while (pos < s.length && SPECIAL.has(s[pos]!)) {
        buf += s[pos];
        const tok = KEYWORDS[buf];
        if (tok) last = [tok, buf];
        else if (last) break;
        pos++;
      }
      items.push(last ?? ["error", `error expected: keyword found '${buf}'`]);
    } else {
      while (pos < s.length && !SPECIAL.has(s[pos]!) && !SPACE.has(s[pos]!)) buf += s[pos++];
      items.push([KEYWORDS[buf] ?? "id", buf]);
    }
  }
}

class SelectorSyntaxError extends Error {}
const fail = (msg: string): never => {
  throw new SelectorSyntaxError(msg);
};

/** Parses a label selector string; throws an Error whose message is the apiserver's. */
export function parseLabelSelector(text: string): Selector {
  const items = lex(text);
  let pos = 0;
  // In a value position, "in" and "notin" are plain identifiers.
  const peek = (values: boolean): [Tok, string] => {
    const [tok, lit] = items[pos]!;
    return values && (tok === "in" || tok === "notin") ? ["id", lit] : [tok, lit];
  };
  const take = (values: boolean): [Tok, string] => {
    const item = peek(values);
    pos++;
    return item;
  };
  const parseValues = (): string[] => {
    const [open, openLit] = take(true);
    if (open !== "(") fail(`found '${openLit}' expected: '('`);
    const [first, firstLit] = peek(true);
    if (first === ")") {
      take(true);
      return [""];
    }
    if (first !== "id" && first !== ",") fail(`found '${firstLit}', expected: ',', ')' or identifier`);
    const values = new Set<string>();
    for (;;) {
      const [tok, lit] = take(true);
      if (tok === "id") {
        values.add(lit);
        const [next, nextLit] = peek(true);
        if (next === ")") break;
        if (next !== ",") fail(`found '${nextLit}', expected: ',' or ')'`);
      } else if (tok === ",") {
        if (values.size === 0) values.add("");
        const [next] = peek(true);
        if (next === ")") {
          values.add("");
          break;
        }
        if (next === ",") {
          take(true);
          values.add("");
        }
      } else fail(`found '${lit}', expected: ',', or identifier`);
    }
    if (take(true)[0] !== ")") fail(`found '${firstLit}', expected: ')'`);
    return [...values].sort();
  };
  const parseRequirement = (): Requirement => {
    let [tok, key] = take(true);
    let negated = false;
    if (tok === "!") {
      negated = true;
      [tok, key] = take(true);
    }
    if (tok !== "id") fail(`found '${key}', expected: identifier`);
    const keyErrs = qualifiedName(key);
    if (keyErrs.length) fail(`key: Invalid value: "${key}": ${keyErrs.join("; ")}`);
    // "!key" ends the requirement; whatever follows is the outer loop's problem, as in Go.
    if (negated) return { key, op: "!", values: [] };
    const [next] = peek(true);
    if (next === "end" || next === ",") return { key, op: "exists", values: [] };
    const [opTok, opLit] = take(false);
    const ops: Partial<Record<Tok, Operator>> = { in: "in", notin: "notin", "=": "=", "==": "==", "!=": "!=", ">": "gt", "<": "lt" };
    const op = ops[opTok] ?? fail(`found '${opLit}', expected: ${BINARY_OPS}`);
    let values: string[];
    if (op === "in" || op === "notin") values = parseValues();
    else {
      const [valTok] = peek(true);
      if (valTok === "end" || valTok === ",") values = [""];
      else {
        const [t, lit] = take(true);
        values = t === "id" ? [lit] : fail(`found '${lit}', expected: identifier`);
      }
    }
    for (const v of values) {
      const errs = op === "gt" || op === "lt" ? (/^-?\d+$/.test(v) ? [] : [`for 'Gt', 'Lt' operators, the value must be an integer`]) : labelValue(v);
      if (errs.length) fail(`values[0][${key}]: Invalid value: "${v}": ${errs.join("; ")}`);
    }
    return { key, op, values };
  };

  const reqs: Requirement[] = [];
  for (;;) {
    const [tok, lit] = peek(true);
    if (tok === "end") break;
    if (tok !== "id" && tok !== "!") fail(`found '${lit}', expected: !, identifier, or 'end of string'`);
    try {
      reqs.push(parseRequirement());
    } catch (err) {
      if (err instanceof SelectorSyntaxError) fail(`unable to parse requirement: ${err.message}`);
      throw err;
    }
    const [sep, sepLit] = take(true);
    if (sep === "end") break;
    if (sep !== ",") fail(`found '${sepLit}', expected: ',' or 'end of string'`);
    const [after, afterLit] = peek(true);
    if (after !== "id" && after !== "!") fail(`found '${afterLit}', expected: identifier after ','`);
  }
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function matchesSelector(selector: Selector, labels: Record<string, string> | undefined): boolean {
  for (const req of selector) {
    const value = labels?.[req.key];
    const has = value !== undefined;
    switch (req.op) {
      case "=":
      case "==":
      case "in":
        if (!has || !req.values.includes(value)) return false;
        break;
      case "!=":
      case "notin":
        if (has && req.values.includes(value)) return false;
        break;
      case "exists":
        if (!has) return false;
        break;
      case "!":
        if (has) return false;
        break;
      case "gt":
      case "lt":
        if (!has || !/^-?\d+$/.test(value)) return false;
        if (req.op === "gt" ? !(Number(value) > Number(req.values[0])) : !(Number(value) < Number(req.values[0]))) return false;
        break;
    }
  }
  return true;
}

/** Converts an object's LabelSelector (matchLabels + matchExpressions) to requirements. */
export function fromLabelSelector(selector: LabelSelector | undefined): Selector {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) reqs.push({ key, op: "=", values: [value] });
  for (const expr of selector?.matchExpressions ?? []) {
    const op = ({ In: "in", NotIn: "notin", Exists: "exists", DoesNotExist: "!" } as const)[expr.operator];
    reqs.push({ key: expr.key, op, values: [...(expr.values ?? [])].sort() });
  }
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The string form the API prints (Scale.status.selector, `kubectl get -o wide`). */
export function formatSelector(selector: Selector): string {
  return selector
    .map((r) => {
      switch (r.op) {
        case "exists": return r.key;
        case "!": return `!${r.key}`;
        case "in":
        case "notin": return `${r.key} ${r.op} (${r.values.join(",")})`;
        case "gt": return `${r.key}>${r.values[0]}`;
        case "lt": return `${r.key}<${r.values[0]}`;
        default: return `${r.key}${r.op}${r.values[0]}`;
      }
    })
    .join(",");
}
