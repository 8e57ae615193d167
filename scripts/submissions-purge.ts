/**
 * `npm run submissions:purge`: deletes submitters' contact details 90 days after their submission
 * was closed (lib/submissions/retention.ts), now. The app also does this daily on its own. Uses
 * DATABASE_URL, or the embedded database of `npm start` when it is unset (stop `npm start` first).
 */
import { createPrismaClient } from "@/lib/db";
import { purgeExpiredContacts } from "@/lib/submissions/retention";
import { startEmbeddedDb, type EmbeddedDb } from "./db/embedded";
import { prisma } from "./prisma-cli";

async function main(): Promise<number> {
  let embedded: EmbeddedDb | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDb({
      name: "app",
      database: "factdesk",
      port: Number(process.env.FACTDESK_DB_PORT ?? 54329),
      log: () => {},
    });
    url = embedded.url;
    prisma(["migrate", "deploy"], url);
  }
  const db = createPrismaClient(url);
  try {
    const { closed, purged } = await purgeExpiredContacts(db);
    console.log(`Closed ${closed} accepted submission(s) whose check has ended; deleted the contact details of ${purged}.`);
    return 0;
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
