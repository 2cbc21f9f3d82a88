import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps Pier's own paths and refuses anything that could leave the site", () => {
    expect(safeNextPath("/audit?outcome=denied")).toBe("/audit?outcome=denied");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "evil", "/a\nb", null, undefined, ""]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
