/**
 * `npm start`: serves Factdesk at http://localhost:$PORT (default 3000).
 *
 * Without DATABASE_URL it runs an embedded PostgreSQL (local use): data, secrets and the server
 * log live in .factdesk/app/ (or the folder printed at start), and the first run loads the demo
 * data. With DATABASE_URL it uses that database, requires the production settings (lib/env.ts)
 * and never loads demo data (`npm run db:seed` does, on request).
 *
 * Either way it applies pending migrations, builds the app when the sources changed, and serves
 * the production build. `--dev` serves `next dev` instead. Ctrl-C stops the web server, then the
 * database.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData } from "@/prisma/demo-data";
import { ensureBuild } from "./build";
import { PROJECT_ROOT, startEmbeddedDb, type EmbeddedDb } from "./db/embedded";
import { grantAppRole, roleOf } from "./db/roles";
import { ensurePrismaClient, prisma } from "./prisma-cli";
import { stopLeftover } from "./processes";

const log = (message: string) => console.log(`[factdesk] ${message}`);
const dev = process.argv.includes("--dev");
/** The web server's pid: a launcher killed with SIGKILL leaves it running, holding the port. */
const webPidFile = path.join(PROJECT_ROOT, ".factdesk", "web.pid");

async function loadDemoDataOnce(embedded: EmbeddedDb, databaseUrl: string): Promise<void> {
  const marker = path.join(embedded.dataDir, "demo-data-loaded");
  if (fs.existsSync(marker)) return;
  const db = createPrismaClient(databaseUrl);
  try {
    const result = await seedDemoData(db);
    log(result.seeded ? "Loaded the demo data (first run)." : "Demo data already present.");
  } finally {
    await db.$disconnect();
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const started = Date.now();
  let embedded: EmbeddedDb | undefined;
  let web: ReturnType<typeof spawn> | undefined;
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (web && web.exitCode === null) {
      web.kill("SIGTERM");
      await new Promise((resolve) => web?.once("exit", resolve));
    }
    if (web) fs.rmSync(webPidFile, { force: true });
    if (embedded) {
      log("Stopping the embedded database…");
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    fs.mkdirSync(path.dirname(webPidFile), { recursive: true });
    const leftover = await stopLeftover(webPidFile, /serve\.ts|next/, "SIGTERM", 10_000);
    if (leftover) log(`Stopped the web server (pid ${leftover}) that a previous run left behind.`);

    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: dev ? "development" : "production" };
    if (!env.DATABASE_URL) {
      embedded = await startEmbeddedDb({ name: "app", database: "factdesk", port: Number(env.FACTDESK_DB_PORT ?? 54329), log });
      log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}; data in ${embedded.dataDir}`);
      // The app runs as a role that owns nothing; migrations run as the owner (scripts/db/roles.ts).
      env.DATABASE_URL = embedded.appUrl;
      env.DATABASE_MIGRATION_URL = embedded.url;
      env.FACTDESK_EMBEDDED_DB = "1";
      env.AUTH_SECRET ||= embedded.secrets.authSecret;
    }

    const settings = parseEnv(env); // stops start-up with the names of missing settings
    ensurePrismaClient();
    const migrationUrl = env.DATABASE_MIGRATION_URL || settings.databaseUrl;
    prisma(["migrate", "deploy"], migrationUrl);
    await grantAppRole(migrationUrl, roleOf(settings.databaseUrl));
    delete env.DATABASE_MIGRATION_URL; // the web server never holds the owner's credentials
    log("Database migrations are up to date.");
    if (embedded) await loadDemoDataOnce(embedded, settings.databaseUrl);

    if (!dev) ensureBuild(".next", env, log);
    web = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "serve.ts"), ...(dev ? ["--dev"] : [])], {
      cwd: PROJECT_ROOT,
      env: { ...env, NEXT_DIST_DIR: ".next", PORT: String(settings.port) },
      stdio: "inherit",
    });
    if (web.pid) fs.writeFileSync(webPidFile, String(web.pid));
    web.once("exit", (code) => void shutdown(code ?? 1));
    log(`Factdesk is starting at http://localhost:${settings.port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s before the web server).`);
    if (embedded) {
      log(`Staff sign in at http://localhost:${settings.port}/sign-in with a demo account, e.g. reviewer@factdesk.example / factdesk-demo (README: "Demo accounts").`);
    }
  } catch (error) {
    console.error(error instanceof EnvError ? `[factdesk] ${error.message}` : error);
    await shutdown(1);
  }
}

void main();
