import { describe, expect, it } from "vitest";
import { formatBytes, formatCpu, isQuantity, parseMilli, parseQuantity, parseUnits, toCpuQuantity, toMemoryQuantity } from "./quantity";

describe("parseMilli (CPU)", () => {
  it.each([
    ["250m", 250],
    ["1", 1000],
    ["1.5", 1500],
    ["0.1", 100],
    [".5", 500],
    ["5.", 5000],
    ["+2", 2000],
    ["100000u", 100],
    ["1n", 1], // rounded up, like MilliValue()
    ["1500000n", 2],
    ["0", 0],
    ["1e3", 1_000_000],
    ["1E-3", 1],
    ["2k", 2_000_000],
  ])("%s -> %d", (text, milli) => expect(parseMilli(text)).toBe(milli));
});

describe("parseUnits (memory)", () => {
  it.each([
    ["128Mi", 128 * 2 ** 20],
    ["1Gi", 2 ** 30],
    ["1.5Gi", 1.5 * 2 ** 30],
    ["0.5Ki", 512],
    ["1k", 1000],
    ["1M", 1_000_000],
    ["1G", 1e9],
    ["1E", 1e18], // exa, not an exponent
    ["1e9", 1e9],
    ["123", 123],
    ["100m", 1], // a tenth of a byte rounds up
    ["2Ti", 2 * 2 ** 40],
    ["-1Mi", -(2 ** 20)],
  ])("%s -> %d", (text, bytes) => expect(parseUnits(text)).toBe(bytes));
});

describe("parseQuantity (usage, fractions kept)", () => {
  it.each([
    ["1234567n", 0.001234567], // metrics.k8s.io CPU: nanocores
    ["20480Ki", 20 * 2 ** 20], // metrics.k8s.io memory: kibibytes
    ["0", 0],
    ["250m", 0.25],
    ["1.5Gi", 1.5 * 2 ** 30],
    ["1e-3", 0.001],
    ["12u", 0.000012],
    ["0.5", 0.5],
    ["3k", 3000],
    ["-250m", -0.25],
  ])("%s -> %d", (text, value) => expect(parseQuantity(text)).toBeCloseTo(value, 12));
  it("throws on what is not a quantity", () => expect(() => parseQuantity("12 cores")).toThrow(/invalid quantity/));
});

describe("manifest quantities (what advice YAML says)", () => {
  it.each([
    [110, "110m"],
    [109.2, "110m"], // rounded up: never below what was computed
    [1000, "1"],
    [2000, "2"],
    [1500, "1500m"],
    [0, "0m"],
  ])("CPU %d millicores -> %s", (milli, text) => {
    expect(toCpuQuantity(milli)).toBe(text);
    expect(parseMilli(text)).toBe(Math.ceil(milli));
  });
  it.each([
    [224 * 2 ** 20, "224Mi"],
    [2 ** 30, "1Gi"],
    [3 * 2 ** 30, "3Gi"],
    [1536 * 2 ** 20, "1536Mi"],
    [2 ** 40, "1Ti"],
    [1024 + 512, "1536"],
    [5 * 1024, "5Ki"],
  ])("memory %d bytes -> %s", (bytes, text) => {
    expect(toMemoryQuantity(bytes)).toBe(text);
    expect(parseUnits(text)).toBe(bytes);
  });
});

describe("invalid quantities", () => {
  it.each(["", "Mi", "1 Gi", "1mi", "1.2.3", "abc", "1Gb", "--1", "1e", "1KI", "0x10"])("rejects %j", (text) => {
    expect(isQuantity(text)).toBe(false);
    expect(() => parseUnits(text)).toThrow(/invalid quantity/);
  });
});

describe("formatting", () => {
  it("formats CPU the way people read it", () => {
    expect(formatCpu(0)).toBe("0");
    expect(formatCpu(250)).toBe("250m");
    expect(formatCpu(2000)).toBe("2");
    expect(formatCpu(1250)).toBe("1.25");
    expect(formatCpu(0.4321)).toBe("0.4m"); // idle usage
    expect(formatCpu(84.6)).toBe("85m");
  });
  it("formats memory in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(512 * 2 ** 20)).toBe("512 MiB");
    expect(formatBytes(1.5 * 2 ** 30)).toBe("1.5 GiB");
    expect(formatBytes(2 ** 30 + 2 ** 29 + 2 ** 20)).toBe("1.5 GiB");
  });
});
