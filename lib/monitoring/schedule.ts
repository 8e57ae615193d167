import "server-only";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { JOBS, type ArticleIngestJob, type FeedPollJob } from "./queue";

/** How often each worker looks for due feeds. Several workers doing so is harmless: one poll job per feed. */
export const SCHEDULER_SECONDS = 20;
/** Feed items still pending this long have lost their job (a crash between saving them and queueing it). */
const STRAY_ITEM_MINUTES = 5;

/**
 * Queues a poll of every active feed whose time has come and whose source is not blocked, and
 * queues again the articles of items left pending. Both are idempotent: the queues allow one job
 * per feed and per address ("exclusive" policy, lib/monitoring/queue.ts).
 */
export async function enqueueDueWork(db: PrismaClient, boss: PgBoss, now = new Date()): Promise<{ polls: number; strays: number }> {
  const due = await db.feed.findMany({
    where: { status: "ACTIVE", nextPollAt: { lte: now }, source: { status: { not: "BLOCKED" } } },
    select: { id: true },
    orderBy: { nextPollAt: "asc" },
    take: 500,
  });
  if (due.length)
    await boss.insert(
      JOBS.poll,
      due.map((feed) => ({ data: { feedId: feed.id } satisfies FeedPollJob, singletonKey: feed.id })),
    );

  const strays = await db.feedItem.findMany({
    where: { state: "PENDING", createdAt: { lt: new Date(now.getTime() - STRAY_ITEM_MINUTES * 60_000) } },
    select: { url: true },
    distinct: ["url"],
    take: 500,
  });
  await enqueueIngest(
    boss,
    strays.map((item) => item.url),
  );
  return { polls: due.length, strays: strays.length };
}

export async function enqueueIngest(boss: PgBoss, urls: string[]): Promise<void> {
  if (urls.length === 0) return;
  await boss.insert(
    JOBS.ingest,
    urls.map((url) => ({ data: { url } satisfies ArticleIngestJob, singletonKey: url })),
  );
}
