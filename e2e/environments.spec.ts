import { expect, test, type Page } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { embeddedCluster } from "./support/embedded-clusters";
import { demo, signInAs } from "./support/sign-in";

// Branch environments, live: the list, one environment, one service and its logs; changes made
// in the cluster appear without a reload; a production outage shows its banner while staging works.

const staging = embeddedCluster("staging");
const billingNs = "fix-billing-rounding-59891d21";
const testNs = "feature-e2e-live-4f6b1c2a";
const labels = { "app.kubernetes.io/name": "web" };
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/e2e/environments-${name}.png`, fullPage: true });

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

async function deleteTestNamespace() {
  await staging.core.deleteNamespace({ name: testNs }).catch(() => undefined);
}

test("the list leads to an environment, a service and its logs, following", async ({ page }) => {
  await signInAs(page, demo.engineer, "/environments");
  await expect(page.getByRole("heading", { level: 1, name: "Environments" })).toBeVisible();
  const table = page.getByRole("table", { name: "Environments" });
  await expect(table.getByRole("link", { name: "fix/billing-rounding" })).toBeVisible();
  await expect(table.getByRole("row", { name: /fix\/billing-rounding/ })).toContainText("CrashLoopBackOff");
  await expect(table.getByRole("row", { name: /production/ }).first()).toContainText("production");
  await shot(page, "list");

  await page.getByRole("textbox", { name: "Filter environments" }).fill("chen");
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.getByRole("combobox", { name: "Health" }).selectOption("healthy");
  await expect(page.getByText("No environment matches these filters")).toBeVisible();
  await page.goto("/environments?sort=cpu:desc");
  await expect(table.getByRole("row").nth(1)).toContainText("production");

  await table.getByRole("link", { name: "fix/billing-rounding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "fix/billing-rounding" })).toBeVisible();
  const services = page.getByRole("table", { name: "Services" });
  await expect(services.getByRole("row", { name: /billing/ }).first()).toContainText("http://billing");
  await expect(page.getByRole("list", { name: "nginx routes" })).toContainText("/learn/");
  await expect(page.getByRole("table", { name: "Warning events" })).toContainText("BackOff");
  await shot(page, "environment");

  await services.getByRole("link", { name: "billing", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "billing" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Pods" })).toContainText("CrashLoopBackOff");
  await expect(page.getByRole("table", { name: "Revisions" })).toContainText("current");
  await expect(page.getByRole("table", { name: "billing elsewhere" })).toContainText("production");
  await page.getByRole("checkbox", { name: "Previous container" }).check();
  await expect(page.getByRole("status").filter({ hasText: "End of log" })).toBeVisible();
  await expect(page.getByLabel("Log output")).not.toBeEmpty();

  // Its docs by convention: billing has a runbook and an architecture doc, nginx has neither.
  const links = page.getByRole("navigation", { name: "Service links" });
  await expect(links.getByRole("link", { name: "Architecture" })).toHaveAttribute("href", "/docs/services/billing/architecture");
  await expect(links.getByRole("link", { name: "Readiness" })).toHaveAttribute("href", "/readiness/billing");
  await links.getByRole("link", { name: "Runbook" }).click();
  await expect(page).toHaveURL(/\/docs\/services\/billing\/runbook$/);

  await page.goto(`/environments/staging/${billingNs}/nginx`);
  await expect(page.getByRole("navigation", { name: "Service links" }).getByRole("link", { name: "No runbook" })).toBeVisible();
  const log = page.getByLabel("Log output");
  await expect(page.locator("[data-log-state=streaming]")).toBeVisible();
  const before = (await log.textContent())!.length;
  await expect.poll(async () => (await log.textContent())!.length, { timeout: 10_000 }).toBeGreaterThan(before);
  await shot(page, "service-logs");
});

test("changes in the cluster appear without a reload", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, demo.engineer, "/environments?owner=mine");
  await deleteTestNamespace(); // left over from an earlier run against the same data
  await expect.poll(async () => (await page.request.get(`/api/clusters/staging/namespaces/${testNs}`)).status(), { timeout: 20_000 }).toBe(404);
  await page.reload();
  await expect(page.getByText("No environment matches these filters")).toBeVisible();

  await staging.core.createNamespace({
    body: { metadata: { name: testNs, labels: { "pier.dev/environment": "branch" }, annotations: { "pier.dev/branch": "feature/e2e-live", "pier.dev/author": `${demo.engineer} <erin.engineer@pier.test>` } } },
  });
  const row = page.getByRole("row", { name: /feature\/e2e-live/ });
  await expect(row).toBeVisible({ timeout: 3_000 });

  const deployment = (image: string, replicas: number) => ({
    metadata: { name: "web", labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: "web", image }] } } },
  });
  await staging.apps.createNamespacedDeployment({ namespace: testNs, body: deployment("registry.example.com/web:v1", 1) });
  await expect(row).toContainText("1/1 ready", { timeout: 5_000 });

  await row.getByRole("link", { name: "feature/e2e-live" }).click();
  const services = page.getByRole("table", { name: "Services" });
  await expect(services).toContainText("1/1");
  await staging.apps.patchNamespacedDeploymentScale({ name: "web", namespace: testNs, body: [{ op: "replace", path: "/spec/replicas", value: 3 }] });
  await expect(services.getByLabel("3 of 3 ready")).toBeVisible({ timeout: 5_000 });

  await staging.apps.replaceNamespacedDeployment({ name: "web", namespace: testNs, body: deployment("registry.example.com/web:crashloop-v2", 3) });
  await expect(services).toContainText("CrashLoopBackOff", { timeout: 8_000 });
  await shot(page, "live-crashloop");

  const json = await page.request.get(`/api/clusters/staging/namespaces/${testNs}`);
  expect(await json.json()).toMatchObject({ summary: { branch: "feature/e2e-live", problem: { reason: "CrashLoopBackOff" } } });

  await deleteTestNamespace();
  await expect(page.getByText("This environment no longer exists")).toBeVisible({ timeout: 10_000 });
});

test("a production outage shows its banner while staging works, then recovers", async ({ page }) => {
  test.setTimeout(90_000);
  const production = embeddedCluster("production");
  await signInAs(page, demo.engineer, "/environments");
  const table = page.getByRole("table", { name: "Environments" });
  await expect(table.getByRole("link", { name: "production" })).toBeVisible();
  production.takeDown();
  try {
    await expect(page.getByTestId("unreachable-production")).toContainText("Unreachable since", { timeout: 8_000 });
    await expect(table.getByRole("link", { name: "fix/billing-rounding" })).toBeVisible();
    await shot(page, "production-down");
    await page.reload();
    await expect(page.getByTestId("unreachable-production")).toBeVisible();
    await table.getByRole("link", { name: "main", exact: true }).click();
    await expect(page.getByRole("table", { name: "Services" })).toContainText("learn");
    await page.goBack();
  } finally {
    production.bringBack();
  }
  await expect(page.getByTestId("unreachable-production")).toHaveCount(0, { timeout: 20_000 });
  await expect(table.getByRole("link", { name: "production" })).toBeVisible();
});

test("bad names: 400 from the API, 404 pages and errors that name what is missing", async ({ page, request }) => {
  await signInAs(page, demo.engineer, "/environments");
  const bad = await page.request.get("/api/clusters/staging/namespaces/Not_Valid");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: '"Not_Valid" is not a valid namespace name' });
  const unknown = await page.request.get("/api/clusters/nowhere/namespaces");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'cluster "nowhere" not found' });
  const service = await page.request.get(`/api/clusters/staging/namespaces/${billingNs}/services/ghost`);
  expect(await service.json()).toMatchObject({ error: expect.stringContaining('service "ghost" not found') });
  expect((await page.goto(`/environments/staging/no-such-branch`))?.status()).toBe(404);
  expect((await page.goto(`/environments/staging/${billingNs}/ghost`))?.status()).toBe(404);
  expect((await request.get("/api/clusters")).status()).toBe(401);
});

test("the command palette jumps to a service by name", async ({ page }) => {
  await signInAs(page, demo.engineer, "/environments");
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Go to environment, service, page or doc" });
  await input.fill("billing fix");
  await expect(page.getByRole("option", { name: /billing/ }).first()).toBeVisible();
  await shot(page, "palette");
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/environments/staging/${billingNs}/billing$`));
});

test("the command palette finds docs beside environments and services", async ({ page }) => {
  await signInAs(page, demo.engineer, "/environments");
  await page.keyboard.press("Control+k");
  const input = page.getByRole("combobox", { name: "Go to environment, service, page or doc" });
  await input.fill("rails console policy");
  const doc = page.getByRole("option", { name: /Rails console policy/ }).first();
  await expect(doc).toBeVisible();
  await doc.click();
  await expect(page).toHaveURL(/\/docs\/operations\/rails-console/);
  await expect(page.getByRole("heading", { level: 1, name: "Rails console policy" })).toBeVisible();
});
