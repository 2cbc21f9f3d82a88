import { describe, expect, it } from "vitest";
import { inputQuery } from "./search-input-lines";

describe("inputQuery", () => {
  it("reads words without punctuation, in order, the last as a prefix", () => {
    expect(inputQuery("destroy_all")).toBe("destroy <-> all:*");
    expect(inputQuery("User.fi")).toBe("user <-> fi:*");
    expect(inputQuery("  'x' & !y | (z)")).toBe("x <-> y <-> z:*");
    expect(inputQuery("...")).toBeNull();
  });
});
