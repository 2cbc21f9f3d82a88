import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Cluster credentials (kubeconfigs, service account tokens, client keys) are loaded by the
// modules that use @kubernetes/client-node: each must be server-only, so that a client
// component importing one, even by accident through another module, fails the build instead of
// shipping it to the browser.

const root = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const loadsClusterClient = (text: string) => /^import\s+(?!type\b)[^;]*from\s+"@kubernetes\/client-node";/m.test(text);

describe("modules that load cluster credentials", () => {
  it("are all server-only", () => {
    const files = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => loadsClusterClient(readFileSync(path.join(root, file), "utf8")));
    expect(files).toContain("lib/kube/kube-connection.ts");
    const notServerOnly = files.filter((file) => !/^import "server-only";$/m.test(readFileSync(path.join(root, file), "utf8")));
    expect(notServerOnly).toEqual([]);
  });
});
