import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs, signInWithIdp, signOut } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

test("single sign-on through a real OpenID Connect provider; groups map to roles and teams", async ({ page, context }) => {
  await signInWithIdp(page, "alice");
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("signed-in-person")).toContainText("Alice Sre");
  await expect(page.getByRole("banner").getByText("sre", { exact: true })).toBeVisible();
  await expect(page.getByText("platform", { exact: true })).toBeVisible();

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "pier_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(session!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(cookies.find((c) => c.name === "pier_oidc")).toBeUndefined(); // the sign-in's own state is gone
  await page.screenshot({ path: "test-results/e2e/profile-sso.png", fullPage: true });
  await signOut(page);
  await context.clearCookies(); // also ends Alice's session at the identity provider (same host)

  await signInWithIdp(page, "bob");
  await expect(page.getByTestId("signed-in-person")).toContainText("Bob Builder");
  await expect(page.getByRole("banner").getByText("engineer", { exact: true })).toBeVisible();
  await expect(page.getByText("payments", { exact: true })).toBeVisible();
  await signOut(page);
});

test("single sign-on refuses an account no rule of the role map gives a role", async ({ page }) => {
  await signInWithIdp(page, "mallory");
  await expect(page).toHaveURL(/\/sign-in\?error=no-role$/);
  await expect(page.getByText("Your account has no role in Pier")).toBeVisible();
});

test("the dev sign-in lists one person per role under an embedded-demo banner", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByText("Embedded demo")).toBeVisible();
  const people = page.getByRole("list", { name: "Demo people" }).getByRole("button");
  await expect(people).toHaveText([/Erin Engineer.*engineer/, /Leo Lead.*lead/, /Sam SRE.*sre/, /Ada Auditor.*auditor/, /Max Admin.*admin/]);
  await page.screenshot({ path: "test-results/e2e/sign-in.png", fullPage: true });
});

test("pages need a session, and come back after sign-in", async ({ page }) => {
  await page.goto("/audit?outcome=denied");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit%3Foutcome%3Ddenied$/);
  await page.getByRole("button", { name: `Sign in as ${demo.auditor}` }).click();
  await expect(page).toHaveURL(/\/audit\?outcome=denied$/);
});

test("a forged or unknown session cookie is refused", async ({ page, context, baseURL }) => {
  for (const value of ["forged", "A".repeat(43)]) {
    await context.clearCookies();
    await context.addCookies([{ name: "pier_session", value, url: baseURL! }]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    const api = await page.request.get("/api/me");
    expect(api.status()).toBe(401);
  }
});

test("signing in replaces a session id planted beforehand, and signing out ends it on the server", async ({ page, context, baseURL }) => {
  const planted = "P".repeat(43);
  await context.addCookies([{ name: "pier_session", value: planted, url: baseURL! }]);
  await signInAs(page, demo.engineer);
  const session = (await context.cookies()).find((c) => c.name === "pier_session")!;
  expect(session.value).not.toBe(planted);

  await signOut(page);
  await context.addCookies([{ name: "pier_session", value: session.value, url: baseURL! }]);
  expect((await page.request.get("/api/me")).status()).toBe(401);
});
