import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "../prisma-cli";
import { startReplicaPair, type ReplicaPair } from "./replica-pair";

// Issue 17 item 5: public reads from a read replica (DATABASE_REPLICA_URL), against a real
// streaming standby started here. The replica is made to lag on purpose (WAL replay paused), so
// that where each read went shows in what it returns.

const base = 56000 + Math.floor(Math.random() * 400) * 2;
let pair: ReplicaPair;
let primary: pg.Client;
let standby: pg.Client;

/** The standby has replayed everything the primary has written (a condition, polled). */
async function standbyCaughtUp() {
  const [{ lsn }] = (await primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")).rows as [{ lsn: string }];
  await vi.waitFor(
    async () => {
      const { rows } = await standby.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]);
      if (!rows[0].done) throw new Error(`the standby has not replayed up to ${lsn} yet`);
    },
    { timeout: 60_000, interval: 20 },
  );
}

const setLabel = (label: string) => primary.query(`UPDATE "Rating" SET label = $1 WHERE key = 'false'`, [label]);

beforeAll(async () => {
  pair = startReplicaPair(base, base + 1);
  const admin = new pg.Client(pair.primaryUrl("postgres"));
  await admin.connect();
  await admin.query("CREATE DATABASE factdesk_replica");
  await admin.end();
  prisma(["migrate", "deploy"], pair.primaryUrl("factdesk_replica"));
  primary = new pg.Client(pair.primaryUrl("factdesk_replica"));
  await primary.connect();
  // The migrations bring the default rating scale ("False" among it).
  // The app of this test file: its primary and its replica.
  process.env.DATABASE_URL = pair.primaryUrl("factdesk_replica");
  process.env.DATABASE_REPLICA_URL = pair.standbyUrl("factdesk_replica");
  standby = new pg.Client(pair.standbyUrl("factdesk_replica"));
  await standby.connect(); // pg_ctl -w returned once the standby accepts connections
  await standbyCaughtUp();
});

afterAll(async () => {
  try {
    await Promise.all([primary?.end(), standby?.end()]);
    if (process.env.DATABASE_REPLICA_URL) {
      const { db } = await import("@/lib/db");
      await db.$disconnect();
    }
  } finally {
    pair?.stop();
  }
});

describe("public reads with DATABASE_REPLICA_URL", () => {
  it("go to the replica, staff reads to the primary, and after a refresh to the primary until the replica has replayed it", async () => {
    const { db, publicPagesRefreshedAt } = await import("@/lib/db");
    const { listRatingScale } = await import("@/lib/ratings/queries");
    const { publicTags, refreshPublicPages } = await import("@/lib/public-cache");
    const { createTagSync } = await import("@/lib/shared-cache-tags");
    const labelOfFalse = async () => (await listRatingScale()).find((rating) => rating.key === "false")?.label;
    // What a web server does before each request (scripts/serve.ts).
    const tags = createTagSync(pair.primaryUrl("factdesk_replica"), () => undefined, publicPagesRefreshedAt);
    await tags.sync();

    try {
      expect(await labelOfFalse()).toBe("False");

      // The replica lags: a change on the primary is not on it yet.
      await standby.query("SELECT pg_wal_replay_pause()");
      await setLabel("False (lagging)");
      // A public read answers from the replica; a staff read, on the primary, sees the change.
      expect(await labelOfFalse()).toBe("False");
      expect((await db.rating.findFirst({ where: { key: "false" } }))?.label).toBe("False (lagging)");

      // The change is published: its pages are refreshed (at the primary's WAL position) and the
      // server learns of it. Public reads now go to the primary while the replica has not
      // replayed that far, so the re-rendered page cannot be the old one.
      await refreshPublicPages([publicTags.ratings]);
      await tags.sync();
      expect(await labelOfFalse()).toBe("False (lagging)");

      // Once the replica has caught up, public reads go back to it: with replay paused again, a
      // change made without a refresh is not seen (the replica answers).
      await standby.query("SELECT pg_wal_replay_resume()");
      await standbyCaughtUp();
      expect(await labelOfFalse()).toBe("False (lagging)");
      await standby.query("SELECT pg_wal_replay_pause()");
      await setLabel("False (unrefreshed)");
      expect(await labelOfFalse()).toBe("False (lagging)");
    } finally {
      await standby.query("SELECT pg_wal_replay_resume()");
      await tags.close();
    }
  });
});
