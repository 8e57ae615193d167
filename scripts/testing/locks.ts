import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * For tests of transactions that run at the same time: row locks held by a connection of the
 * test's own, in an open transaction, so that a mutation stops at a chosen step until `release`.
 */
export async function holdRowLocks(url: string, sql: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  await client.query("BEGIN");
  const { rowCount } = await client.query(sql, params);
  if (!rowCount) throw new Error(`holdRowLocks: nothing locked by ${sql}`);
  return {
    async release() {
      await client.query("COMMIT");
      await client.end();
    },
  };
}

/** Waits until `count` sessions of the database wait for a lock, or `done()` says there is nothing to wait for. */
export async function waitForLockWaits(db: PrismaClient, count: number, done: () => boolean = () => false) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (done()) return;
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting >= count) return;
    if (Date.now() > deadline) throw new Error(`Timed out: ${row!.waiting} of ${count} sessions wait for a lock.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A promise that says whether it has settled (for waitForLockWaits' `done`). */
export function tracked<T>(promise: Promise<T>) {
  let settled = false;
  const result = promise.finally(() => void (settled = true));
  return { result, settled: () => settled };
}
