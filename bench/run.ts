// npm run bench [-- <name> ...]: runs bench/<name>.bench.ts (all by default), each a standalone
// script printing a Markdown section, and writes the sections into bench/README.md between
// markers, with the machine they ran on. Sections of benches not run this time are kept.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine";

const here = path.dirname(fileURLToPath(import.meta.url));
const readme = path.join(here, "README.md");
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .map((f) => f.replace(/\.bench\.ts$/, ""))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const marker = (name: string, edge: "start" | "end") => `<!-- bench:${name}:${edge} -->`;

function replaceSection(text: string, name: string, body: string): string {
  const start = marker(name, "start");
  const end = marker(name, "end");
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  return from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
}

let text = readFileSync(readme, "utf8");
for (const name of benches) {
  console.log(`[bench] ${name}…`);
  const started = Date.now();
  // react-server: benches of portal code load its server-only modules, as the pier CLI does.
  const run = spawnSync(process.execPath, [path.join(here, "../node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join(here, `${name}.bench.ts`)], {
    cwd: path.join(here, ".."),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const body = run.status === 0 ? run.stdout : `### ${name}\n\nFailed (exit ${run.status}); see the console output of \`npm run bench -- ${name}\`.`;
  process.stdout.write(run.stdout);
  text = replaceSection(text, name, `${body.trim()}\n\n_Run ${new Date().toISOString().slice(0, 16)}Z in ${seconds} s on: ${describeMachine()}._`);
}
writeFileSync(readme, text);
console.log(`[bench] wrote ${path.relative(process.cwd(), readme)}`);
