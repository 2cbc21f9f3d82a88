// Resource quantities ("250m", "1.5Gi", "2") as numbers: CPU in cores, memory in bytes.
// Our own small parser rather than client-node's quantityToScalar: the server must not load
// the client library, and it needs plain numbers for scheduling arithmetic.

const SUFFIXES: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

export function isQuantity(value: unknown): boolean {
  return (typeof value === "number" && Number.isFinite(value)) || (typeof value === "string" && QUANTITY.test(value));
}

/** Parses a quantity; throws on malformed input (callers validate first). */
export function parseQuantity(value: string | number): number {
  if (typeof value === "number") return value;
  const match = QUANTITY.exec(value.trim());
  if (!match) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  const base = Number(match[1]);
  if (match[2] !== undefined) return base * 10 ** Number(match[2]);
  return base * (SUFFIXES[match[3] ?? ""] ?? 1);
}

/** CPU cores as the API prints them: whole cores or millicores ("2", "250m"). */
export function formatCpu(cores: number): string {
  const milli = Math.round(cores * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Bytes as an integer binary quantity ("512Mi", "16302032Ki"); never fractional. */
export function formatMemory(bytes: number): string {
  const rounded = Math.round(bytes);
  for (const [suffix, size] of [["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]] as const) {
    if (rounded % size === 0 && rounded >= size) return `${rounded / size}${suffix}`;
  }
  return String(rounded);
}
