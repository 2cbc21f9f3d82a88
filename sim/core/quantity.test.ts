import { describe, expect, it } from "vitest";
import { formatCpu, formatMemory, isQuantity, parseQuantity } from "./quantity";

describe("quantities", () => {
  it("parses decimal and binary suffixes and exponents", () => {
    expect(parseQuantity("250m")).toBe(0.25);
    expect(parseQuantity("2")).toBe(2);
    expect(parseQuantity("1.5Gi")).toBe(1.5 * 2 ** 30);
    expect(parseQuantity("512Mi")).toBe(512 * 2 ** 20);
    expect(parseQuantity("1k")).toBe(1000);
    expect(parseQuantity("1e3")).toBe(1000);
    expect(isQuantity("12x")).toBe(false);
  });

  it("formats CPU and memory as integers with suffixes", () => {
    expect(formatCpu(0.25)).toBe("250m");
    expect(formatCpu(3)).toBe("3");
    expect(formatMemory(1.5 * 2 ** 30)).toBe("1536Mi");
    expect(formatMemory(20480 * 1024)).toBe("20Mi");
    expect(formatMemory(1000)).toBe("1000");
  });
});
