import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { revalidateTag, unstable_cache } from "next/cache";
import { notePageTags, purge } from "@/lib/cdn";
import { db, publicRead } from "@/lib/db";
import { env } from "@/lib/env";
import { recordRefreshedTags } from "@/lib/shared-cache-tags";

// How public pages are cached and refreshed: docs/decisions/004-public-page-caching.md.

/**
 * Cache tags of what the public sees. Public queries tag their cached results with these; every
 * write that changes something public names the tags it touches, and the one write path
 * (lib/mutation.ts) refreshes them after its transaction commits.
 */
export const publicTags = {
  /**
   * Any list of published verdicts and anything that depends on which verdicts are public: home,
   * search, feeds, API lists, sitemap, claimant/source/topic pages, and the slug → verdict lookup
   * of verdict pages (so a verdict published at a slug that was a 404 shows at once).
   */
  verdicts: "verdicts",
  /** One verdict's page data, embed card and OG image (by verdict id); the API item is not cached. */
  verdict: (verdictId: string) => `verdict:${verdictId}`,
  /** The rating scale (labels, colours, ordinal values) shown on every verdict and on /methodology. */
  ratings: "ratings",
  /** Source names and reliability shown on verdict and source pages. */
  sources: "sources",
  claimants: "claimants",
  topics: "topics",
} as const;

/** Longest a cached public result lives without a refresh: a safety net for writes made outside
 * the app (scripts, SQL by hand), which cannot refresh the server's cache. */
export const PUBLIC_CACHE_SECONDS = 3600;

/**
 * Drops the tagged cache entries so the next public request reads fresh data (no stale window:
 * a retraction must never be served as a live verdict), on every web server: in this process at
 * once (inside a Next.js server), and on every server through the shared tag store
 * (lib/shared-cache-tags.ts), which they read before each request; then calls the CDN purge hook
 * when one is configured (lib/cdn-purge.ts). Any process may call it: a web server's write path,
 * a background worker, a script. Call it after the change has committed, and await it before
 * answering: the very next request, to any server, then shows the change.
 */
export async function refreshPublicPages(tags: readonly string[]): Promise<void> {
  const all = withImpliedTags(tags);
  if (isInsideNextServer()) for (const tag of all) revalidateTag(tag, { expire: 0 });
  try {
    await recordRefreshedTags(db, [...all]);
  } catch (error) {
    // The change itself has committed: the other servers catch up within PUBLIC_CACHE_SECONDS.
    console.error(`Could not record refreshed public cache tags (${[...all].join(", ")}) for the other servers:`, error);
  }
  // After the servers: a page the proxy fetches again once purged must come out fresh.
  const hook = env().cdnPurge;
  if (hook) {
    await purge(hook, [...all]).catch((error: unknown) => {
      console.error(`Could not purge public pages (${[...all].join(", ")}) from the CDN:`, error);
    });
  }
}

/**
 * A change to one verdict also changes the lists that show it (its rating and conclusion are on
 * cards, its rating in the charts), so `verdict:<id>` always brings `verdicts` along.
 */
export function withImpliedTags(tags: readonly string[]): Set<string> {
  const all = new Set(tags);
  if (tags.some((tag) => tag.startsWith(publicTags.verdict("")))) all.add(publicTags.verdicts);
  return all;
}

function isInsideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/**
 * A public query whose result is kept in Next.js' data cache, under `name` and the arguments,
 * tagged with `tags(...args)`. Cached results are stored as JSON; dates are encoded on the way in
 * and revived on the way out, so callers get the same shape (real `Date`s) from the cache as from
 * the database. Outside a Next.js server the query simply runs.
 */
export function cachedPublicQuery<Args extends (string | number)[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    notePageTags(tags(...args));
    const read = () => publicRead(() => query(...args));
    if (!isInsideNextServer()) return reviveDates(encodeDates(await read())) as Result;
    const cached = unstable_cache(async () => encodeDates(await read()), [name, ...args.map(String)], {
      tags: tags(...args),
      revalidate: PUBLIC_CACHE_SECONDS,
    });
    return reviveDates(await cached()) as Result;
  };
}

const DATE_KEY = "$date";

/** Dates → `{ $date: iso }`, everything else unchanged (query results are plain data). */
export function encodeDates(value: unknown): unknown {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeDates(item)]));
  }
  return value;
}

/** The inverse of encodeDates, also for values that went through JSON in between. Only the marker
 * objects become dates; strings that merely look like dates (claim text) stay strings. */
export function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === DATE_KEY && typeof entries[0]![1] === "string") {
      return new Date(entries[0]![1]);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, reviveDates(item)]));
  }
  return value;
}

/**
 * Next.js keeps cached pages and data on disk in the build folder, but remembers refreshed tags
 * only in memory. An entry written by an earlier server process may therefore describe another
 * database (the test suite reuses one build with fresh databases) or miss a change made while the
 * server was down. Called once at start-up (instrumentation.ts): every server starts cold.
 */
export async function dropCacheOfEarlierServers(distDir = process.env.NEXT_DIST_DIR || ".next"): Promise<void> {
  const root = path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir);
  await Promise.all([
    fs.rm(path.join(root, "cache", "fetch-cache"), { recursive: true, force: true }),
    fs.rm(path.join(root, "server", "route-cache"), { recursive: true, force: true }),
  ]);
}
