import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

test("a person creates an API token (shown once), uses it, and revokes it", async ({ page, playwright, baseURL }) => {
  const name = `ci deploys ${Date.now()}`; // the e2e database may hold tokens of earlier runs
  await signInAs(page, demo.sre, "/profile");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role").selectOption("engineer");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^pier_[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: "test-results/e2e/profile-token.png", fullPage: true });

  const api = await playwright.request.newContext({ baseURL });
  const me = await api.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ email: "sam.sre@pier.test", role: "engineer", via: "token" });
  // A token cannot mint tokens (token.manage needs a session).
  const mint = await api.post("/api/tokens", { headers: { authorization: `Bearer ${token}` }, data: { name: "x" } });
  expect(mint.status()).toBe(403);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`pier_…${token.slice(-4)}`);
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(row.getByText("revoked")).toBeVisible();
  expect((await api.get("/api/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  await api.dispose();
});

test("JSON writes carried by the session cookie must come from Pier's own origin", async ({ page }) => {
  await signInAs(page, demo.engineer);
  const foreign = await page.request.post("/api/tokens", { headers: { origin: "http://evil.example" }, data: { name: "stolen" } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: "cross-site request refused (Origin http://evil.example)" });
  const own = await page.request.post("/api/tokens", { headers: { origin: new URL(page.url()).origin }, data: { name: "mine", expires: "1d" } });
  expect(own.status()).toBe(201);
  expect((await own.json()).token).toMatch(/^pier_/);
});
