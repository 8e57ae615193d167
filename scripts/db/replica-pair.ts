/**
 * A PostgreSQL primary and a streaming-replication standby of it, for tests of read replicas
 * (scripts/db/replica.test.ts): started from the machine's PostgreSQL 15 programs (initdb,
 * pg_basebackup, pg_ctl in /usr/lib/postgresql/15/bin) on the given ports, in a folder of their
 * own, as the OS user `postgres` when run as root (as the embedded database is). The shared
 * server on 5432 is not touched.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresOsUser } from "./embedded";

export const PG15_BIN = "/usr/lib/postgresql/15/bin";

export type ReplicaPair = {
  primaryUrl: (database: string) => string;
  standbyUrl: (database: string) => string;
  stop: () => void;
};

export function startReplicaPair(primaryPort: number, standbyPort: number): ReplicaPair {
  const runAs = postgresOsUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-replica-"));
  fs.chmodSync(dir, 0o755);
  if (runAs) fs.chownSync(dir, runAs.uid, runAs.gid);
  const run = (program: string, args: string[]) => {
    const result = spawnSync(path.join(PG15_BIN, program), args, {
      ...runAs,
      cwd: "/",
      encoding: "utf8",
      env: { ...process.env, LC_ALL: "C" },
    });
    if (result.status !== 0) throw new Error(`${program} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  };
  const primary = path.join(dir, "primary");
  const standby = path.join(dir, "standby");
  const settings = (port: number) =>
    [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`, "fsync = off", "shared_buffers = 32MB"].join(
      "\n",
    );

  run("initdb", ["-D", primary, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"]);
  fs.appendFileSync(primary + "/postgresql.conf", `\n${settings(primaryPort)}\nwal_level = replica\nmax_wal_senders = 4\n`);
  run("pg_ctl", ["-D", primary, "-l", path.join(dir, "primary.log"), "-w", "start"]);
  const stop = () => {
    for (const data of [standby, primary]) {
      if (fs.existsSync(path.join(data, "postmaster.pid")))
        spawnSync(path.join(PG15_BIN, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], { ...runAs, cwd: "/" });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // -R: standby.signal and primary_conninfo, i.e. a streaming standby of the primary.
    run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", standby, "-R", "-X", "stream"]);
    fs.appendFileSync(standby + "/postgresql.conf", `\n${settings(standbyPort)}\nhot_standby = on\n`);
    run("pg_ctl", ["-D", standby, "-l", path.join(dir, "standby.log"), "-w", "start"]);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    primaryUrl: (database) => `postgresql://postgres@127.0.0.1:${primaryPort}/${database}`,
    standbyUrl: (database) => `postgresql://postgres@127.0.0.1:${standbyPort}/${database}`,
    stop,
  };
}
