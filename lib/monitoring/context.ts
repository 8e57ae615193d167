import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PoliteFetcher } from "./polite-fetch";

/** What monitoring's jobs work with: the database, the polite fetcher, the queue and the page-cache refresh. */
export type MonitoringContext = {
  db: PrismaClient;
  fetcher: PoliteFetcher;
  /** Enqueues article jobs (one per address: a second for an address already queued is dropped). */
  enqueueIngest(urls: string[]): Promise<void>;
  /**
   * Refreshes public pages on every web server (lib/public-cache.ts: the shared tag store that each
   * server reads before a request, docs/decisions/022-shared-public-cache.md) and at a CDN.
   */
  refresh(tags: readonly string[]): void | Promise<void>;
};
