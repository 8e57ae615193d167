import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { isStatementTimeout } from "./timeout";

const t = useFreshDatabase();
let limited: PrismaClient;

beforeAll(() => {
  limited = createPrismaClient(t.url, { statementTimeoutMs: 200 });
});
afterAll(async () => {
  await limited.$disconnect();
});

describe("search statement timeout", () => {
  it("cancels a statement that runs past the timeout, and the error is recognised", async () => {
    const error = await limited.$queryRaw`SELECT pg_sleep(2)::text AS slept`.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).not.toBeNull();
    expect(isStatementTimeout(error)).toBe(true);
  });

  it("lets quick statements through and does not mistake other errors for a timeout", async () => {
    expect(await limited.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`).toEqual([{ one: 1 }]);
    const other = await limited.$queryRawUnsafe("SELECT * FROM no_such_table").catch((caught: unknown) => caught);
    expect(isStatementTimeout(other)).toBe(false);
  });

  it("leaves the app's own client without a timeout", async () => {
    await expect(t.db.$queryRaw`SELECT pg_sleep(0.3)::text AS slept`).resolves.toBeDefined();
  });
});
