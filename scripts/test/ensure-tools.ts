import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

// The programs the test suite drives besides Node: Chromium for Playwright, irb (the embedded
// cluster's rails console), the Python Kubernetes client and Prometheus (conformance and usage
// history). Missing ones are installed from Debian's packages when this runs as root on Debian;
// otherwise the suite says what to install (and the tests that need them report it).

interface Tool {
  name: string;
  debianPackage: string;
  paths: () => string[];
}

function chromiumPaths(): string[] {
  const list = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  try {
    list.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return list.filter((p): p is string => Boolean(p));
}

const tools: Tool[] = [
  { name: "Chromium", debianPackage: "chromium", paths: chromiumPaths },
  { name: "irb (Ruby)", debianPackage: "ruby", paths: () => ["/usr/bin/irb"] },
  { name: "the Python Kubernetes client", debianPackage: "python3-kubernetes", paths: () => ["/usr/lib/python3/dist-packages/kubernetes"] },
  { name: "Prometheus", debianPackage: "prometheus", paths: () => ["/usr/bin/prometheus"] },
];

const locate = (tool: Tool) => tool.paths().find((p) => existsSync(p));

function aptInstall(packages: string[]): void {
  console.log(`[test] installing Debian packages: ${packages.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: "inherit", env });
}

/** Installs what is missing where possible; returns Chromium's path, if there is one. */
export function ensureTestTools(): string | undefined {
  const missing = tools.filter((tool) => !locate(tool));
  if (missing.length > 0 && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) aptInstall(missing.map((t) => t.debianPackage));
  for (const tool of tools.filter((t) => t !== tools[0] && !locate(t))) {
    console.log(`[test] ${tool.name} is missing (Debian: sudo apt-get install ${tool.debianPackage}); the tests that need it will say so.`);
  }
  const browser = locate(tools[0]!);
  if (browser) return browser;
  spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { stdio: "inherit" });
  return locate(tools[0]!);
}

export const noChromium =
  "No Chromium for the end-to-end tests. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.";
