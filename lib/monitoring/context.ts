import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PoliteFetcher } from "./polite-fetch";

/** What monitoring's jobs work with: the database, the polite fetcher, the queue and the page-cache refresh. */
export type MonitoringContext = {
  db: PrismaClient;
  fetcher: PoliteFetcher;
  /** Enqueues article jobs (one per address: a second for an address already queued is dropped). */
  enqueueIngest(urls: string[]): Promise<void>;
  /** Refreshes the web server's public pages (lib/monitoring/revalidate.ts: a PostgreSQL notification). */
  refresh(tags: readonly string[]): void;
};
