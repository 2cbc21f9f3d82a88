import { expect, test, type Page } from "@playwright/test";
import { assertLocalTarget } from "./assert-local";
import { demo, signInAs, signInWithIdp } from "./support/sign-in";

// Audited rails consoles end to end, against the embedded clusters (whose `bin/rails console`
// is irb): a staging console typed in and closed, then replayed; a production request approved
// by an SRE in a second browser, then run (and watched); another engineer refused a recording.

test.beforeAll(({ baseURL }) => assertLocalTarget(baseURL));
test.describe.configure({ mode: "serial", timeout: 90_000 });

const terminal = (page: Page) => page.getByTestId("console-terminal").locator(".xterm-rows");
let stagingSession = "";

async function openConsole(page: Page, servicePath: string, reason: string, button: string): Promise<string> {
  await page.goto(servicePath);
  await page.getByRole("link", { name: "Open console" }).click();
  await expect(page).toHaveURL(/\/consoles\/new\?/);
  await page.getByLabel("Reason").fill(reason);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/consoles\/[0-9a-f-]{36}$/);
  return page.url().split("/").at(-1)!;
}

async function typeIn(page: Page, line: string): Promise<void> {
  await page.getByTestId("console-terminal").click();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

test("an engineer opens a staging console, types, closes it, and replays it", async ({ page }) => {
  await signInAs(page, demo.engineer);
  stagingSession = await openConsole(page, "/environments/staging/main-0d6e4079/learn", "check that 1 + 1 is still 2", "Open console");
  await expect(page.getByRole("status")).toContainText(/Recording bin\/rails console in learn-console-/, { timeout: 30_000 });
  await expect(terminal(page)).toContainText("irb(main):001:0>");
  await typeIn(page, "1 + 1");
  await expect(terminal(page)).toContainText(/=>\s2/);
  await page.screenshot({ path: "test-results/e2e/console-running.png", fullPage: true });
  await page.getByRole("button", { name: "End session" }).click();
  await expect(page.getByRole("status")).toContainText("Session ended: ended by erin.engineer@pier.test");

  await page.getByRole("link", { name: "Replay the recording" }).click();
  await expect(page.getByText("Recording verified")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Typed lines" })).toContainText("1 + 1");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByTestId("replay-terminal").locator(".xterm-rows")).toContainText(/=>\s2/, { timeout: 15_000 });
  await page.screenshot({ path: "test-results/e2e/console-replay.png", fullPage: true });
});

test("a production console waits for an SRE, who approves it from another browser; then it runs", async ({ page, browser }) => {
  await signInAs(page, demo.engineer);
  await page.goto("/environments/production/production/learn");
  const id = await openConsole(page, "/environments/production/production/learn", "refund order 4411 that the webhook missed", "Request approval");
  await expect(page.getByText("Waiting for an SRE to approve this request")).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/console-waiting.png", fullPage: true });

  const sreContext = await browser.newContext();
  const sre = await sreContext.newPage();
  await signInAs(sre, demo.sre, "/consoles");
  const waiting = sre.getByRole("table", { name: "Requests waiting for approval" });
  await expect(waiting).toContainText("refund order 4411 that the webhook missed");
  await waiting.getByRole("link").first().click();
  await expect(sre).toHaveURL(new RegExp(`/consoles/${id}$`));
  await expect(sre.getByText("“refund order 4411 that the webhook missed”")).toBeVisible();
  await sre.screenshot({ path: "test-results/e2e/console-approve.png", fullPage: true });
  await sre.getByLabel("Note (optional)").fill("read-only queries please");
  await sre.getByRole("button", { name: "Approve" }).click();

  await expect(page.getByRole("status")).toContainText(/Recording bin\/rails console in learn-console-/, { timeout: 30_000 });
  await expect(terminal(page)).toContainText("irb(main):001:0>");
  await typeIn(page, "6 * 7");
  await expect(terminal(page)).toContainText(/=>\s42/);

  await sre.reload();
  await expect(sre.getByText("watching read-only")).toBeVisible();
  await expect(terminal(sre)).toContainText(/=>\s42/);
  await sre.screenshot({ path: "test-results/e2e/console-watch.png", fullPage: true });
  await sre.getByRole("button", { name: "End session" }).click(); // an SRE may end anyone's console
  await expect(page.getByRole("status")).toContainText("Session ended: ended by sam.sre@pier.test");
  await expect(page.getByText("Sam SRE")).toBeVisible(); // approved by
  await sreContext.close();
});

test("an engineer cannot open another person's recording; the refusal is audited", async ({ page, browser }) => {
  expect(stagingSession).not.toBe("");
  await signInWithIdp(page, "bob", `/consoles/${stagingSession}/replay`);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  expect((await page.request.get(`/api/consoles/${stagingSession}/recording`)).status()).toBe(403);
  expect((await page.goto(`/consoles/${stagingSession}/replay`))?.status()).toBe(403);
  await page.screenshot({ path: "test-results/e2e/console-forbidden.png", fullPage: true });

  const auditorContext = await browser.newContext();
  const auditor = await auditorContext.newPage();
  await signInAs(auditor, demo.auditor, `/audit?actor=bob%40corp.test&outcome=denied`);
  const records = auditor.getByRole("table", { name: "Audit records" });
  await expect(records).toContainText("recording.read");
  await expect(records).toContainText("a person with the role engineer may read console recordings only their own");
  await auditorContext.close();
});
