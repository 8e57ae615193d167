/**
 * `npm run db:local`: runs the embedded PostgreSQL of `npm start` on its own and prints its
 * DATABASE_URL, for psql, `npm run db:migrate` and other tools. Ctrl-C stops it.
 */
import { startEmbeddedDb } from "./db/embedded";
import { prisma } from "./prisma-cli";

async function main(): Promise<void> {
  const db = await startEmbeddedDb({
    name: process.env.FACTDESK_DB_NAME ?? "app",
    database: "factdesk",
    port: Number(process.env.FACTDESK_DB_PORT ?? 54329),
  });
  // Runs until Ctrl-C: when it joined a server another launcher started, no child process keeps it alive.
  setInterval(() => {}, 1 << 30);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  prisma(["migrate", "deploy"], db.url);
  console.log(`DATABASE_URL=${db.url}`);
  console.log(`Embedded PostgreSQL is running (data in ${db.dataDir}); Ctrl-C stops it.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
