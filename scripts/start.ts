/**
 * `npm start`: serves Factdesk at http://localhost:$PORT (default 3000).
 *
 * Without DATABASE_URL it runs an embedded PostgreSQL (local use): data, secrets and the server
 * log live in .factdesk/app/ (or the folder printed at start), and the first run loads the demo
 * data. With DATABASE_URL it uses that database, requires the production settings (lib/env.ts)
 * and never loads demo data (`npm run db:seed` does, on request).
 *
 * Either way it applies pending migrations, builds the app when the sources changed, and serves
 * the production build, with one monitoring worker (FACTDESK_WORKER=0: none; `npm run worker`
 * starts more). `--dev` serves `next dev` instead. Ctrl-C stops the web server and its worker
 * (running jobs finish or are handed back), then the database (unless another launcher still uses it).
 *
 * Start-up order: settings first (an invalid configuration changes nothing), then the other runs
 * from this folder (each launcher keeps a record in .factdesk/runs/, one per port): a run whose
 * launcher is gone left its web server behind, which is stopped; a live one is never touched. A
 * second launcher on another port runs beside it and shares the embedded database (the last one
 * to stop stops the database); on the same port, or when it would have to rebuild or run
 * `next dev` in a build folder that the live one uses, it refuses and says how to stop that one.
 */
// First, before anything else loads: one clear line and exit 1 on a Node.js Factdesk does not run on;
// then the generated Prisma client, which lib/db.ts below imports.
import "./require-supported-node";
import "./require-prisma-client";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData } from "@/prisma/demo-data";
import { buildNeeded, ensureBuild } from "./build";
import { PROJECT_ROOT, startEmbeddedDb, type EmbeddedDb } from "./db/embedded";
import { prisma } from "./prisma-cli";
import {
  claimRecord,
  identify,
  isRunning,
  readRecord,
  releaseRecord,
  stopProcess,
  updateRecord,
  type LauncherRecord,
  type ProcessIdentity,
} from "./processes";

const log = (message: string) => console.log(`[factdesk] ${message}`);
const dev = process.argv.includes("--dev");
/** The build folder, as next.config.js reads it. */
const distDir = process.env.NEXT_DIST_DIR || ".next";
/** One record per running launcher, named by its port; a SIGKILLed launcher leaves its web server running. */
const runsDir = path.join(PROJECT_ROOT, ".factdesk", "runs");

type Run = { port: number; dev: boolean; distDir: string; web?: ProcessIdentity };
class Refusal extends Error {}

/**
 * The settings, checked before anything is started or stopped. The embedded database's URL and
 * generated auth secret exist only once it runs, so stand-ins take their place in this check.
 */
function checkSettings(env: NodeJS.ProcessEnv): Env {
  if (env.DATABASE_URL) return parseEnv(env);
  return parseEnv({
    ...env,
    DATABASE_URL: "postgresql://embedded-database",
    FACTDESK_EMBEDDED_DB: "1",
    AUTH_SECRET: env.AUTH_SECRET || "x".repeat(32),
  });
}

function describeRun(run: LauncherRecord<Run>): string {
  const web = run.web ? `web server pid ${run.web.pid}` : "web server not started yet";
  return `the Factdesk${run.dev ? " dev server" : ""} on port ${run.port} (launcher pid ${run.launcher.pid}, ${web})`;
}

/** Stops the web server of a run whose launcher is gone (killed with SIGKILL, so it could not stop it). */
async function stopAbandoned(run: LauncherRecord<Run> | undefined): Promise<void> {
  if (!run?.web || !isRunning(run.web)) return;
  await stopProcess(run.web.pid, "SIGTERM", 10_000);
  log(
    `Stopped the web server (pid ${run.web.pid}) on port ${run.port} that a previous run left behind (its launcher, pid ${run.launcher.pid}, is gone).`,
  );
}

/**
 * Cleans up after dead runs from this folder and registers this one on its port. Refuses (changing
 * nothing of the live runs) when one holds the port, or when this run would break one by
 * rebuilding its build folder or by starting a second `next dev` in it.
 */
async function claimPort(env: NodeJS.ProcessEnv, port: number): Promise<string> {
  fs.mkdirSync(runsDir, { recursive: true });
  const ownFile = path.join(runsDir, `port-${port}.json`);
  const others: LauncherRecord<Run>[] = [];
  for (const name of fs.readdirSync(runsDir).filter((n) => n.endsWith(".json"))) {
    const file = path.join(runsDir, name);
    if (file === ownFile) continue;
    const run = readRecord<Run>(file);
    if (run && isRunning(run.launcher)) {
      others.push(run);
      continue;
    }
    await stopAbandoned(run);
    fs.rmSync(file, { force: true });
  }

  const holder = await claimRecord<Run>(ownFile, { port, dev, distDir }, stopAbandoned);
  if (holder) {
    throw new Refusal(`${describeRun(holder)} is already running from this folder; nothing was changed.
  Stop it with Ctrl-C in its terminal or \`kill ${holder.launcher.pid}\`, or start this one beside it on another port, e.g. PORT=${port + 1} npm ${dev ? "run dev" : "start"}.`);
  }
  const sameFolder = others.filter((run) => run.distDir === distDir);
  const devBeside = sameFolder.find((run) => run.dev);
  if (dev && devBeside) {
    releaseRecord(ownFile);
    throw new Refusal(`${describeRun(devBeside)} is already running from this folder, and Next.js runs one dev server per build folder (${distDir}/dev); nothing was changed.
  Stop it with Ctrl-C in its terminal or \`kill ${devBeside.launcher.pid}\`, or give this one its own folder, e.g. NEXT_DIST_DIR=.next-${port} PORT=${port} npm run dev.`);
  }
  const serving = sameFolder.find((run) => !run.dev);
  if (!dev && serving && buildNeeded(distDir, env)) {
    releaseRecord(ownFile);
    throw new Refusal(`The app needs a new build (its sources or build settings changed), but ${describeRun(serving)} serves the build in ${distDir}/, and rebuilding it would break that server; nothing was changed.
  Stop it first (Ctrl-C in its terminal or \`kill ${serving.launcher.pid}\`), or build this one elsewhere, e.g. NEXT_DIST_DIR=.next-${port} PORT=${port} npm start.`);
  }
  return ownFile;
}

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
  let runFile: string | undefined;
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (web && web.exitCode === null) {
      web.kill("SIGTERM");
      await new Promise((resolve) => web?.once("exit", resolve));
    }
    if (runFile) releaseRecord(runFile);
    if (embedded) {
      log("Stopping the embedded database…");
      await embedded.stop();
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: dev ? "development" : "production" };
    const { port } = checkSettings(env); // stops start-up with the names of missing settings
    runFile = await claimPort(env, port);

    if (!env.DATABASE_URL) {
      embedded = await startEmbeddedDb({ name: "app", database: "factdesk", port: Number(env.FACTDESK_DB_PORT ?? 54329), log });
      log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}; data in ${embedded.dataDir}`);
      env.DATABASE_URL = embedded.url;
      env.FACTDESK_EMBEDDED_DB = "1";
      env.AUTH_SECRET ||= embedded.secrets.authSecret;
    }

    const settings = parseEnv(env);
    prisma(["migrate", "deploy"], settings.databaseUrl);
    log("Database migrations are up to date.");
    if (embedded) await loadDemoDataOnce(embedded, settings.databaseUrl);

    if (!dev) ensureBuild(distDir, env, log);
    web = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "serve.ts"), ...(dev ? ["--dev"] : [])], {
      cwd: PROJECT_ROOT,
      // FACTDESK_WORKER=1: the web server runs a monitoring worker beside it (scripts/serve-monitoring.ts).
      env: { ...env, NEXT_DIST_DIR: distDir, PORT: String(settings.port), FACTDESK_WORKER: env.FACTDESK_WORKER ?? "1" },
      stdio: "inherit",
    });
    const webServer = web.pid ? identify(web.pid) : undefined;
    if (webServer) updateRecord<Run>(runFile, { port, dev, distDir, web: webServer });
    web.once("exit", (code) => void shutdown(code ?? 1));
    log(
      `Factdesk is starting at http://localhost:${settings.port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s before the web server).`,
    );
    if (embedded) {
      log(
        `Staff sign in at http://localhost:${settings.port}/sign-in with a demo account, e.g. reviewer@factdesk.example / factdesk-demo (README: "Demo accounts").`,
      );
    }
  } catch (error) {
    console.error(error instanceof EnvError || error instanceof Refusal ? `[factdesk] ${error.message}` : error);
    await shutdown(1);
  }
}

void main();
