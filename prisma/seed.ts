/**
 * `npm run db:seed`: writes the demo newsroom (prisma/demo-data.ts) into the database named by
 * DATABASE_URL. Safe to run again: if the demo data is there already, nothing is written.
 */
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { seedDemoData } from "./demo-data";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set: name the database to seed, e.g. DATABASE_URL=postgresql://user@host:5432/factdesk npm run db:seed",
    );
  }
  const db = createPrismaClient(url);
  try {
    const { seeded, counts } = await seedDemoData(db);
    const summary = Object.entries(counts)
      .map(([what, n]) => `${n} ${what}`)
      .join(", ");
    console.log(seeded ? `Demo data seeded: ${summary}.` : "Demo data already present, nothing written.");
  } finally {
    await db.$disconnect();
  }
}

// Only when run as a script (tsx prisma/seed.ts), not when imported.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
