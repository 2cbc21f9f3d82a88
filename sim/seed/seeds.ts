// The seeds: `empty` (system namespaces and nodes), `demo` (a staging cluster with main and
// topic branches), `production` (one production namespace), `scale:<N>x<M>` (N namespaces of
// M two-replica services, for benchmarks).
import { branchSlug, ENVIRONMENT_BRANCH } from "./conventions";
import { seedEnvironment } from "./environment";
import { seedNodes } from "./nodes";
import { seedScale } from "./scale";
import type { SeedWriter } from "./seed-writer";
import { seedSystem } from "./system";

export type SeedName = "empty" | "demo" | "production" | `scale:${number}x${number}`;

export function parseSeed(text: string): SeedName {
  if (text === "empty" || text === "demo" || text === "production") return text;
  if (/^scale:\d+x\d+$/.test(text)) return text as SeedName;
  throw new Error(`unknown seed "${text}": use empty, demo, production or scale:<namespaces>x<services>`);
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface BranchSeed {
  branch: string;
  author: string;
  /** Rollouts: hours ago, oldest first. */
  deploys: number[];
  crashing?: string[];
  leaking?: string[];
}

const BRANCHES: BranchSeed[] = [
  { branch: "main", author: "Ana Souza <ana.souza@example.com>", deploys: [9 * 24, 4 * 24, 20] },
  { branch: "feature/video-checkout", author: "Bruno Lima <bruno.lima@example.com>", deploys: [50, 3], leaking: ["video-payment"] },
  { branch: "fix/billing-rounding", author: "Chen Wei <chen.wei@example.com>", deploys: [30, 2], crashing: ["billing"] },
  { branch: "feature/teacher-dashboard", author: "Dina Haddad <dina.haddad@example.com>", deploys: [6 * 24] },
  { branch: "chore/rails-7-2-upgrade", author: "Emeka Obi <emeka.obi@example.com>", deploys: [28] },
];

export function runSeed(w: SeedWriter, seed: SeedName, cluster: string): void {
  seedSystem(w);
  if (seed.startsWith("scale:")) {
    const [namespaces = 0, services = 0] = seed.slice(6).split("x").map(Number);
    seedScale(w, cluster, namespaces, services);
    return;
  }
  const big = seed === "production";
  seedNodes(w, cluster, 3, big ? { cpu: 8, memoryGi: 32, pods: 110 } : { cpu: 4, memoryGi: 16, pods: 110 });
  if (seed === "demo") {
    for (const b of BRANCHES) {
      const slug = branchSlug(b.branch);
      seedEnvironment(w, {
        namespace: slug, environment: ENVIRONMENT_BRANCH, branch: b.branch, host: `${slug}.staging.school.example.com`, crashing: b.crashing, leaking: b.leaking,
        commits: b.deploys.map((h) => ({ sha: w.hexId(40), author: b.author, deployedBy: h > 24 ? "ci" : b.author.replace(/^.*<|>$/g, ""), ago: h * HOUR })),
      });
    }
  } else if (seed === "production") {
    seedEnvironment(w, {
      namespace: "production", environment: "production", host: "school.example.com",
      commits: [14, 7, 1].map((d) => ({ sha: w.hexId(40), author: "Ana Souza <ana.souza@example.com>", deployedBy: "ci", ago: d * DAY })),
    });
  }
}
