// Where to go after signing in: only a path on Pier itself, never another site ("//evil.com",
// "/\evil.com" and absolute URLs fall back to the home page). Pure.
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\") || /[\u0000-\u001f]/.test(next)) return "/";
  return next;
}
