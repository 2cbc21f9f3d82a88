import { expect, type Page } from "@playwright/test";

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
