import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive } from "../processes";
import { prisma } from "../prisma-cli";
import { PROJECT_ROOT, startEmbeddedDb } from "./embedded";
import { grantAppRole, roleOf } from "./roles";

// A data root outside the project (under the OS temp folder, which the `postgres` OS user can
// reach when tests run as root), removed at the end.
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-embedded-test-"));
fs.chmodSync(dataRoot, 0o755);
afterAll(() => fs.rmSync(dataRoot, { recursive: true, force: true }));

function startLocalDbProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "local-db.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, FACTDESK_DATA_DIR: dataRoot, FACTDESK_DB_NAME: "sigkill", FACTDESK_DB_PORT: "54391" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DATABASE_URL=(\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`db:local exited (${code}) before it was ready:\n${output}`)));
  });
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function postmasterPid(name: string): number | undefined {
  const file = path.join(dataRoot, name, "pgdata", "postmaster.pid");
  return fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").split("\n")[0]) : undefined;
}

/** Alive and not a zombie (a postmaster orphaned by a SIGKILLed launcher is reaped by its new parent). */
const alive = isAlive;

describe("embedded PostgreSQL", () => {
  it("restarts with its data after the previous run was SIGKILLed, is shared by a second launcher, and stops when the last one leaves", async () => {
    const first = await startLocalDbProcess();
    await query(first.url, "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('kept')");
    const orphanPid = postmasterPid("sigkill");
    expect(orphanPid).toBeDefined();

    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    // The launcher is gone but its postmaster is still running: the next start must cope.
    expect(alive(orphanPid!)).toBe(true);

    const second = await startLocalDbProcess();
    const rows = await query(second.url, "SELECT note FROM survivor");
    expect(rows.rows).toEqual([{ note: "kept" }]);
    expect(alive(orphanPid!)).toBe(false);
    const serverPid = postmasterPid("sigkill")!;

    // While it runs, a second launcher joins the same server instead of starting or stopping one.
    const third = await startLocalDbProcess();
    expect(third.url).toBe(second.url);
    expect(postmasterPid("sigkill")).toBe(serverPid);

    // The launcher that started the server leaves first: the server stays up for the other one.
    second.child.kill("SIGINT");
    expect(await new Promise((resolve) => second.child.once("exit", resolve))).toBe(0);
    expect(alive(serverPid)).toBe(true);
    expect((await query(third.url, "SELECT note FROM survivor")).rows).toEqual([{ note: "kept" }]);

    // The last one to leave stops it.
    third.child.kill("SIGINT");
    expect(await new Promise((resolve) => third.child.once("exit", resolve))).toBe(0);
    expect(alive(serverPid)).toBe(false);
    expect(fs.existsSync(path.join(dataRoot, "sigkill", "pgdata", "postmaster.pid"))).toBe(false);
  }, 300_000);

  it("keeps its generated secrets across starts", async () => {
    const first = await startEmbeddedDb({ name: "secrets", database: "factdesk", port: 54392, dataRoot, log: () => {} });
    try {
      expect(first.created).toBe(true);
      expect(first.secrets.authSecret.length).toBeGreaterThanOrEqual(32);
      const mode = fs.statSync(path.join(first.dataDir, "secrets.json")).mode & 0o777;
      expect(mode).toBe(0o600);
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedDb({ name: "secrets", database: "factdesk", port: 54392, dataRoot, log: () => {} });
    try {
      expect(again.created).toBe(false);
      expect(again.secrets).toEqual(first.secrets);
    } finally {
      await again.stop();
    }
  }, 300_000);

  it("creates the app's own role: the app's connection cannot switch off or rewrite the audit log (issue 16, item 11)", async () => {
    const embedded = await startEmbeddedDb({ name: "roles", database: "factdesk", port: 54395, dataRoot, log: () => {} });
    try {
      prisma(["migrate", "deploy"], embedded.url);
      await grantAppRole(embedded.url, roleOf(embedded.appUrl));
      expect(roleOf(embedded.appUrl)).not.toBe(roleOf(embedded.url));
      for (const [sql, reason] of [
        ["SET session_replication_role = replica", /permission denied/],
        [`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner/],
        [`UPDATE "AuditEvent" SET action = 'rewritten'`, /permission denied/],
        [`TRUNCATE "AuditEvent"`, /permission denied/],
      ] as const) {
        await expect(query(embedded.appUrl, sql), sql).rejects.toThrow(reason);
      }
      // …while it does the app's work, appending to the log included.
      await query(embedded.appUrl, `INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.append', 'User', 'x')`);
      expect((await query(embedded.appUrl, `SELECT count(*)::int AS n FROM "AuditEvent"`)).rows).toEqual([{ n: 1 }]);
    } finally {
      await embedded.stop();
    }
  }, 180_000);
});
