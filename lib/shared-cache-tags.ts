import "server-only";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// The public cache's shared tag store (docs/decisions/022-shared-public-cache.md): Next.js keeps
// refreshed tags only in the memory of the process that refreshed them. Every refresh, in any
// process (a web server, a background worker, a script), also gives its tags a new version in the
// PublicCacheTag table; every web server reads the versions above the last one it has seen before
// it serves a request (scripts/serve.ts) and expires those tags in its own cache.

type Writer = Pick<PrismaClient, "$transaction" | "$executeRaw">;

/**
 * Gives `tags` new versions. Under a table lock that only writers take (readers don't wait), so
 * that versions become visible in the order they were taken: a server that has seen version N
 * can never later find a version below N committed.
 */
export async function recordRefreshedTags(db: Writer, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await db.$transaction([
    db.$executeRaw`LOCK TABLE "PublicCacheTag" IN SHARE ROW EXCLUSIVE MODE`,
    db.$executeRaw`INSERT INTO "PublicCacheTag" (tag, lsn)
      SELECT DISTINCT unnest(${[...tags]}::text[]), (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint
      ON CONFLICT (tag) DO UPDATE SET version = nextval(pg_get_serial_sequence('"PublicCacheTag"', 'version')), lsn = excluded.lsn`,
  ]);
}

export type TagSync = {
  /** Resolves once every refresh committed before the call has been applied to this process. */
  sync(): Promise<void>;
  close(): Promise<void>;
};

/**
 * The reading side, one per web server: `sync()` reads the tags refreshed since the last read and
 * hands them to `expire`. Concurrent callers share reads, but never one that began before they
 * called (it might miss a refresh committed just before their request): such a caller waits for
 * it and for one more read, shared by everyone who arrived meanwhile. At most two reads are thus
 * under way at a time, whatever the request rate.
 */
export function createTagSync(
  connectionString: string,
  expire: (tags: string[]) => void,
  /** The primary's WAL position of the newest refresh seen (for lib/db.ts' replica reads). */
  refreshedAtLsn: (lsn: bigint) => void = () => undefined,
): TagSync {
  const pool = new pg.Pool({ connectionString, max: 2, application_name: "factdesk-cache-tags" });
  let seen: bigint | undefined;
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  async function read(): Promise<void> {
    if (seen === undefined) {
      // At start-up: the cache is empty (instrumentation.ts), so earlier refreshes need nothing.
      // Its replica reads, though, must not see less than the newest refresh.
      const { rows } = await pool.query<{ max: string; lsn: string }>(
        `SELECT coalesce(max(version), 0)::text AS max, coalesce(max(lsn), 0)::text AS lsn FROM "PublicCacheTag"`,
      );
      seen = BigInt(rows[0]!.max);
      refreshedAtLsn(BigInt(rows[0]!.lsn));
      return;
    }
    const { rows } = await pool.query<{ tag: string; version: string; lsn: string | null }>(
      `SELECT tag, version::text, lsn::text FROM "PublicCacheTag" WHERE version > $1`,
      [seen.toString()],
    );
    if (rows.length === 0) return;
    let lsn = 0n;
    for (const row of rows) {
      if (BigInt(row.version) > seen) seen = BigInt(row.version);
      if (row.lsn && BigInt(row.lsn) > lsn) lsn = BigInt(row.lsn);
    }
    refreshedAtLsn(lsn);
    expire(rows.map((row) => row.tag));
  }

  function sync(): Promise<void> {
    if (!running) {
      running = read().finally(() => (running = undefined));
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return sync();
      });
    return queued;
  }

  return { sync, close: () => pool.end() };
}
