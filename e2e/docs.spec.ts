import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

test("docs render with sidebar, outline, diagrams and previous/next", async ({ page }) => {
  await signInAs(page, demo.engineer, "/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Docs" })).toBeVisible();
  const sidebar = page.getByRole("navigation", { name: "Docs" });
  await sidebar.getByRole("link", { name: "Manifests without templates" }).click();
  await expect(page).toHaveURL(/\/docs\/kubernetes\/manifests-without-templates$/);
  await expect(page.getByRole("heading", { level: 1, name: "Manifests without templates" })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: "Manifests without templates" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Why http://link works everywhere" })).toBeVisible();
  await expect(page.locator(".mermaid-diagram svg")).toBeVisible(); // drawn by the lazily loaded Mermaid
  await expect(page.locator("pre code.hljs .hljs-attr").first()).toBeVisible(); // highlighted YAML
  await expect(page.locator(".markdown-alert-warning")).toContainText("Do not write a namespace into a URL");
  await page.screenshot({ path: "test-results/e2e/docs-page.png", fullPage: true });
  await page.getByRole("radio", { name: "Dark theme" }).click();
  await expect(page.locator(".mermaid-diagram svg")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/docs-page-dark.png", fullPage: true });
  await page.getByRole("radio", { name: "Light theme" }).click();
  await page.getByRole("link", { name: /Next Setting requests and limits/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Setting requests and limits" })).toBeVisible();
});

test("search finds a doc by a word in its body, with the word highlighted", async ({ page }) => {
  await signInAs(page, demo.engineer, "/docs");
  const box = page.getByRole("searchbox", { name: "Search the docs" }).first();
  await box.fill("ndots");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/docs\/search\?q=ndots/);
  const hit = page.getByRole("list", { name: "Search results" }).getByRole("listitem").filter({ hasText: "Manifests without templates" });
  await expect(hit.locator("mark", { hasText: "ndots" })).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/docs-search.png", fullPage: true });
  await hit.getByRole("link").first().click();
  await expect(page).toHaveURL(/manifests-without-templates#why-httplink-works-everywhere$/);

  const api = await page.request.get("/api/docs/search?q=ndots&limit=3");
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body.hits[0]).toMatchObject({ title: "Manifests without templates", href: "/docs/kubernetes/manifests-without-templates#why-httplink-works-everywhere" });
  expect(body.hits[0].excerpt.some((p: { text: string; hit: boolean }) => p.hit && p.text === "ndots")).toBe(true);
});

test("an unknown doc is a 404", async ({ page }) => {
  await signInAs(page, demo.engineer, "/docs");
  expect((await page.goto("/docs/no/such/page"))?.status()).toBe(404);
});
