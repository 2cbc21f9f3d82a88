// Deterministic randomness for simulated usage and logs: everything is a pure function of a
// seed string and an index, so any past moment can be regenerated without stored state.
import { fnv32a } from "./hash";

/** A 32-bit seed from any text (namespace, workload, container...). */
export function seedOf(...parts: Array<string | number>): number {
  return fnv32a(parts.join("\u0000"));
}

/** Sequential generator (mulberry32): for building tables once. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Random access: a uniform number in [0, 1) for (seed, index), e.g. one log slot. */
export function unitAt(seed: number, index: number, salt = 0): number {
  // murmur3's 32-bit finalizer over seed, index (split into two words) and salt.
  let h = (seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  for (const word of [index >>> 0, Math.floor(index / 2 ** 32) >>> 0]) {
    h ^= Math.imul(word, 0xcc9e2d51);
    h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** Picks an element by a unit number. */
export function pick<T>(items: readonly T[], unit: number): T {
  return items[Math.min(items.length - 1, Math.floor(unit * items.length))]!;
}
