import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs } from "./support/sign-in";

const areas = ["Environments", "Resources", "Docs", "Readiness", "Consoles", "Audit"];

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));
test.beforeEach(async ({ page }) => signInAs(page, demo.admin)); // admins may open every area, Audit included

test("the shell navigates every area with breadcrumbs and honest empty states", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Max" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Areas" });
  for (const area of areas) {
    await nav.getByRole("link", { name: area }).click();
    await expect(page).toHaveURL(new RegExp(`/${area.toLowerCase()}$`));
    await expect(page.getByRole("heading", { level: 1, name: area })).toBeVisible();
    await expect(nav.getByRole("link", { name: area })).toHaveAttribute("aria-current", "page");
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: "Home" })).toBeVisible();
    await expect(crumbs.getByText(area)).toHaveAttribute("aria-current", "page");
  }
  await page.screenshot({ path: "test-results/e2e/shell-light.png", fullPage: true });
});

test("the theme switches between light and dark and survives a reload", async ({ page }) => {
  await page.goto("/environments");
  const html = page.locator("html");
  await page.getByRole("radio", { name: "Dark theme" }).click();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole("radio", { name: "Dark theme" })).toHaveAttribute("aria-checked", "true");
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.screenshot({ path: "test-results/e2e/shell-dark.png", fullPage: true });
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByRole("radio", { name: "Light theme" }).click();
  await expect(html).not.toHaveClass(/dark/);
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightBackground).not.toBe(darkBackground);
});

test("health endpoints answer JSON", async ({ request }) => {
  const health = await request.get("/api/healthz");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
  const ready = await request.get("/api/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: { ok: true } } });
});

test("an unknown page is a 404 with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-area");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
