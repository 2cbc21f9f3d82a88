import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs, signOut } from "./support/sign-in";

// Deploys from the browser: an engineer deploys a branch of the example monorepo and watches it
// roll out, restarts a service, rolls back (with the diff first, and with one click after a
// crash-looping deploy); in production an engineer is refused and an SRE is not; an auditor
// finds every one of these in the audit log. Only namespaces this file creates are changed in
// staging, and only backoffice in production.

const monorepo = path.resolve(process.env.PIER_TEST_SCRATCH ?? ".data/e2e", "pier-data", "monorepo");
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/e2e/deploys-${name}.png`, fullPage: true });
const run = Date.now().toString(36);
const crashBranch = `e2e/crash-${run}`;
/** Namespaces this file made: deleted again at the end (other specs count the demo's environments). */
const made: string[] = [];

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));
test.describe.configure({ mode: "serial" });

async function submitDeploy(page: Page, branch: string, commit = "") {
  await page.goto("/environments");
  await page.getByRole("button", { name: "Deploy a branch" }).click();
  const form = page.getByRole("form", { name: "Deploy a branch" });
  await form.getByLabel("Branch").fill(branch);
  await form.getByLabel("Commit (optional)").fill(commit);
  await form.getByLabel("Reason (optional)").fill(`e2e ${run}`);
  await form.getByRole("button", { name: "Deploy" }).click();
}

async function deploy(page: Page, branch: string, commit = "") {
  await submitDeploy(page, branch, commit);
  await expect(page).toHaveURL(/\/environments\/staging\/[a-z0-9-]+$/, { timeout: 20_000 });
  const namespace = new URL(page.url()).pathname.split("/").pop()!;
  if (!made.includes(namespace)) made.push(namespace);
}

test("an engineer deploys a branch, watches it roll out, restarts a service and rolls back", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demo.engineer, "/environments");
  await deploy(page, "erin/faster-search");
  await expect(page.getByRole("heading", { level: 1, name: "erin/faster-search" })).toBeVisible();
  await expect(page.getByText(/Rolling out|All 6 services rolled out/).first()).toBeVisible();
  await expect(page.getByText("All 6 services rolled out")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("expiry")).toContainText("Expires");
  await expect(page.getByRole("table", { name: "Deploy history" })).toContainText("deploy");
  await shot(page, "environment-rolled-out");

  await page.getByRole("table", { name: "Services" }).getByRole("link", { name: "learn", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "learn" })).toBeVisible();
  const actions = page.getByLabel("Service actions");
  await actions.getByPlaceholder("Why you are doing this").fill("clear the search cache");
  await actions.getByRole("button", { name: "Restart" }).click();
  await expect(actions.getByRole("status")).toContainText("deployment.apps/learn restarted");
  await expect(page.locator("[data-rollout-state=complete]")).toContainText("revision 2", { timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Deploy history" }).getByRole("row").nth(1)).toContainText("clear the search cache");
  await shot(page, "service-restarted");

  await actions.getByRole("button", { name: "Roll back…" }).click();
  const panel = page.getByLabel("Roll back", { exact: true });
  await expect(panel.getByLabel("Pod template diff")).toContainText("kubectl.kubernetes.io/restartedAt");
  await shot(page, "rollback-diff");
  await panel.getByRole("button", { name: "Roll back to revision 1" }).click();
  await expect(actions.getByRole("status")).toContainText("deployment.apps/learn rolled back to revision 1");
  await expect(page.locator("[data-rollout-state=complete]")).toContainText("revision 3", { timeout: 30_000 });

  // Merged: its owner deletes the environment (an audited action).
  await page.goto(`/environments/staging/${made[0]}`);
  await page.getByRole("button", { name: "Delete environment…" }).click();
  await page.getByRole("button", { name: `Delete ${made[0]} and everything in it` }).click();
  await expect(page).toHaveURL(/\/environments$/);
});

test("a crash-looping deploy is reported with its reason and rolled back in one click", async ({ page }) => {
  test.setTimeout(120_000);
  // A developer's branch in the example monorepo, the way anyone would make one.
  execFileSync("git", ["-C", monorepo, "branch", "-f", crashBranch, "fix/billing-rounding"]);
  await signInAs(page, demo.engineer, "/environments");
  await deploy(page, crashBranch, execFileSync("git", ["-C", monorepo, "rev-parse", "main"]).toString().trim());
  await expect(page.getByText("All 6 services rolled out")).toBeVisible({ timeout: 30_000 });
  await deploy(page, crashBranch);
  await expect(page.getByRole("alert").filter({ hasText: "failed to roll out" })).toContainText("billing", { timeout: 30_000 });
  await page.getByRole("table", { name: "Services" }).getByRole("link", { name: "billing", exact: true }).click();
  const failed = page.locator("[data-rollout-state=failed]");
  await expect(failed).toContainText("Rollout failed · revision 2");
  await expect(failed).toContainText("CrashLoopBackOff");
  await shot(page, "crash-failed");
  await failed.getByRole("button", { name: "Roll back to revision 1" }).click();
  await expect(page.locator("[data-rollout-state=complete]")).toContainText("revision 3", { timeout: 30_000 });
  await shot(page, "crash-rolled-back");
});

test("a redeploy prunes what the branch no longer has, and says so", async ({ page }) => {
  test.setTimeout(90_000);
  const branch = `e2e/prune-${run}`;
  const git = (...args: string[]) => execFileSync("git", ["-C", monorepo, ...args]).toString().trim();
  git("branch", "-f", branch, "main");
  await signInAs(page, demo.engineer, "/environments");
  await deploy(page, branch);
  await expect(page.getByRole("table", { name: "Services" })).toContainText("link");

  // The branch drops link's PodDisruptionBudget, committed in a work tree of its own.
  const work = path.join(path.dirname(monorepo), `prune-work-${run}`);
  git("worktree", "add", "-q", work, branch);
  try {
    execFileSync("git", ["-C", work, "rm", "-q", "services/link/kubernetes/pdb.yaml"]);
    execFileSync("git", ["-C", work, "-c", "user.name=Erin Engineer", "-c", "user.email=erin.engineer@pier.test", "commit", "-q", "-m", "link: no PDB in branch environments"]);
  } finally {
    git("worktree", "remove", "--force", work);
  }

  await submitDeploy(page, branch);
  const report = page.getByRole("status").filter({ hasText: "pruned 1 object the commit no longer has" });
  await expect(report).toContainText("PodDisruptionBudget/link", { timeout: 20_000 });
  await shot(page, "pruned");
  await page.getByRole("link", { name: `Open ${made.at(-1)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/environments/staging/${made.at(-1)}$`));
});

test("in production an engineer is refused and an SRE is not; all of it is in the audit log", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, demo.engineer, "/environments/production/production/backoffice");
  const actions = page.getByLabel("Service actions");
  await expect(actions).toContainText("may restart workloads only in staging");
  await actions.getByPlaceholder("Why you are doing this").fill("memory looks high");
  await actions.getByRole("button", { name: "Restart" }).click();
  await expect(actions.getByRole("alert")).toContainText("Refused: a person with the role engineer may restart workloads only in staging");
  await shot(page, "production-refused");
  await signOut(page);

  await signInAs(page, demo.sre, "/environments/production/production/backoffice");
  await actions.getByRole("button", { name: "Restart" }).click();
  await expect(actions.getByRole("alert")).toContainText("reason: is required for actions in production");
  await actions.getByPlaceholder("Why you are doing this").fill("memory looks high");
  await actions.getByRole("button", { name: "Restart" }).click();
  await expect(actions.getByRole("status")).toContainText("deployment.apps/backoffice restarted");
  await expect(page.locator("[data-rollout-state=complete]")).toBeVisible({ timeout: 30_000 });
  await shot(page, "production-sre");
  await signOut(page);

  await signInAs(page, demo.auditor, "/audit?action=workload.*");
  const records = page.getByRole("table", { name: "Audit records" });
  await expect(records).toContainText("workload.restart");
  await shot(page, "audit");
  const audit = async (query: string) => (await (await page.request.get(`/api/audit?limit=200&${query}`)).json()).records as Array<{ action: string; outcome: string; actor: { display: string }; target: { namespace: string; name: string }; reason: string | null }>;
  const deploys = await audit("action=environment.deploy&actor=erin.engineer%40pier.test");
  expect(deploys.filter((r) => r.reason === `e2e ${run}` && r.outcome === "succeeded").length).toBeGreaterThanOrEqual(5);
  const workload = await audit("action=workload.*");
  const find = (action: string, outcome: string, actor: string, name: string) => workload.some((r) => r.action === action && r.outcome === outcome && r.actor.display === actor && r.target.name === name);
  expect(find("workload.restart", "succeeded", "erin.engineer@pier.test", "learn")).toBe(true);
  expect(find("workload.rollback", "succeeded", "erin.engineer@pier.test", "learn")).toBe(true);
  expect(find("workload.rollback", "succeeded", "erin.engineer@pier.test", "billing")).toBe(true);
  expect(find("workload.restart", "denied", "erin.engineer@pier.test", "backoffice")).toBe(true);
  expect(find("workload.restart", "succeeded", "sam.sre@pier.test", "backoffice")).toBe(true);
  expect((await audit("action=environment.delete")).some((r) => r.outcome === "succeeded" && r.actor.display === "erin.engineer@pier.test")).toBe(true);
});

test.afterAll(async ({ browser }) => {
  // An SRE deletes what is left (the crash branch's environment is Chen's, not Erin's), and waits until it is gone.
  const page = await browser.newPage();
  await signInAs(page, demo.sre);
  for (const namespace of made) {
    await page.request.delete(`/api/clusters/staging/namespaces/${namespace}`, { data: { reason: "end of the e2e run" } });
    await expect.poll(async () => (await page.request.get(`/api/clusters/staging/namespaces/${namespace}`)).status(), { timeout: 20_000 }).toBe(404);
  }
  await page.close();
});
