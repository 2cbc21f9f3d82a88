import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

// Where Playwright's Chromium comes from: CHROMIUM_PATH, Debian's package, or Playwright's own
// download. Installs one when none is found and this machine can (root on Debian).
function candidates(): string[] {
  const list = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  try {
    list.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return list.filter((p): p is string => Boolean(p));
}

const found = () => candidates().find((p) => existsSync(p));

export function findOrInstallChromium(): string {
  const existing = found();
  if (existing) return existing;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("[test] no Chromium found: installing Debian's chromium with apt-get");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit" });
  } else {
    console.log("[test] no Chromium found: trying Playwright's installer");
    spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "install", "chromium"], { stdio: "inherit" });
  }
  const installed = found();
  if (installed) return installed;
  throw new Error(
    "No Chromium for the end-to-end tests. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}
