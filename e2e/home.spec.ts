import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { embeddedCluster } from "./support/embedded-clusters";
import { demo, signInAs } from "./support/sign-in";

// The home page answers "is my branch up, and what waits for me?" for the person signed in.
const staging = embeddedCluster("staging");
const namespace = "feature-home-page-e2e";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));
test.afterAll(async () => {
  await staging.core.deleteNamespace({ name: namespace }).catch(() => undefined);
});

test("a lead sees their own environments and their team's least ready services", async ({ page }) => {
  await staging.core.deleteNamespace({ name: namespace }).catch(() => undefined);
  await expect.poll(async () => staging.core.readNamespace({ name: namespace }).then(() => "there", () => "gone"), { timeout: 20_000 }).toBe("gone");
  await staging.core.createNamespace({
    body: {
      metadata: {
        name: namespace,
        labels: { "pier.dev/environment": "branch" },
        annotations: { "pier.dev/branch": "feature/home-page", "pier.dev/author": `${demo.lead} <leo.lead@pier.test>`, "pier.dev/deployed-at": new Date().toISOString() },
      },
    },
  });

  await signInAs(page, demo.lead, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Leo" })).toBeVisible();
  const mine = page.getByRole("list", { name: "Your environments" });
  await expect(mine.getByRole("link", { name: "feature/home-page" })).toBeVisible({ timeout: 10_000 });
  await expect(mine).not.toContainText("feature/video-checkout"); // someone else's
  await expect(mine.getByRole("listitem").filter({ hasText: "feature/home-page" })).toContainText("no services yet");

  // Leo leads "payments" (billing, video-payment): only those are listed, worst first.
  const readiness = page.getByRole("region", { name: "Your team's least ready services" });
  await expect(readiness.getByRole("link", { name: "billing" })).toBeVisible();
  await expect(readiness.getByRole("link", { name: "video-payment" })).toBeVisible();
  await expect(readiness.getByRole("link", { name: "learn" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/e2e/home-lead.png", fullPage: true });

  await mine.getByRole("link", { name: "feature/home-page" }).click();
  await expect(page).toHaveURL(new RegExp(`/environments/staging/${namespace}$`));
});

test("someone without environments is told how to get one", async ({ page }) => {
  await signInAs(page, demo.auditor, "/");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Ada" })).toBeVisible();
  await expect(page.getByText("No branch environments of yours")).toBeVisible();
  await expect(page.getByRole("link", { name: "Environments" }).first()).toBeVisible();
});
