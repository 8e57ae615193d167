/**
 * `npm run worker`: one monitoring worker (lib/monitoring/worker.ts) against DATABASE_URL, beside
 * the web server; start as many as wanted. `npm start` runs one itself. Ctrl-C or SIGTERM lets
 * running jobs finish (or hands them back to the queue after 30 s), then exits.
 *
 * FACTDESK_SCHEDULER_SECONDS, FACTDESK_SUPERVISE_SECONDS and FACTDESK_JOB_RETRY_DELAY_SECONDS shorten
 * its timers (tests); FACTDESK_FETCH_GAP_MS sets the gap between two requests to one site.
 */
import "./require-supported-node";
import "./require-prisma-client";
import { startWorker } from "@/lib/monitoring/worker";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("[worker] DATABASE_URL is not set: the worker needs the database of the Factdesk it works for.");
    process.exit(1);
  }
  const worker = await startWorker({
    databaseUrl,
    schedulerSeconds: Number(process.env.FACTDESK_SCHEDULER_SECONDS) || undefined,
    superviseSeconds: Number(process.env.FACTDESK_SUPERVISE_SECONDS) || undefined,
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Started by the web server (scripts/serve-monitoring.ts): stop with it, however it ended.
  if (process.connected) process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
