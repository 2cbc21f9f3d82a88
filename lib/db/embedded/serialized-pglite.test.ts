import { describe, expect, it } from "vitest";
import { leavesExchangeOpen } from "./serialized-pglite";

const message = (type: string) => new Uint8Array([type.charCodeAt(0), 0, 0, 0, 4]);

describe("leavesExchangeOpen", () => {
  it("holds the backend from Parse/Bind/Describe/Execute/Close/Flush until Sync", () => {
    for (const type of ["P", "B", "D", "E", "C", "H"]) expect(leavesExchangeOpen(message(type))).toBe(true);
    expect(leavesExchangeOpen(message("S"))).toBe(false);
  });

  it("releases it after a simple query, a termination or a startup message", () => {
    expect(leavesExchangeOpen(message("Q"))).toBe(false);
    expect(leavesExchangeOpen(message("X"))).toBe(false);
    expect(leavesExchangeOpen(new Uint8Array([0, 0, 0, 8, 0, 3, 0, 0]))).toBe(false);
    expect(leavesExchangeOpen(new Uint8Array())).toBe(false);
  });
});
