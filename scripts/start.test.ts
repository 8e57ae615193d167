import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./db/embedded";
import { isAlive } from "./processes";

describe("npm start", () => {
  it("stops before touching anything when production settings are missing, naming each one", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "start.ts")], {
      cwd: PROJECT_ROOT,
      // A database URL that nothing listens on: start-up must stop before connecting to it.
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
        DATABASE_URL: "postgresql://factdesk@127.0.0.1:9/factdesk",
        PORT: "3999",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET is required in production");
    expect(result.stderr).toContain("SITE_URL is required in production");
    expect(result.stderr).toContain("ORG_NAME is required in production");
    expect(result.stdout).not.toContain("migrations");
  });
});

// ------------------------------------------------------------------ starting twice

/** A launcher (`npm start` or `npm run dev`) run as a real process, its output collected. */
type Launcher = {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the output matches `pattern`; rejects when the launcher exits first. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  exited: Promise<number | null>;
};

// Its own embedded database (outside the project; reachable by the `postgres` OS user when run
// as root) and its own build folder, built once by the first launcher and reused by the others.
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-start-test-"));
fs.chmodSync(dataRoot, 0o755);
const launcherEnv: Record<string, string | undefined> = {
  ...process.env,
  FACTDESK_DATA_DIR: dataRoot,
  NEXT_DIST_DIR: ".next-start-test",
  NEXT_TELEMETRY_DISABLED: "1",
};
delete launcherEnv.DATABASE_URL; // embedded database
delete launcherEnv.NODE_ENV; // vitest's "test"; the launcher sets its own

function launch(settings: Record<string, string>, args: string[] = []): Launcher {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "start.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...launcherEnv, ...settings } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 240_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(match);
        }
      };
      const timer = setTimeout(() => reject(new Error(`No ${pattern} within ${timeoutMs} ms. Output:\n${output}`)), timeoutMs);
      listeners.add(check);
      check();
      void exited.then((code) => {
        if (!listeners.has(check)) return;
        listeners.delete(check);
        clearTimeout(timer);
        reject(new Error(`The launcher exited (${code}) before printing ${pattern}. Output:\n${output}`));
      });
    });
  return { child, output: () => output, waitFor, exited };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The public API's verdict list: answers only while the web server and its database both run. */
async function verdictsStatus(port: number): Promise<number> {
  const response = await fetch(`http://localhost:${port}/api/v1/verdicts`);
  await response.arrayBuffer();
  return response.status;
}

/** Alive and not a zombie (a killed orphan may wait a while for its new parent to reap it). */
const alive = isAlive;

const ready = (port: number) => new RegExp(`server ready on http://localhost:${port}\\b`);

describe("starting Factdesk twice from one folder", () => {
  let port: number;
  let first: Launcher;
  let firstWebPid: number;
  const started: Launcher[] = [];
  const track = (launcher: Launcher) => (started.push(launcher), launcher);

  beforeAll(async () => {
    port = await freePort();
    first = track(launch({ PORT: String(port), FACTDESK_DB_PORT: String(await freePort()) }));
    await first.waitFor(ready(port), 1_500_000); // the first start may have to build (minutes on a busy machine)
    firstWebPid = webServerOf(first);
    expect(await verdictsStatus(port)).toBe(200);
  }, 1_520_000);

  afterAll(async () => {
    for (const launcher of started) if (launcher.child.exitCode === null) launcher.child.kill("SIGINT");
    await Promise.all(started.map((launcher) => launcher.exited));
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }, 60_000);

  /** The launcher's child that runs scripts/serve.ts (read from /proc, not from the launcher's own records). */
  function webServerOf(launcher: Launcher): number {
    const pid = launcher.child.pid!;
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).map(Number);
    const web = children.find((child) => fs.readFileSync(`/proc/${child}/cmdline`, "utf8").includes("serve.ts"));
    if (!web) throw new Error(`No web server among the children of launcher ${pid}.`);
    return web;
  }

  it("a second start with an invalid configuration changes nothing", async () => {
    const second = track(launch({ PORT: String(await freePort()), DATABASE_URL: "postgresql://factdesk@127.0.0.1:9/factdesk" }));
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("AUTH_SECRET is required in production");
    expect(second.output()).not.toContain("Stopped");
    expect(alive(firstWebPid)).toBe(true);
    expect(await verdictsStatus(port)).toBe(200);
  }, 120_000);

  it("a second start on the same port refuses, naming the running one and how to stop it", async () => {
    const second = track(launch({ PORT: String(port) }));
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `on port ${port} (launcher pid ${first.child.pid}, web server pid ${firstWebPid}) is already running from this folder`,
    );
    expect(second.output()).toContain(`kill ${first.child.pid}`);
    expect(alive(firstWebPid)).toBe(true);
    expect(await verdictsStatus(port)).toBe(200);
  }, 120_000);

  it("`npm run dev` on another port runs beside it, sharing the database, and leaves it running when stopped", async () => {
    const devPort = await freePort();
    const dev = track(launch({ PORT: String(devPort) }, ["--dev"]));
    await dev.waitFor(ready(devPort));
    expect(dev.output()).toContain("Sharing the embedded PostgreSQL");
    expect(alive(firstWebPid)).toBe(true);
    expect(await verdictsStatus(port)).toBe(200);

    dev.child.kill("SIGINT");
    expect(await dev.exited).toBe(0);
    expect(dev.output()).toContain(`The embedded PostgreSQL keeps running for Factdesk process ${first.child.pid}`);
    expect(await verdictsStatus(port)).toBe(200); // its database is still up
  }, 300_000);

  it("the next start stops the web server and database of a launcher killed with SIGKILL", async () => {
    const postmasterFile = path.join(dataRoot, "app", "pgdata", "postmaster.pid");
    const postmasterPid = Number(fs.readFileSync(postmasterFile, "utf8").split("\n")[0]);
    first.child.kill("SIGKILL");
    await first.exited;
    // The launcher is gone; what it started still runs and holds the port.
    expect(alive(firstWebPid)).toBe(true);
    expect(await verdictsStatus(port)).toBe(200);

    const next = track(launch({ PORT: String(port) }));
    await next.waitFor(ready(port));
    expect(next.output()).toContain(`Stopped the web server (pid ${firstWebPid})`);
    expect(next.output()).toContain(`Stopped the PostgreSQL server (pid ${postmasterPid}) that a previous run left behind`);
    expect(alive(firstWebPid)).toBe(false);
    expect(alive(postmasterPid)).toBe(false);
    expect(await verdictsStatus(port)).toBe(200);

    next.child.kill("SIGINT");
    expect(await next.exited).toBe(0);
    expect(fs.existsSync(postmasterFile)).toBe(false); // the last launcher stopped the database
  }, 300_000);
});
