import { expect, type Page } from "@playwright/test";
import { e2eIdpPort } from "./ports";

// Signs in through the embedded demo's dev sign-in (the e2e server runs embedded).
export const demo = {
  engineer: "Erin Engineer",
  lead: "Leo Lead",
  sre: "Sam SRE",
  auditor: "Ada Auditor",
  admin: "Max Admin",
} as const;

export async function signInAs(page: Page, name: string, next = "/"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect(page.getByTestId("signed-in-person")).toContainText(name);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** Signs in through the test identity provider (single sign-on) as one of its people (alice, bob, mallory). */
export async function signInWithIdp(page: Page, login: string, next = "/profile"): Promise<void> {
  await page.goto(next);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole("link", { name: "Sign in with Test IdP" }).click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${e2eIdpPort}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}
