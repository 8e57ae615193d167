import "server-only";
import type { Job, JobResult } from "pg-boss";
import { createPrismaClient } from "@/lib/db";
import { refreshPublicPages } from "@/lib/public-cache";
import type { MonitoringContext } from "./context";
import { ingestArticleUrl } from "./intake";
import { pollFeed } from "./poll";
import { createPoliteFetcher } from "./polite-fetch";
import { createQueueClient, ensureQueues, JOBS, QUEUES, type ArticleIngestJob, type FeedPollJob } from "./queue";
import { enqueueDueWork, enqueueIngest, SCHEDULER_SECONDS } from "./schedule";

export type WorkerSettings = {
  databaseUrl: string;
  log?: (message: string) => void;
  /** Seconds between looks for due feeds (default SCHEDULER_SECONDS). */
  schedulerSeconds?: number;
  /** Seconds between looks for jobs of dead workers (default 10). */
  superviseSeconds?: number;
};

/** Jobs fetched at once per queue; they run one after another (pg-boss waits a polling interval between fetches of a partial batch). */
const BATCH = 5;

/**
 * A monitoring worker: polls due feeds and takes in their articles (lib/monitoring/poll.ts,
 * intake.ts) from the job queue. Run as many as wanted against one database (`npm run worker`);
 * `npm start` runs one. `stop()` lets running jobs finish (or hands them back after 30 s).
 */
export async function startWorker(settings: WorkerSettings): Promise<{ stop(): Promise<void> }> {
  const log = settings.log ?? ((message: string) => console.log(`[worker] ${message}`));
  const db = createPrismaClient(settings.databaseUrl);
  const fetcher = createPoliteFetcher(settings.databaseUrl);
  const boss = createQueueClient(settings.databaseUrl, { superviseSeconds: settings.superviseSeconds });
  await boss.start();
  await ensureQueues(boss);

  const ctx: MonitoringContext = { db, fetcher, enqueueIngest: (urls) => enqueueIngest(boss, urls), refresh: refreshPublicPages };
  const retryLimit = (name: string) => QUEUES.find((queue) => queue.name === name)?.retryLimit ?? 0;

  const each =
    <T>(name: string, run: (job: Job<T>) => Promise<unknown>) =>
    async (jobs: Job<T>[]): Promise<JobResult[]> => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          results.push({ id: job.id, status: "completed", output: { outcome: await run(job) } });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${name} ${JSON.stringify(job.data)} failed (try ${job.retryCount + 1}): ${message}`);
          results.push({ id: job.id, status: "failed", output: { message } });
        }
      }
      return results;
    };
  const workOptions = { batchSize: BATCH, burstWhenBatchFull: true, pollingIntervalSeconds: 1, perJobResults: true } as const;
  await boss.work<FeedPollJob>(
    JOBS.poll,
    workOptions,
    each<FeedPollJob>(JOBS.poll, (job) => pollFeed(job.data.feedId, ctx)),
  );
  await boss.work<ArticleIngestJob>(
    JOBS.ingest,
    workOptions,
    each<ArticleIngestJob>(JOBS.ingest, (job) => ingestArticleUrl(job.data.url, ctx, job.retryCount >= retryLimit(JOBS.ingest))),
  );

  let scheduling = Promise.resolve();
  const schedule = () => {
    scheduling = enqueueDueWork(db, boss)
      .then(() => undefined)
      .catch((error: unknown) => log(`could not queue due feeds: ${error instanceof Error ? error.message : String(error)}`));
  };
  schedule();
  const timer = setInterval(schedule, (settings.schedulerSeconds ?? SCHEDULER_SECONDS) * 1000);
  log(`ready (pid ${process.pid})`);

  return {
    async stop() {
      clearInterval(timer);
      await scheduling;
      await boss.stop({ graceful: true, timeout: 30_000, close: true });
      await Promise.all([fetcher.close(), db.$disconnect()]);
      log("stopped");
    },
  };
}
