// Round axes for usage charts: CPU ticks at 1, 2, 2.5 or 5 x 10^k millicores, memory at powers
// of two (64 MiB, 128 MiB, 1 GiB ...), four or five of them up to the top of what is shown.

function niceCpuStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
}

export function axisTicks(kind: "cpu" | "memory", top: number): number[] {
  if (!(top > 0)) return [0];
  const raw = top / 4;
  const step = kind === "cpu" ? niceCpuStep(Math.max(raw, 0.1)) : 2 ** Math.ceil(Math.log2(Math.max(raw, 2 ** 20)));
  const ticks: number[] = [];
  for (let v = 0; v <= top + step * 1e-9 + step; v += step) {
    ticks.push(v);
    if (v >= top) break;
  }
  return ticks;
}
