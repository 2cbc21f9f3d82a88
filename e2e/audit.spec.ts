import { expect, test } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs, signOut } from "./support/sign-in";

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));

test("auditors filter, page and export the audit log, which holds denied attempts too", async ({ page }) => {
  await signInAs(page, demo.lead);
  expect((await page.goto("/admin"))?.status()).toBe(403); // a denied attempt to find below
  await signOut(page);

  await signInAs(page, demo.auditor, "/audit");
  const records = page.getByRole("table", { name: "Audit records" });
  await page.getByLabel("Outcome").selectOption("denied");
  await page.getByLabel("Actor (email)").fill("leo.lead@pier.test");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/outcome=denied/);
  await expect(records.getByRole("row").nth(1)).toContainText("admin.manage");
  await expect(records.getByRole("row").nth(1)).toContainText("a person with the role lead may not manage people, teams and settings");
  await page.screenshot({ path: "test-results/e2e/audit.png", fullPage: true });

  await page.goto("/audit?limit=2");
  const first = await records.getByRole("row").nth(1).locator("td").first().textContent();
  await page.getByRole("link", { name: "Older" }).click();
  await expect(page).toHaveURL(/cursor=\d+/);
  const older = await records.getByRole("row").nth(1).locator("td").first().textContent();
  expect(Number(older)).toBeLessThan(Number(first));

  const csv = await page.request.get("/api/audit/export?format=csv&outcome=denied");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("seq,at,outcome,action,actor_kind,actor,actor_id,token_id,cluster,namespace,target_kind,target_name,reason,detail,request_id,source_ip,before,after,prev_hash,hash");
  expect(text).toContain("leo.lead@pier.test");
  const json = await page.request.get("/api/audit/export?format=json&actor=leo.lead%40pier.test");
  expect((await json.json()).every((r: { actor: { display: string } }) => r.actor.display === "leo.lead@pier.test")).toBe(true);

  const api = await page.request.get("/api/audit?outcome=denied&limit=1");
  const body = await api.json();
  expect(body.records).toHaveLength(1);
  expect(body.records[0]).toMatchObject({ outcome: "denied", hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect((await page.request.get("/api/audit?outcome=maybe")).status()).toBe(422);
});
