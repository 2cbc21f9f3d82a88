import type { ExcerptPart } from "../types";
import type { DocSection } from "./extract-sections";

// The excerpt under a search hit: the section where the matched words are densest, cut to a
// window around the first of them, with every matched word marked.

const WORD = /[\p{L}\p{N}]+/gu;
const WINDOW = 220;

function wordsIn(text: string): Set<string> {
  return new Set(Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]));
}

export function bestSection(sections: DocSection[], terms: ReadonlySet<string>): DocSection | undefined {
  let best: DocSection | undefined;
  let bestCount = 0;
  for (const section of sections) {
    const words = wordsIn(`${section.heading} ${section.text}`);
    let count = 0;
    for (const term of terms) if (words.has(term)) count++;
    if (count > bestCount) [best, bestCount] = [section, count];
  }
  return best ?? sections[0];
}

export function markTerms(text: string, terms: ReadonlySet<string>): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(match[0].toLowerCase())) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

export function makeExcerpt(text: string, terms: ReadonlySet<string>): ExcerptPart[] {
  let first = -1;
  for (const match of text.matchAll(WORD)) {
    if (terms.has(match[0].toLowerCase())) {
      first = match.index;
      break;
    }
  }
  let start = Math.max(0, (first < 0 ? 0 : first) - 60);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const cut = `${start > 0 ? "… " : ""}${text.slice(start, end)}${end < text.length ? " …" : ""}`;
  return markTerms(cut, terms);
}
