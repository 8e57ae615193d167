import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabase } from "./database";

/**
 * Gives the calling test file its own migrated database (cloned from the run's template) and a
 * Prisma client on it. Usage: `const t = useFreshDatabase();` then `t.db` inside tests.
 */
export function useFreshDatabase() {
  const state = {} as { url: string; name: string; db: PrismaClient };
  beforeAll(async () => {
    state.name = `${inject("runPrefix")}_${randomBytes(4).toString("hex")}`;
    state.url = await createDatabase(state.name, inject("templateDatabase"));
    state.db = createPrismaClient(state.url);
  });
  afterAll(async () => {
    await state.db?.$disconnect();
  });
  return state;
}
