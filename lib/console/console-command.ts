// Which command a console runs and how: the service's console command (the workload annotation
// `pier.dev/console-command`, else `bin/rails console`), wrapped in `env` so the application
// sees who opened it and why (CONSOLE_USER, CONSOLE_REASON: what console1984 reads). Exec has
// no environment of its own, and `env NAME=VALUE cmd` works in any image with coreutils.

export const DEFAULT_CONSOLE_COMMAND = "bin/rails console";
export const CONSOLE_COMMAND_ANNOTATION = "pier.dev/console-command";

/** Splits a command line into argv like a POSIX shell would, without running one: quotes and backslashes only. */
export function parseCommandLine(text: string): string[] {
  const argv: string[] = [];
  let current = "";
  let started = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else current += char;
    } else if (char === "\\" && i + 1 < text.length && (quote === null || /["\\$`]/.test(text[i + 1]!))) {
      current += text[++i];
      started = true;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) argv.push(current);
      current = "";
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} in the command`);
  if (started) argv.push(current);
  return argv;
}

/** The service's console command from its workload's annotations. */
export function consoleCommandOf(annotations: Record<string, string>): string[] {
  const configured = annotations[CONSOLE_COMMAND_ANNOTATION]?.trim();
  try {
    const argv = configured ? parseCommandLine(configured) : [];
    if (argv.length > 0) return argv;
  } catch {
    // A malformed annotation falls back to the default rather than blocking every console.
  }
  return parseCommandLine(DEFAULT_CONSOLE_COMMAND);
}

/** argv as exec runs it: the command with CONSOLE_USER and CONSOLE_REASON in its environment. */
export function consoleExecArgv(command: string[], user: string, reason: string): string[] {
  return ["env", `CONSOLE_USER=${user}`, `CONSOLE_REASON=${reason}`, ...command];
}
