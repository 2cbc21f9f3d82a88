import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDnsLabel } from "@/lib/kube/kube-names";
import { branchSlug } from "./branch-environments";

// Property-based: whatever git lets people name a branch (long, non-ASCII, slashes, uppercase,
// names that only differ where the slug cannot see), each gets its own valid namespace name.

const pieces = fc.constantFrom("feature", "Fix", "ÄÖÜ", "ação", "日本語", "🚀", "/", "//", "-", "_", ".", " ", "UPPER", "x".repeat(40), "0", "2024");
/** Branch-like names: path segments of letters, digits, non-ASCII and punctuation, up to ~250 characters. */
const branch = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 250 }), fc.array(pieces, { minLength: 1, maxLength: 12 }).map((p) => p.join("")));

const valid = (slug: string) => isDnsLabel(slug) && /^[a-z]/.test(slug);

describe("branchSlug (property-based)", () => {
  it("is always a valid namespace name: a DNS label of at most 63 characters starting with a letter", () => {
    fc.assert(fc.property(branch, (name) => {
      expect(valid(branchSlug(name))).toBe(true);
    }), { numRuns: 2000 });
  });

  it("gives distinct branches distinct namespaces", () => {
    fc.assert(fc.property(fc.uniqueArray(branch, { minLength: 2, maxLength: 50 }), (names) => {
      expect(new Set(names.map(branchSlug)).size).toBe(names.length);
    }), { numRuns: 300 });
  });

  it("keeps a short plain branch readable: the branch itself, then the hash", () => {
    const plain = fc.stringMatching(/^[a-z][a-z0-9]{0,20}(\/[a-z0-9]{1,20}){0,2}$/);
    fc.assert(fc.property(plain, (name) => {
      expect(branchSlug(name)).toMatch(new RegExp(`^${name.replaceAll("/", "-")}-[0-9a-f]{8}$`));
    }));
  });

  it("keeps names apart that differ only in case, punctuation or past the cut", () => {
    const variants = fc.tuple(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 80 }), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 })).map(([base, tail]) => [
      base,
      base.toUpperCase(),
      `${base}/${tail}`,
      `${base}-${tail}`,
      `${base}_${tail}`,
      `${"long-shared-prefix/".repeat(4)}${base}`,
      `${"long-shared-prefix/".repeat(4)}${base}${tail}`,
    ]);
    fc.assert(fc.property(variants, (names) => {
      const distinct = [...new Set(names)];
      const slugs = distinct.map(branchSlug);
      expect(new Set(slugs).size).toBe(distinct.length);
      for (const slug of slugs) expect(valid(slug)).toBe(true);
    }), { numRuns: 1000 });
  });
});
