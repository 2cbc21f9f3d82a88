// Where the allow-listed programs live on this host (Debian puts them in /usr/bin, with /bin
// a link to it), and the Python that runs the pty relay. Looked up once per process.
import { existsSync } from "node:fs";

const found = new Map<string, string | undefined>();

function firstExisting(paths: string[]): string | undefined {
  return paths.find((p) => existsSync(p));
}

/** Absolute path of sh, cat, echo, env, ls, sleep, true, false or irb; undefined when missing. */
export function hostProgram(name: string): string | undefined {
  if (!found.has(name)) found.set(name, firstExisting([`/usr/bin/${name}`, `/bin/${name}`]));
  return found.get(name);
}

/** A Python 3 for the pty relay (stdlib only), or undefined: TTY sessions then run without one. */
export function hostPython(): string | undefined {
  if (!found.has("python3")) found.set("python3", firstExisting(["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]));
  return found.get("python3");
}
