import { expect, test, type Page } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs, signOut } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

const item = (page: Page, title: string) => page.getByRole("listitem", { name: title });
const score = async (page: Page) => Number(await page.getByTestId("overall-score").textContent());

test("the overview lists services by standard, worst first, filterable by team", async ({ page }) => {
  await signInAs(page, demo.lead, "/readiness");
  const table = page.getByRole("table", { name: "Readiness by service and standard" });
  await expect(table.getByRole("link", { name: "billing", exact: true })).toBeVisible();
  const scores = await table.getByTestId("score").allTextContents();
  expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => a - b));
  await page.getByLabel("Filter by team").selectOption("payments");
  await expect(page).toHaveURL(/team=payments/);
  await expect(table.getByRole("row")).toHaveCount(3); // header, billing, video-payment
  await page.screenshot({ path: "test-results/e2e/readiness-overview.png", fullPage: true });
});

test("a lead ticks an item of their team's service with evidence and sees the score change", async ({ page }) => {
  await signInAs(page, demo.lead, "/readiness/billing");
  await expect(page.getByRole("heading", { level: 1, name: "billing readiness" })).toBeVisible();
  // Automatic items carry the live reason read from the production cluster.
  await expect(item(page, "Readiness and liveness probes").getByTestId("reason")).toHaveText("1 of 1 container has no readiness probe: billing; 1 of 1 container has no liveness probe: billing");
  const before = await score(page);
  const tests = item(page, "Unit, integration and end-to-end tests run on every push");
  await tests.getByRole("button", { name: "Tick…" }).click();
  await tests.getByLabel("Evidence link").fill("https://ci.example.com/school/pipelines/billing");
  await tests.getByLabel("Note").fill("unit, integration and e2e on every branch");
  await tests.getByRole("button", { name: "Tick with this evidence" }).click();
  await expect(tests.getByTestId("mark")).toContainText("Ticked by Leo Lead");
  await expect(tests.getByRole("link", { name: "evidence" })).toHaveAttribute("href", "https://ci.example.com/school/pipelines/billing");
  await expect.poll(() => score(page)).toBeGreaterThan(before);
  await page.screenshot({ path: "test-results/e2e/readiness-ticked.png", fullPage: true });

  await page.reload(); // stored, not just shown
  await expect(item(page, "Unit, integration and end-to-end tests run on every push").getByTestId("mark")).toContainText("Ticked by Leo Lead");
  await item(page, "Unit, integration and end-to-end tests run on every push").getByRole("button", { name: "Untick" }).click();
  await expect.poll(() => score(page)).toBe(before);
});

test("an engineer cannot tick, and the attempt is in the audit log", async ({ page }) => {
  await signInAs(page, demo.engineer, "/readiness/billing");
  await expect(page.getByText("You can read this checklist")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tick…" })).toHaveCount(0);
  const status = await page.evaluate(async () => {
    const res = await fetch("/api/readiness/billing/items/tests-in-ci/tick", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ evidenceNote: "trust me" }) });
    return { status: res.status, body: await res.json() };
  });
  expect(status).toEqual({ status: 403, body: { error: "a person with the role engineer may not tick readiness items" } });
  await page.screenshot({ path: "test-results/e2e/readiness-engineer.png", fullPage: true });
  await signOut(page);

  await signInAs(page, demo.auditor, "/audit");
  const audit = await page.request.get("/api/audit?outcome=denied&action=readiness.tick&actor=erin.engineer%40pier.test&limit=1");
  const [record] = (await audit.json()).records;
  expect(record).toMatchObject({ action: "readiness.tick", outcome: "denied", target: { kind: "ReadinessItem", name: "billing/tests-in-ci" } });
});
