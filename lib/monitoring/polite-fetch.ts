import "server-only";
import pg from "pg";
import robotsParser from "robots-parser";
import { ArticleFetchError, fetchArticlePage, type FetchedPage, type FetchOptions } from "@/lib/articles/fetch";

/**
 * Monitoring's requests, polite and safe: every one goes through lib/articles/fetch.ts (the SSRF
 * guard, size and time limits, manual redirects); one request at a time per host with at least
 * `gapMs` between them, across all workers (a PostgreSQL advisory lock per host, held for the
 * request and the gap after it); and article pages only where the site's robots.txt allows.
 */

export const USER_AGENT_TOKEN = "Factdesk";
/** Default gap between two requests to one host. FACTDESK_FETCH_GAP_MS overrides it (tests, the benchmark). */
export const DEFAULT_GAP_MS = 1000;
const ROBOTS_TTL_MS = 60 * 60 * 1000;

export type PoliteFetcher = {
  fetch(url: string, options?: FetchOptions): Promise<FetchedPage>;
  /** Whether robots.txt of the page's site lets Factdesk read it (fetched once an hour per site). */
  allowedByRobots(url: string): Promise<boolean>;
  close(): Promise<void>;
};

export function createPoliteFetcher(databaseUrl: string, settings: { gapMs?: number; fetchOptions?: FetchOptions } = {}): PoliteFetcher {
  const gapMs =
    settings.gapMs ?? (Number(process.env.FACTDESK_FETCH_GAP_MS) || (process.env.FACTDESK_FETCH_GAP_MS === "0" ? 0 : DEFAULT_GAP_MS));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const robots = new Map<string, { expires: number; allows: (url: string) => boolean }>();

  async function politely(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
    const host = new URL(url).host.toLowerCase();
    const client = await pool.connect();
    try {
      // One request per host at a time, across every worker on this database.
      await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [`factdesk-fetch:${host}`]);
      try {
        return await fetchArticlePage(url, { ...settings.fetchOptions, ...options });
      } finally {
        if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
        await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [`factdesk-fetch:${host}`]);
      }
    } finally {
      client.release();
    }
  }

  return {
    fetch: politely,
    async allowedByRobots(url) {
      const origin = new URL(url).origin;
      let entry = robots.get(origin);
      if (!entry || entry.expires < Date.now()) {
        const robotsUrl = `${origin}/robots.txt`;
        let body = "";
        try {
          body = (await politely(robotsUrl, { accept: ["text/plain"], maxBytes: 500 * 1024 })).body;
        } catch (error) {
          // No robots.txt (or an unreadable one) allows everything; a site that cannot be reached
          // fails the article's job, which is retried later.
          if (!(error instanceof ArticleFetchError) || error.reason === "unreachable" || error.reason === "timeout") throw error;
        }
        const parsed = robotsParser(robotsUrl, body);
        entry = { expires: Date.now() + ROBOTS_TTL_MS, allows: (page) => parsed.isAllowed(page, USER_AGENT_TOKEN) !== false };
        robots.set(origin, entry);
      }
      return entry.allows(url);
    },
    close: () => pool.end(),
  };
}
