import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test`, which builds the app into .next-test, creates and seeds the database
// and sets DATABASE_URL, PORT and the production settings used here.
const port = Number(process.env.PORT ?? 3000);
const baseURL = `http://localhost:${port}`;
const root = path.resolve(__dirname, "..");

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Ceilings, not waits: every test waits on conditions (a visible element, a URL, a response),
  // which pass as soon as they hold. They are generous so that the suite also passes on a busy
  // machine (checked with two CPU hogs running: README, "Tests"), where a page or a server action
  // can take well over Playwright's default five seconds to answer.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? path.join(root, "test-results", "report.json") }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The mail tests' SMTP catcher listens on one fixed port, so they run on desktop only. Tests
    // that only send HTTP requests (tagged @http) and the API, sitemap and ClaimReview files send
    // the same requests at any screen size: desktop runs them once.
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } },
      testIgnore: /(mail|api|sitemap|claim-review)\.spec/,
      grepInvert: /@http/,
    },
  ],
  webServer: {
    command: `node --import tsx ${path.join(root, "scripts", "serve.ts")}`,
    cwd: root,
    url: baseURL,
    // FACTDESK_WORKER=1: a monitoring worker runs beside the server (scripts/serve-monitoring.ts).
    env: { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", NODE_ENV: "production", PORT: String(port), FACTDESK_WORKER: "1" },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
