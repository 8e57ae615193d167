/**
 * `npm run db:migrate:check`: fails (exit 2) when prisma/schema.prisma differs from what the
 * committed migrations build, i.e. the schema changed without a migration. Prisma replays the
 * migrations into a temporary shadow database on the server of DATABASE_URL, or on an embedded
 * server (.factdesk/tools/) when DATABASE_URL is unset. `--schema FILE` checks another schema
 * file (used by its test).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT, startEmbeddedDb, type EmbeddedDb } from "./db/embedded";

async function main(): Promise<number> {
  const schemaIndex = process.argv.indexOf("--schema");
  const schema = schemaIndex > 0 ? process.argv[schemaIndex + 1]! : "prisma/schema.prisma";
  let embedded: EmbeddedDb | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDb({ name: "tools", database: "postgres", port: 54349, log: () => {} });
    url = embedded.url;
  }
  try {
    const result = spawnSync(
      process.execPath,
      [
        path.join(PROJECT_ROOT, "scripts", "prisma.mjs"),
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        schema,
        "--exit-code",
      ],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
    );
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    if (result.status === 2) {
      console.error(
        `\n${schema} has changes that no migration creates: run \`npm run db:migrate -- --name <change>\` and commit the migration.`,
      );
      return 2;
    }
    // Prisma's CLI exits 0 when its schema engine dies without an answer; only its explicit
    // "no difference" counts as a pass.
    if (result.status === 0 && result.stdout.includes("No difference detected")) {
      console.log("Migrations match the schema.");
      return 0;
    }
    console.error("The migration check could not compare schema and migrations (see the output above).");
    return 1;
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
