import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSession } from "@/lib/auth/session/create-session";
import type { RouteContext } from "@/lib/audit/door/define-route";
import { clustersOf } from "@/lib/kube/clusters";
import { startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { makePerson } from "@/lib/testing/people";
import type { DeployContext } from "../deploy-context";
import { buildExampleMonorepo } from "../monorepo/build-example-monorepo";
import { runGit } from "../monorepo/run-git";

// Integration tests of deploys: an embedded cluster (seed "empty" unless asked), the example
// monorepo built into a temporary directory, the DeployContext they make, and people with
// sessions to send requests through the door as a browser would.

export interface DeployFixture {
  cluster: TestCluster;
  context: DeployContext;
  monorepoDir: string;
  /** The SHA of a ref of the example monorepo ("main", "main~1", "fix/billing-rounding"). */
  sha(ref: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startDeployFixture(options: { seed?: "empty" | "demo"; ttlHours?: number } = {}): Promise<DeployFixture> {
  const dir = mkdtempSync(path.join(tmpdir(), "pier-deploy-test-"));
  const monorepoDir = await buildExampleMonorepo(path.resolve("content/monorepo"), path.join(dir, "monorepo"));
  const cluster = await startTestCluster({ seed: options.seed ?? "empty", timeScale: 50 });
  await cluster.runtime.whenSettled(15_000);
  const context: DeployContext = {
    clusters: clustersOf([cluster.runtime]),
    monorepo: async () => ({ dir: monorepoDir, refresh: async () => {} }),
    settings: { imageRegistry: "registry.example.com", ttlHours: options.ttlHours ?? 168 },
  };
  return {
    cluster,
    context,
    monorepoDir,
    sha: async (ref) => (await runGit(monorepoDir, ["rev-parse", `${ref}^{commit}`])).trim(),
    async stop() {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const origin = "http://127.0.0.1:3000";

/** A person with a browser session: calls a door route handler as the page's fetch would. */
export async function personWithSession(email: string, role: Parameters<typeof makePerson>[1]) {
  const person = await makePerson(email, role);
  const cookie = `pier_session=${(await createSession({ userId: person.id })).value}`;
  return {
    ...person,
    async call(handler: (request: Request, context: RouteContext) => Promise<Response>, params: Record<string, string>, body: unknown = {}, method = "POST") {
      const request = new Request(`${origin}/api/test`, { method, headers: { host: "127.0.0.1:3000", origin, cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
      const response = await handler(request, { params: Promise.resolve(params) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
  };
}
