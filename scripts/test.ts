/**
 * `npm test`: the whole suite — unit and integration tests (vitest, against real PostgreSQL
 * databases created for this run) and end-to-end tests (Playwright, in Chromium, against a
 * production build on a seeded database).
 *
 * PostgreSQL: with DATABASE_URL, its server hosts the run's databases (created and dropped here;
 * the database named in the URL is left alone); without it, an embedded server in .factdesk/test/.
 * Chromium: Playwright's own if installed, else /usr/bin/chromium, else (root on Debian) Debian's
 * chromium package is installed; otherwise the run stops with the command to run.
 * Arguments after `--` go to both runners, e.g. `npm test -- --grep verdict` (rarely useful);
 * FACTDESK_TEST_ONLY=unit or =e2e runs one half; FACTDESK_TEST_DIST_DIR names the build folder
 * (default .next-test) so that two checkouts' runs do not share one.
 */
// First, before anything else loads: one clear line and exit 1 on a Node.js Factdesk does not run on;
// then the generated Prisma client, which lib/db.ts below imports.
import "./require-supported-node";
import "./require-prisma-client";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import { createDatabase, dropDatabasesWithPrefix, uniqueDatabaseName } from "./testing/database";
import { seedDemoData } from "@/prisma/demo-data";
import { ensureBuild } from "./build";
import { PROJECT_ROOT, startEmbeddedDb, type EmbeddedDb } from "./db/embedded";
import { dropRolesWithPrefix, ensureAppRole, grantAppRole, withRole } from "./db/roles";
import { prisma } from "./prisma-cli";

const log = (message: string) => console.log(`[test] ${message}`);

function findChromium(): string {
  const own = chromium.executablePath();
  if (own && fs.existsSync(own)) return own;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync("/usr/bin/apt-get")) {
    log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    const install = () =>
      spawnSync("apt-get", ["install", "-y", "-q", "chromium"], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    if (install().status !== 0) {
      spawnSync("apt-get", ["update", "-q"], { stdio: "inherit" });
      install();
    }
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium for the end-to-end tests. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), then run `npm test` again.",
  );
}

function runStep(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const only = process.env.FACTDESK_TEST_ONLY;
  const extraArgs = process.argv.slice(2);
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-test-report-"));
  let embedded: EmbeddedDb | undefined;
  let adminUrl = process.env.DATABASE_URL;
  const runPrefix = uniqueDatabaseName("factdesk_run");

  try {
    if (!adminUrl) {
      embedded = await startEmbeddedDb({ name: "test", database: "postgres", port: 54339, log });
      adminUrl = embedded.url;
      log(`Embedded PostgreSQL for tests on 127.0.0.1:${embedded.port}`);
    } else {
      log(`Using the PostgreSQL server of DATABASE_URL (${new URL(adminUrl).host}) for this run's databases.`);
    }
    process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
    const baseEnv: NodeJS.ProcessEnv = { ...process.env, TEST_DATABASE_ADMIN_URL: adminUrl };
    delete baseEnv.DATABASE_URL; // each runner gets the database meant for it

    let unit: { numTotalTests: number; numPassedTests: number; numFailedTests: number } | undefined;
    let unitCode = 0;
    if (only !== "e2e") {
      const vitest = path.join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs");
      const jsonFile = path.join(reportDir, "vitest.json");
      unitCode = await runStep(
        vitest,
        ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${jsonFile}`, ...extraArgs],
        baseEnv,
      );
      unit = readJson(jsonFile);
    }

    let e2e: { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
    let e2eCode = 0;
    if (only !== "unit") {
      const executable = findChromium();
      log(`Browser: ${executable}`);
      const e2eDatabase = `${runPrefix}_e2e`;
      const databaseUrl = await createDatabase(e2eDatabase);
      prisma(["migrate", "deploy"], databaseUrl);
      const db = createPrismaClient(databaseUrl);
      await seedDemoData(db);
      await db.$disconnect();
      // The app under test connects as a role of this run that owns nothing, as in production
      // (scripts/db/roles.ts); migrations and seeding above ran as the server's admin, the owner.
      const appRole = { name: `${runPrefix}_app`, password: randomBytes(18).toString("base64url") };
      await ensureAppRole(adminUrl, appRole.name, appRole.password);
      await grantAppRole(databaseUrl, appRole.name);
      const appDatabaseUrl = withRole(databaseUrl, appRole.name, appRole.password);

      const port = 3000 + Math.floor(Math.random() * 900) + 100;
      // A production configuration, as a real deployment would have it.
      const appEnv: NodeJS.ProcessEnv = {
        ...baseEnv,
        DATABASE_URL: appDatabaseUrl,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        SITE_URL: `http://localhost:${port}`,
        ORG_NAME: "Factdesk Test Desk",
        PORT: String(port),
        // This run's own rate-limit counters, so that earlier runs cannot trip its sign-ins.
        RATE_LIMIT_PREFIX: runPrefix,
        // Every browser test submits from 127.0.0.1: a limit that they cannot reach (the real
        // limit of 5 per hour is proved by lib/submissions/submit.test.ts).
        SUBMISSIONS_PER_HOUR: "10000",
        // Sign-in links and invitations, mailed to the SMTP catcher that e2e/mail.spec.ts starts.
        EMAIL_SERVER: `smtp://127.0.0.1:${port + 1}`,
        EMAIL_FROM: "Factdesk Test Desk <desk@factdesk.test>",
        SMTP_CATCHER_PORT: String(port + 1),
        // The article fixture servers of e2e/claims-from-articles.spec.ts, one per Playwright
        // project (desktop, phone), the news site of e2e/today.spec.ts (on 127.0.0.2, a source of
        // its own) and the tips' links of e2e/tipline.spec.ts (on 127.0.0.3); only these exact
        // loopback origins may be fetched.
        ARTICLE_FETCH_TEST_ALLOW_HOSTS: [2, 3]
          .flatMap((offset) => ["127.0.0.1", "127.0.0.2", "127.0.0.3"].map((host) => `${host}:${port + offset}`))
          .join(","),
      };
      const distDir = process.env.FACTDESK_TEST_DIST_DIR || ".next-test";
      appEnv.NEXT_DIST_DIR = distDir;
      ensureBuild(distDir, appEnv, log);
      const jsonFile = path.join(reportDir, "playwright.json");
      const playwright = path.join(PROJECT_ROOT, "node_modules", "@playwright", "test", "cli.js");
      e2eCode = await runStep(playwright, ["test", "-c", "e2e/playwright.config.ts", ...extraArgs], {
        ...appEnv,
        CHROMIUM_PATH: executable,
        PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile,
      });
      e2e = readJson(jsonFile);
    }

    console.log("\n──────── Factdesk test summary ────────");
    if (unit)
      console.log(`unit + integration (vitest): ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numTotalTests} run`);
    else if (only !== "e2e") console.log("unit + integration (vitest): no report (the runner failed to start)");
    if (e2e) {
      const s = e2e.stats;
      console.log(`end-to-end (Playwright): ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`);
    } else if (only !== "unit") console.log("end-to-end (Playwright): no report (the runner failed to start)");
    const ok = unitCode === 0 && e2eCode === 0;
    console.log(ok ? "All tests passed." : "Some tests FAILED.");
    return ok ? 0 : 1;
  } finally {
    await dropDatabasesWithPrefix(runPrefix).catch((error) => log(`Could not drop this run's databases: ${error}`));
    if (adminUrl) await dropRolesWithPrefix(adminUrl, runPrefix).catch((error) => log(`Could not drop this run's roles: ${error}`));
    if (embedded) await embedded.stop();
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
