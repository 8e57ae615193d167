import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl, uniqueDatabaseName } from "@/scripts/testing/database";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { ensureAppRole, grantAppRole, withRole } from "./roles";

// Issue 16, item 11, on the run's PostgreSQL server (the one at DATABASE_URL, or the embedded
// one without it; scripts/db/embedded.test.ts checks the embedded database's own app role too).

const t = useFreshDatabase();
const role = { name: uniqueDatabaseName("factdesk_test_app"), password: randomBytes(12).toString("hex") };
let app: pg.Client;

beforeAll(async () => {
  // A library's schema created by a migration, as the job queue's is (pg-boss: schema pgboss).
  const owner = new pg.Client({ connectionString: t.url });
  await owner.connect();
  await owner.query(`CREATE SCHEMA IF NOT EXISTS pgboss; CREATE TABLE pgboss.role_test (id serial PRIMARY KEY, name text)`);
  await owner.end();
  await ensureAppRole(adminUrl(), role.name, role.password);
  await grantAppRole(t.url, role.name);
  app = new pg.Client({ connectionString: withRole(t.url, role.name, role.password) });
  app.on("error", () => {});
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  const admin = new pg.Client({ connectionString: t.url });
  await admin.connect();
  await admin.query(`DROP OWNED BY "${role.name}"`);
  await admin.query(`DROP ROLE "${role.name}"`);
  await admin.end();
});

/** The error PostgreSQL gives the app's connection for `sql` (undefined when it ran). */
async function refusal(sql: string): Promise<string | undefined> {
  await app.query("BEGIN");
  try {
    await app.query(sql);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await app.query("ROLLBACK");
  }
}

/** Assertion that `sql` is refused by PostgreSQL's permissions. */
async function expectRefused(client: pg.Client, sql: string, reason: RegExp) {
  await client.query("BEGIN");
  try {
    await expect(client.query(sql)).rejects.toThrow(reason);
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("the app's database role", () => {
  it("cannot switch off the audit log's triggers, nor rewrite or empty the log", async () => {
    await expectRefused(app, "SET session_replication_role = replica", /permission denied/);
    await expectRefused(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner/);
    await expectRefused(app, `ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`, /must be owner/);
    await expectRefused(app, `UPDATE "AuditEvent" SET action = 'rewritten'`, /permission denied/);
    await expectRefused(app, `DELETE FROM "AuditEvent"`, /permission denied/);
    await expectRefused(app, `TRUNCATE "AuditEvent"`, /permission denied/);
    await expectRefused(app, `DROP TABLE "AuditEvent"`, /must be owner/);
  });

  it("is no superuser, owns nothing and cannot create tables or roles", async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false }]);
    const owned = await app.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect(owned.rows[0].n).toBe(0);
    await expectRefused(app, "CREATE TABLE sneaky (id int)", /permission denied/);
    await expectRefused(app, "CREATE ROLE sneaky", /permission denied/);
  });

  it("can do the app's work: read and write the tables, append to the audit log", async () => {
    expect(
      await refusal(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('role-test', 'role-test@example.test', 'Role test', now())`),
    ).toBeUndefined();
    expect(await refusal(`UPDATE "Claim" SET text = text WHERE false`)).toBeUndefined();
    expect(await refusal(`DELETE FROM rate_limits WHERE false`)).toBeUndefined();
    expect(
      await refusal(`INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.append', 'User', 'role-test')`),
    ).toBeUndefined();
    expect(await refusal(`SELECT count(*) FROM "AuditEvent"`)).toBeUndefined();
    // The job queue's tables, in a schema of their own.
    expect(await refusal(`INSERT INTO pgboss.role_test (name) VALUES ('job'); UPDATE pgboss.role_test SET name = 'done'`)).toBeUndefined();
    // The shared public-cache tag store (lib/shared-cache-tags.ts): its lock, WAL position and sequence.
    expect(
      await refusal(`LOCK TABLE "PublicCacheTag" IN SHARE ROW EXCLUSIVE MODE;
        INSERT INTO "PublicCacheTag" (tag, lsn) VALUES ('role-test', (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint)
        ON CONFLICT (tag) DO UPDATE SET version = nextval(pg_get_serial_sequence('"PublicCacheTag"', 'version')), lsn = excluded.lsn`),
    ).toBeUndefined();
  });
});
