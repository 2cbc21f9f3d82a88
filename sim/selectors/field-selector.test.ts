import { describe, expect, it } from "vitest";
import { checkSupportedFields, matchesFields, parseFieldSelector, type FieldGetter } from "./field-selector";

const getters: Record<string, FieldGetter> = {
  "metadata.name": (o) => (o.metadata as { name: string }).name,
  "status.phase": (o) => (o.status as { phase: string }).phase,
};

describe("field selectors", () => {
  it("parses =, == and != with escapes", () => {
    expect(parseFieldSelector("metadata.name=a\\,b,status.phase!=Running")).toEqual([
      { field: "metadata.name", op: "=", value: "a,b" },
      { field: "status.phase", op: "!=", value: "Running" },
    ]);
    expect(parseFieldSelector("")).toEqual([]);
    expect(() => parseFieldSelector("oops")).toThrow("invalid selector: 'oops'; can't understand 'oops'");
  });

  it("matches and rejects unsupported fields", () => {
    const pod = { metadata: { name: "web" }, status: { phase: "Pending" } };
    expect(matchesFields(parseFieldSelector("metadata.name=web,status.phase!=Running"), getters, pod)).toBe(true);
    expect(matchesFields(parseFieldSelector("status.phase=Running"), getters, pod)).toBe(false);
    expect(() => checkSupportedFields(parseFieldSelector("spec.foo=bar"), getters)).toThrow("field label not supported: spec.foo");
  });
});
