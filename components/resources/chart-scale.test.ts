import { describe, expect, it } from "vitest";
import { axisTicks } from "./chart-scale";

const MiB = 2 ** 20;

describe("axisTicks", () => {
  it("gives round CPU ticks that reach the top", () => {
    expect(axisTicks("cpu", 575)).toEqual([0, 200, 400, 600]);
    expect(axisTicks("cpu", 36)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks("cpu", 2300)).toEqual([0, 1000, 2000, 3000]);
  });
  it("gives power-of-two memory ticks", () => {
    expect(axisTicks("memory", 1200 * MiB)).toEqual([0, 512 * MiB, 1024 * MiB, 1536 * MiB]);
    expect(axisTicks("memory", 220 * MiB)).toEqual([0, 64 * MiB, 128 * MiB, 192 * MiB, 256 * MiB]);
  });
});
