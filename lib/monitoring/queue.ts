import "server-only";
import { PgBoss, type Queue } from "pg-boss";

/**
 * The job queue (pg-boss, docs/decisions/020-job-queue.md). Its tables in the schema "pgboss" come
 * from our migration 20261207050000_job_queue; no process ever creates or migrates them, so the
 * app can run under a role that owns nothing (grants: docs/decisions/020-job-queue.md).
 */

export const QUEUE_SCHEMA = "pgboss";

/** Job names. */
export const JOBS = {
  /** Every worker, every SCHEDULER_SECONDS: enqueues the polls that are due (lib/monitoring/schedule.ts). */
  poll: "feed.poll",
  /** One article address of new feed items: fetch, extract, store with its suggestions, repeat check. */
  ingest: "article.ingest",
} as const;

export type FeedPollJob = { feedId: string };
export type ArticleIngestJob = { url: string };

/**
 * "exclusive": at most one job per singleton key (the feed's id, the article's address) queued or
 * running at a time, across all workers; sending another while one is there is a no-op. Failed jobs
 * are retried with exponential backoff and then stay in the table as failed, with their error,
 * until a moderator retries them (/moderation/health) or they are 14 days old. A worker that dies
 * stops sending its jobs' heartbeats; after heartbeatSeconds another worker's supervisor hands them
 * back. FACTDESK_JOB_RETRY_DELAY_SECONDS shortens the first retry's delay (tests).
 */
const retryDelay = Number(process.env.FACTDESK_JOB_RETRY_DELAY_SECONDS) || 30;
export const QUEUES: Queue[] = [
  { name: JOBS.poll, policy: "exclusive", retryLimit: 3, retryDelay, retryBackoff: true, expireInSeconds: 120, heartbeatSeconds: 10 },
  { name: JOBS.ingest, policy: "exclusive", retryLimit: 4, retryDelay, retryBackoff: true, expireInSeconds: 300, heartbeatSeconds: 10 },
];

export type QueueOptions = {
  /** How often a worker looks for jobs whose worker died (heartbeat missed) and hands them back. Seconds. */
  superviseSeconds?: number;
};

/** A pg-boss client that never touches the schema: it refuses to start against a different version. */
export function createQueueClient(databaseUrl: string, options: QueueOptions = {}): PgBoss {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: QUEUE_SCHEMA,
    migrate: false,
    createSchema: false,
    schedule: false,
    supervise: true,
    superviseIntervalSeconds: options.superviseSeconds ?? 10,
    monitorIntervalSeconds: options.superviseSeconds ?? 10,
    // Index rebuilds need the tables' owner; routine clean-up (deleting old jobs) does not.
    reindex: false,
    max: 4,
  });
  boss.on("error", (error) => console.error("[worker] job queue:", error));
  return boss;
}

/** Adds the queues on first use (rows in pgboss.queue: data, not schema) and keeps their settings current. */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const { name, policy, ...options } of QUEUES) {
    if (await boss.getQueue(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, { policy, ...options });
  }
}
