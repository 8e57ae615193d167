import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "@/prisma/demo-data";
import { useFreshDatabase } from "./fresh-database";

/**
 * A fresh database with the demo data, used by the app's own `db` (lib/db.ts): for testing the
 * query modules as pages call them. The app client is created on first use, so pointing
 * DATABASE_URL at the test database before any query is enough.
 */
export function useSeededAppDatabase() {
  const state = useFreshDatabase();
  beforeAll(async () => {
    await seedDemoData(state.db);
    process.env.DATABASE_URL = state.url;
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  return state;
}
