// An error as one line for a person or a log: Prisma's messages span lines, with the driver's
// own message quoted inside them.
export function oneLineError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /Message: `([^`]*)`/.exec(text)?.[1];
  return (quoted ?? text).replace(/\s+/g, " ").trim().slice(0, 300);
}
