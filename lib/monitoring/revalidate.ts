import "server-only";
import pg from "pg";

/**
 * Page-cache refresh across processes. Next.js keeps which cache tags were refreshed in the web
 * server's memory (docs/decisions/004-public-page-caching.md), so a worker's write that changes a
 * public page cannot refresh it itself: it sends the tags as a PostgreSQL notification on this
 * channel (after its transaction commits), and the production server (scripts/serve.ts) listens
 * and refreshes them at once through the internal route app/api/internal/revalidate.
 */
export const REVALIDATE_CHANNEL = "factdesk_revalidate";
/** A random token the server makes at start-up; only a request carrying it may refresh tags. */
export const REVALIDATE_TOKEN_ENV = "FACTDESK_REVALIDATE_TOKEN";
export const REVALIDATE_HEADER = "x-factdesk-revalidate";

/** For the worker's write path: refresh `tags` in every web server on this database. */
export function notifier(pool: pg.Pool): (tags: readonly string[]) => void {
  return (tags) => {
    if (tags.length === 0) return;
    pool.query("SELECT pg_notify($1, $2)", [REVALIDATE_CHANNEL, JSON.stringify([...new Set(tags)])]).catch((error: unknown) => {
      console.error("[worker] could not send the page-cache refresh:", error);
    });
  };
}

/**
 * Listens for refreshes on its own connection, reconnecting after a lost one. A refresh missed
 * while disconnected is caught by the cache's time limit (PUBLIC_CACHE_SECONDS).
 */
export function listenForRevalidation(databaseUrl: string, onTags: (tags: string[]) => void): { stop(): Promise<void> } {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const current = new pg.Client({ connectionString: databaseUrl });
    client = current;
    current.on("notification", (message) => {
      if (message.channel !== REVALIDATE_CHANNEL || !message.payload) return;
      try {
        const tags = JSON.parse(message.payload) as unknown;
        if (Array.isArray(tags)) onTags(tags.filter((tag): tag is string => typeof tag === "string"));
      } catch {
        // Not ours.
      }
    });
    current.on("error", () => {
      if (stopped) return;
      void current.end().catch(() => {});
      retry = setTimeout(() => void connect(), 2000);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${REVALIDATE_CHANNEL}`);
    } catch {
      if (!stopped) retry = setTimeout(() => void connect(), 2000);
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
