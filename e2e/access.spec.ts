import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

test("an engineer sees no Admin, is refused the admin and audit pages (403), and can read the rules", async ({ page }) => {
  await signInAs(page, demo.engineer);
  const nav = page.getByRole("navigation", { name: "Areas" });
  await expect(nav.getByRole("link", { name: "Audit" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of ["/admin", "/audit"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }
  await page.screenshot({ path: "test-results/e2e/forbidden.png" });
  expect((await page.request.get("/api/audit")).status()).toBe(403);

  await page.goto("/access");
  const rules = page.getByRole("table", { name: "Rules" });
  await expect(rules.getByRole("row", { name: /workload\.deploy/ })).toContainText("in production with an approved request");
  await expect(rules.getByRole("row", { name: /admin\.manage/ }).locator('[data-role="admin"]').getByLabel("always")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/access.png", fullPage: true });
});

test("an admin manages teams and people, and every change is audited", async ({ page }) => {
  await signInAs(page, demo.admin, "/admin");
  await expect(page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Admin" })).toBeVisible();
  const teamForm = page.getByRole("form", { name: "Save a team" });
  await teamForm.getByLabel("Slug").fill("search");
  await teamForm.getByLabel("Name").fill("Search");
  await teamForm.getByLabel("Services it owns (comma-separated)").fill("search-api, indexer");
  await teamForm.getByRole("button", { name: "Save team" }).click();
  await expect(page.getByRole("table", { name: "Teams" })).toContainText("search-api, indexer");

  const erin = page.getByRole("row", { name: /Erin Engineer/ });
  await erin.getByRole("checkbox", { name: "search" }).check();
  await erin.getByRole("button", { name: "Save Erin Engineer" }).click();
  await expect(erin.getByText("saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /Erin Engineer/ }).getByRole("checkbox", { name: "search" })).toBeChecked();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/e2e/admin.png", fullPage: true });

  await page.goto("/audit?action=person.update");
  await expect(page.getByRole("table", { name: "Audit records" })).toContainText("max.admin@pier.test");
});
