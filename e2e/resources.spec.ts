import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs } from "./support/sign-in";

// Resources, as engineers and SREs use them on the embedded demo (history backfilled at start):
// a service's usage against its request and limit, its charts, the advice's YAML on the
// clipboard; the environment's resources column; the SRE view sorted and exported.

const main = "main-0d6e4079";
const checkout = "feature-video-checkout-daa707c7";
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/e2e/resources-${name}.png`, fullPage: true });

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

/** Pier backfills the demo's history in the background at start: wait for it before looking. */
async function historyBackfilled(page: Page, namespace: string, service: string): Promise<void> {
  const url = `/api/clusters/staging/namespaces/${namespace}/services/${service}/resources/history?range=14d`;
  await expect.poll(async () => ((await (await page.request.get(url)).json()) as { points?: unknown[] }).points?.length ?? 0, { timeout: 60_000 }).toBeGreaterThan(600);
}

test("a service page shows usage against request and limit, the charts with their lines, and advice that copies", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, demo.engineer, `/environments/staging/${main}/billing`);
  await historyBackfilled(page, main, "billing");
  await page.reload();
  const live = page.getByRole("table", { name: "Live usage" });
  const cpu = live.locator('[data-figures="cpu"]').first();
  await expect(cpu).toContainText("req 500m · lim 2");
  await expect(cpu).toContainText(/^\d+(\.\d)?m/); // the plain usage figure comes first
  await expect(cpu).toContainText(/\d+ % of request · \d+ % of limit/);
  await expect(live.locator('[data-figures="memory"]').first()).toContainText("req 1 GiB · lim 4 GiB");
  await expect(live).toContainText("CPU request far above usage");

  const cpuChart = page.locator('[data-chart="cpu"]').first();
  await expect(cpuChart.locator(".recharts-line")).toHaveCount(2); // usage and its max
  await expect(cpuChart.locator(".recharts-reference-line")).toHaveCount(1); // the request; the limit is far above
  await expect(cpuChart).toContainText("request 500m");
  await expect(cpuChart).toContainText("limit 2, above the chart");
  await expect(page.locator('[data-chart="memory"]').first()).toContainText("limit 4 GiB, above the chart");
  await page.getByRole("group", { name: "Range of billing's charts" }).getByRole("button", { name: "14d" }).click();
  await expect(page.getByRole("group", { name: "Range of billing's charts" }).getByRole("button", { name: "14d" })).toHaveAttribute("aria-pressed", "true");
  await expect(cpuChart.locator(".recharts-line")).toHaveCount(2);

  const advice = page.getByRole("table", { name: "Advice for billing" });
  await expect(advice).toContainText("500m →");
  await expect(page.getByText("services/billing/kubernetes/deployment.yaml")).toBeVisible();
  await page.getByRole("button", { name: "Copy the resources YAML of billing" }).click();
  await expect(page.getByRole("button", { name: "Copy the resources YAML of billing" })).toContainText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^resources:\n {2}requests:\n {4}cpu: \d+m\n {4}memory: \d+Mi\n {2}limits:\n {4}cpu: \d+m\n {4}memory: \d+Mi\n$/);
  expect(copied).toBe(await page.getByLabel("resources YAML of billing", { exact: true }).textContent());
  await page.locator('[data-advice="billing"]').scrollIntoViewIfNeeded();
  await shot(page, "service");
});

test("the leaking service is flagged OOMKilled, with the kills marked on its memory chart", async ({ page }) => {
  await signInAs(page, demo.engineer, `/environments/staging/${checkout}/video-payment`);
  await historyBackfilled(page, checkout, "video-payment");
  await page.reload();
  await expect(page.getByRole("table", { name: "Live usage" })).toContainText("OOMKilled recently");
  const memory = page.locator('[data-chart="memory"]').first();
  await expect(memory.locator(".recharts-line")).toHaveCount(2);
  await expect(memory.locator(".recharts-reference-line")).toHaveCount(2); // tight: request 128 MiB and limit 192 MiB both drawn
  await expect(memory).toContainText("limit 192 MiB");
  await expect(memory.locator(".recharts-scatter-symbol").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Advice for video-payment" })).toContainText("critical");
  await shot(page, "oom");
});

test("an environment's services show their resources in a column", async ({ page }) => {
  await signInAs(page, demo.engineer, `/environments/staging/${main}`);
  const cell = page.getByRole("table", { name: "Services" }).locator('[data-usage-cell="billing"]');
  await expect(cell).toContainText(/CPU \d+(\.\d)?m \/ 500m \(2\)/);
  await expect(cell).toContainText(/mem \d+(\.\d)? MiB \/ 1 GiB \(4 GiB\)/);
});

test("the SRE view sorts by waste and by risk, and exports CSV", async ({ page }) => {
  await signInAs(page, demo.sre, "/resources?cluster=staging");
  await historyBackfilled(page, main, "billing");
  await page.reload();
  const table = page.getByRole("table", { name: "Workloads" });
  await expect(table.getByRole("row").nth(1)).toContainText("billing"); // most reserved for nothing
  await expect(page.getByRole("table", { name: "Totals by team" })).toContainText("payments");
  await expect(page.getByRole("list", { name: "Quotas and limit ranges" })).toContainText("ResourceQuota branch-quota");
  await table.getByRole("button", { name: "Risk" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("video-payment");
  await expect(table.getByRole("row").nth(1)).toContainText("OOMKilled");
  await expect(page).toHaveURL(/sort=risk/);
  await shot(page, "sre-view");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const lines = readFileSync((await (await download).path())!, "utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/^namespace,environment,branch,workload,kind,container,team,replicas,cpu_request_m,/);
  expect(lines).toHaveLength(31); // the header and the 30 workload containers of staging
  expect(lines[1]).toContain(",video-payment,"); // in the order shown: by risk
});
