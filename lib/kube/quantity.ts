// Kubernetes resource quantities (apimachinery's resource.Quantity): "250m", "1.5Gi", "1e3",
// "2". Parsed exactly with BigInt, then rounded up like Quantity.MilliValue() and Value().
// Pure: the resources area and the browser format the same numbers.

const binarySuffixes: Record<string, bigint> = { Ki: 1n << 10n, Mi: 1n << 20n, Gi: 1n << 30n, Ti: 1n << 40n, Pi: 1n << 50n, Ei: 1n << 60n };
const decimalExponents: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
// <sign><digits>[.<digits>]<suffix>; the suffix is binary, decimal, or e/E with a signed integer.
const grammar = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?\d+|[numkMGTPE]?)$/;

/** An exact quantity: numerator / 10^scale. */
interface Exact {
  numerator: bigint;
  scale: number;
}

function parseExact(text: string): Exact | undefined {
  const match = grammar.exec(text.trim());
  if (!match) return undefined;
  const [, sign, number, suffix = ""] = match as unknown as [string, string, string, string];
  const [whole = "", fraction = ""] = number.split(".");
  let numerator = BigInt(`${whole || "0"}${fraction}`) * (sign === "-" ? -1n : 1n);
  let scale = fraction.length;
  if (suffix in binarySuffixes) {
    numerator *= binarySuffixes[suffix]!;
  } else {
    const exponent = suffix in decimalExponents ? decimalExponents[suffix]! : Number(suffix.slice(1));
    if (Math.abs(exponent) > 100) return undefined;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else scale -= exponent;
  }
  return { numerator, scale };
}

/** Rounds numerator * 10^shift / 10^scale up (towards +infinity), as apimachinery does. */
function roundUp({ numerator, scale }: Exact, shift: number): number {
  const power = scale - shift;
  if (power <= 0) return Number(numerator * 10n ** BigInt(-power));
  const divisor = 10n ** BigInt(power);
  const quotient = numerator / divisor;
  const rounded = numerator % divisor > 0n ? quotient + 1n : quotient;
  return Number(rounded);
}

/** Whether the text is a valid Kubernetes quantity. */
export function isQuantity(text: string): boolean {
  return parseExact(text) !== undefined;
}

/** Thousandths of the quantity, rounded up: CPU "250m" -> 250, "1.5" -> 1500. Throws on invalid input. */
export function parseMilli(text: string): number {
  const exact = parseExact(text);
  if (!exact) throw new Error(`invalid quantity "${text}"`);
  return roundUp(exact, 3);
}

/** The quantity in whole units, rounded up: memory "1Gi" -> 1073741824, "1.5k" -> 1500. Throws on invalid input. */
export function parseUnits(text: string): number {
  const exact = parseExact(text);
  if (!exact) throw new Error(`invalid quantity "${text}"`);
  return roundUp(exact, 0);
}

/** `parse` of a quantity from an object's spec or status, or undefined when unset or malformed (the API server validates them). */
export function quantityOrUndefined(value: unknown, parse: (text: string) => number): number | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return parse(String(value));
  } catch {
    return undefined;
  }
}

/** The quantity as a plain number, fractions kept: "1234567n" -> 0.001234567, "20480Ki" -> 20971520. Throws on invalid input. */
export function parseQuantity(text: string): number {
  const exact = parseExact(text);
  if (!exact) throw new Error(`invalid quantity "${text}"`);
  return Number(exact.numerator) / 10 ** exact.scale;
}

/** CPU for people: "250m", "1.5" (cores), "0"; usage below 10m keeps one decimal ("0.4m"). */
export function formatCpu(millicores: number): string {
  if (millicores === 0) return "0";
  if (Math.abs(millicores) < 10 && !Number.isInteger(millicores)) return `${Number(millicores.toFixed(1))}m`;
  const rounded = Math.round(millicores);
  if (rounded % 1000 === 0) return String(rounded / 1000);
  if (Math.abs(rounded) < 1000) return `${rounded}m`;
  return String(Number((rounded / 1000).toFixed(2)));
}

/** CPU as a manifest quantity, rounded up to whole millicores: 110 -> "110m", 2000 -> "2", 1500 -> "1500m". */
export function toCpuQuantity(millicores: number): string {
  const milli = Math.max(0, Math.ceil(millicores));
  return milli % 1000 === 0 && milli > 0 ? String(milli / 1000) : `${milli}m`;
}

/** Memory as a manifest quantity in the largest binary unit that is exact: 234881024 -> "224Mi", 2^30 -> "1Gi". */
export function toMemoryQuantity(bytes: number): string {
  const whole = Math.max(0, Math.ceil(bytes));
  for (const suffix of ["Ti", "Gi", "Mi", "Ki"] as const) {
    const unit = Number(binarySuffixes[suffix]);
    if (whole > 0 && whole % unit === 0) return `${whole / unit}${suffix}`;
  }
  return String(whole);
}

const byteUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];

/** Memory for people, binary units: "512 MiB", "1.5 GiB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(value < 10 && unit > 0 ? 2 : 1))} ${byteUnits[unit]}`;
}
