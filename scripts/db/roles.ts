/**
 * Two database roles (issue 16, item 11; docs/decisions/016-database-roles.md): the **owner**
 * owns the schema and runs the migrations (`DATABASE_MIGRATION_URL`); the **app** role
 * (`DATABASE_URL`) that the web server, scripts and job runs use owns nothing and is no superuser.
 * So the app's connection cannot `ALTER TABLE … DISABLE TRIGGER` (owners only) nor
 * `SET session_replication_role = replica` (superusers only), the two ways around the audit log's
 * append-only triggers, and it cannot UPDATE, DELETE or TRUNCATE the audit log at all.
 *
 * `grantAppRole` runs as the owner after every migration run; it is idempotent.
 */
import pg from "pg";

/** The schemas the app role works in: ours, and the job queue's (pg-boss, created by a migration). */
const APP_SCHEMAS = ["public", "pgboss"];

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The role (user name) of a PostgreSQL connection URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || "postgres";
}

/**
 * What the app role may do, granted by the owner of the schema's tables (connected by `ownerUrl`):
 * read and write every table but the audit log (read and append only), use the sequences, call
 * the functions; tables and sequences that later migrations create get the same by default.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const owner = roleOf(ownerUrl);
  if (owner === appRole) return; // one role for both: nothing to separate (see README)
  const app = quoteIdent(appRole);
  const client = new pg.Client({ connectionString: ownerUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${app}`);
    // Our tables, and those of the libraries whose schemas our migrations create (the job queue's).
    const schemas = await client.query<{ name: string }>("SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY($1)", [APP_SCHEMAS]);
    for (const { name } of schemas.rows) {
      const schema = quoteIdent(name);
      await client.query(`
        GRANT USAGE ON SCHEMA ${schema} TO ${app};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app};
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${app};
        ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};
        ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${app};
        ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${app};
      `);
    }
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${app}`);
  } finally {
    await client.end();
  }
}

/**
 * Creates the app role on a server where `adminUrl` may create roles (the embedded database, test
 * runs), or sets its password when it exists. It gets nothing but LOGIN: no superuser, no
 * CREATEDB/CREATEROLE, no replication, owns nothing.
 */
export async function ensureAppRole(adminUrl: string, appRole: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [appRole]);
    const literal = (await client.query<{ q: string }>("SELECT quote_literal($1) AS q", [password])).rows[0]!.q;
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal}`;
    await client.query(`${exists.rowCount ? "ALTER" : "CREATE"} ROLE ${quoteIdent(appRole)} WITH ${attributes}`);
  } finally {
    await client.end();
  }
}

/** `url` with another user and password (same server and database). */
export function withRole(url: string, role: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = password ? encodeURIComponent(password) : "";
  return parsed.toString();
}

/** Drops the roles a test run created (after its databases, which hold their grants, are gone). */
export async function dropRolesWithPrefix(adminUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)", [prefix]);
    for (const { rolname } of rows) await client.query(`DROP ROLE IF EXISTS ${quoteIdent(rolname)}`);
  } finally {
    await client.end();
  }
}
