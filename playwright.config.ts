import { defineConfig } from "@playwright/test";
import { TEST_IDP_CLIENT } from "./e2e/support/oidc-provider";
import { e2eIdpPort } from "./e2e/support/ports";

// End-to-end tests run Chromium against a production build started exactly like `npm start`,
// on the database and scratch directory that scripts/test.ts prepared. A real OpenID Connect
// provider (e2e/support/oidc-provider.ts, started by global-setup) serves single sign-on.
const port = Number(process.env.PIER_E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
const scratch = process.env.PIER_TEST_SCRATCH ?? ".data/e2e";

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/playwright.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PIER_DATA_DIR: `${scratch}/pier-data`,
      // Environments: crash loops and rollouts settle in seconds; e2e/environments.spec.ts stops and restarts production.
      PIER_EMBEDDED_TIME_SCALE: "20",
      PIER_EMBEDDED_TEST_HOOKS: "1",
      PIER_OIDC_ISSUER: `http://127.0.0.1:${e2eIdpPort}`,
      PIER_OIDC_CLIENT_ID: TEST_IDP_CLIENT.id,
      PIER_OIDC_CLIENT_SECRET: TEST_IDP_CLIENT.secret,
      PIER_OIDC_NAME: "Test IdP",
      PIER_OIDC_SCOPES: "openid email profile groups",
      PIER_ROLE_MAP: "e2e/support/role-map.yaml",
    },
  },
});
