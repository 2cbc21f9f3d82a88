// The hashing that names ReplicaSets and ControllerRevisions like the real controllers do:
// FNV-32a of the pod template, printed in decimal, then each digit mapped through the
// "safe" alphabet of k8s.io/apimachinery/pkg/util/rand (no vowels, no confusable digits).
import { randomBytes, randomUUID } from "node:crypto";
import { stableStringify } from "./json";

const SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function safeEncode(text: string): string {
  return [...text].map((ch) => SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length]).join("");
}

/** pod-template-hash / controller-revision-hash of a template (plus collisionCount). */
export function templateHash(template: unknown, collisionCount = 0): string {
  const text = stableStringify(template) + (collisionCount ? String(collisionCount) : "");
  return safeEncode(String(fnv32a(text)));
}

/** The 5-character suffix of generateName, from the same alphabet. */
export function randomSuffix(length = 5): string {
  const bytes = randomBytes(length);
  return [...bytes].map((b) => SAFE_ALPHABET[b % SAFE_ALPHABET.length]).join("");
}

export function newUid(): string {
  return randomUUID();
}
