import "server-only";
import { z } from "zod";
import { db as appDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, type MutationDeps } from "@/lib/mutation";
import { JOBS, QUEUE_SCHEMA } from "./queue";

/** The health page's data (/moderation/health): each feed's state, the job queue's depth and its failed jobs. */

export type FeedHealth = {
  id: string;
  url: string;
  title: string | null;
  sourceName: string;
  sourceBlocked: boolean;
  status: "ACTIVE" | "PAUSED";
  lastCheckedAt: Date | null;
  lastNewItemAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  consecutiveFailures: number;
  /** New items per day over the last 7 days. */
  itemsPerDay: number;
  /** Items whose article could not be taken in, over the last 7 days. */
  failedItems: number;
};

export async function feedHealth(db: PrismaClient = appDb): Promise<FeedHealth[]> {
  const since = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const [feeds, counts, failures] = await Promise.all([
    db.feed.findMany({
      include: { source: { select: { name: true, status: true } } },
      orderBy: [{ consecutiveFailures: "desc" }, { url: "asc" }],
    }),
    db.feedItem.groupBy({ by: ["feedId"], where: { createdAt: { gte: since } }, _count: { _all: true } }),
    db.feedItem.groupBy({ by: ["feedId"], where: { createdAt: { gte: since }, state: "FAILED" }, _count: { _all: true } }),
  ]);
  const countOf = (rows: typeof counts, id: string) => rows.find((row) => row.feedId === id)?._count._all ?? 0;
  return feeds.map((feed) => ({
    id: feed.id,
    url: feed.url,
    title: feed.title,
    sourceName: feed.source.name,
    sourceBlocked: feed.source.status === "BLOCKED",
    status: feed.status,
    lastCheckedAt: feed.lastCheckedAt,
    lastNewItemAt: feed.lastNewItemAt,
    lastError: feed.lastError,
    lastErrorAt: feed.lastErrorAt,
    consecutiveFailures: feed.consecutiveFailures,
    itemsPerDay: Math.round((countOf(counts, feed.id) / 7) * 10) / 10,
    failedItems: countOf(failures, feed.id),
  }));
}

export type QueueDepth = { name: string; waiting: number; retrying: number; running: number; failed: number };

/** Jobs per queue: waiting to run, waiting for a retry, running, and failed for good. */
export async function queueDepth(db: PrismaClient = appDb): Promise<QueueDepth[]> {
  const rows = await db.$queryRawUnsafe<{ name: string; state: string; count: bigint }[]>(
    `SELECT name, state::text AS state, count(*) AS count FROM ${QUEUE_SCHEMA}.job
     WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name, state`,
  );
  return Object.values(JOBS).map((name) => {
    const count = (state: string) => Number(rows.find((row) => row.name === name && row.state === state)?.count ?? 0);
    return { name, waiting: count("created"), retrying: count("retry"), running: count("active"), failed: count("failed") };
  });
}

export type FailedJob = { id: string; name: string; subject: string; error: string; tries: number; failedAt: Date | null };

/** Jobs that failed after all their retries, newest first, with the error of their last try. */
export async function failedJobs(db: PrismaClient = appDb, limit = 50): Promise<FailedJob[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      name: string;
      data: Record<string, unknown> | null;
      output: Record<string, unknown> | null;
      retry_count: number;
      completed_on: Date | null;
    }[]
  >(
    `SELECT id::text AS id, name, data, output, retry_count, completed_on FROM ${QUEUE_SCHEMA}.job
     WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    subject: String(row.data?.url ?? row.data?.feedId ?? ""),
    error: String(row.output?.message ?? row.output?.value ?? JSON.stringify(row.output ?? {})).slice(0, 1000),
    tries: row.retry_count + 1,
    failedAt: row.completed_on,
  }));
}

export const retryJobSchema = z.object({ jobId: z.uuid() });

/** A moderator runs a failed job again (once more; it keeps its backoff if it fails again). */
export function retryFailedJob(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: retryJobSchema,
      input,
      async change(tx, data) {
        const [job] = await tx.$queryRawUnsafe<{ name: string; singleton_key: string | null; data: unknown }[]>(
          `SELECT name, singleton_key, data FROM ${QUEUE_SCHEMA}.job WHERE id = $1::uuid AND state = 'failed' FOR UPDATE`,
          data.jobId,
        );
        if (!job) throw new MutationRefused(404, "That job is no longer in the failed list (it was retried or cleaned up).");
        const [newer] = await tx.$queryRawUnsafe<unknown[]>(
          `SELECT 1 FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key IS NOT DISTINCT FROM $2 AND state < 'completed' LIMIT 1`,
          job.name,
          job.singleton_key,
        );
        if (!newer) {
          // pg-boss's own retry (its retryJobs plan), inside this transaction so that it commits with its audit event.
          await tx.$executeRawUnsafe(
            `UPDATE ${QUEUE_SCHEMA}.job SET state = 'retry', retry_limit = retry_limit + 1, completed_on = NULL,
               start_after = GREATEST(start_after, now()) WHERE id = $1::uuid AND state = 'failed'`,
            data.jobId,
          );
        }
        return {
          result: { requeued: !newer },
          audit: {
            action: "job.retry",
            entityType: "Job",
            entityId: data.jobId,
            after: { name: job.name, data: job.data, requeued: !newer },
          },
        };
      },
    },
    deps,
  );
}
