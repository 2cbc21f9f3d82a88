import type { PersonDto } from "./types";

/** "Ana Souza <ana.souza@example.com>" -> name and email; a bare email or name is kept as such. */
export function parsePerson(text: string | undefined): PersonDto | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  const match = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value);
  if (match) return { name: match[1] || undefined, email: match[2] };
  return value.includes("@") && !value.includes(" ") ? { email: value } : { name: value };
}
