import { revalidateTag } from "next/cache";

/**
 * Cache tags of what the public sees. Public queries tag their cached results with these; every
 * write that changes something public names the tags it touches, and the one write path
 * (lib/mutation.ts) refreshes them after its transaction commits.
 */
export const publicTags = {
  /** Any list of published verdicts: home, search, feeds, API lists, sitemap, claimant/source/topic pages. */
  verdicts: "verdicts",
  /** One verdict's page, share card, embed and API item (by verdict id). */
  verdict: (verdictId: string) => `verdict:${verdictId}`,
  /** The rating scale (labels, colours, ordinal values) shown on every verdict. */
  ratings: "ratings",
  /** Source names and reliability shown on verdict and source pages. */
  sources: "sources",
  claimants: "claimants",
  topics: "topics",
} as const;

/**
 * Drops the tagged cache entries so the next public request reads fresh data (no stale window:
 * a retraction must never be served as a live verdict). Outside a Next.js server (scripts, unit
 * tests) there is no cache to refresh.
 */
export function refreshPublicPages(tags: readonly string[]): void {
  if (!isInsideNextServer()) return;
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

function isInsideNextServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}
