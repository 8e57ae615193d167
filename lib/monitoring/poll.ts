import "server-only";
import { z } from "zod";
import { ArticleFetchError } from "@/lib/articles/fetch";
import { runSystemMutation } from "@/lib/mutation";
import type { MonitoringContext } from "./context";
import { FEED_TYPES, FeedParseError, parseFeed, type ParsedFeed } from "./feed-parse";
import { articlesOnFile } from "./intake";

/** Feeds are larger than articles' text but never this large; a bigger answer is an error. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;
const SYSTEM = "monitoring: feed poll";

export type PollOutcome =
  | { kind: "skipped"; reason: string }
  | { kind: "not-modified" }
  | { kind: "polled"; newItems: number }
  | { kind: "failed"; message: string };

/**
 * Polls one feed: a conditional GET (304 → nothing to do), then at most `maxItemsPerPoll` items
 * not seen before are stored as FeedItems and their articles queued. A feed that cannot be read
 * (network, HTTP, size, time, not a feed, malformed) gets `lastError` and one more consecutive
 * failure; the job itself succeeds, so one broken feed never holds up the others.
 */
export async function pollFeed(feedId: string, ctx: MonitoringContext): Promise<PollOutcome> {
  const feed = await ctx.db.feed.findUnique({ where: { id: feedId }, include: { source: { select: { status: true } } } });
  if (!feed) return { kind: "skipped", reason: "The feed was removed." };
  if (feed.status !== "ACTIVE") return { kind: "skipped", reason: "The feed is paused." };
  if (feed.source.status === "BLOCKED") return { kind: "skipped", reason: "The feed's source is blocked." };
  const next = new Date(Date.now() + feed.pollMinutes * 60_000);

  let parsed: ParsedFeed;
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const page = await ctx.fetcher.fetch(feed.url, {
      accept: FEED_TYPES,
      maxBytes: MAX_FEED_BYTES,
      conditional: { etag: feed.etag, lastModified: feed.lastModified },
    });
    if (page.notModified) {
      // Only when it was checked changes: no audit event for a feed that has not changed.
      const checked = await runSystemMutation(
        {
          system: SYSTEM,
          schema: z.object({ feedId: z.string() }),
          input: { feedId: feed.id },
          async change(tx, data) {
            await tx.feed.update({
              where: { id: data.feedId },
              data: { lastCheckedAt: new Date(), nextPollAt: next, consecutiveFailures: 0, lastError: null },
            });
            return { result: null, audit: [] };
          },
        },
        { db: ctx.db, refresh: ctx.refresh },
      );
      if (!checked.ok) throw new Error(checked.message);
      return { kind: "not-modified" };
    }
    parsed = parseFeed(page.body, page.contentType, page.url);
    validators = { etag: page.etag, lastModified: page.lastModified };
  } catch (error) {
    if (!(error instanceof ArticleFetchError) && !(error instanceof FeedParseError)) throw error;
    const message = feedErrorMessage(error);
    await runSystemMutation(
      {
        system: SYSTEM,
        schema: z.object({ message: z.string() }),
        input: { message },
        async change(tx, data) {
          const updated = await tx.feed.update({
            where: { id: feed.id },
            data: {
              lastCheckedAt: new Date(),
              lastError: data.message,
              lastErrorAt: new Date(),
              consecutiveFailures: { increment: 1 },
              nextPollAt: backoff(feed.pollMinutes, feed.consecutiveFailures + 1),
            },
          });
          // One audit event when the feed starts failing (or its error changes), not one per poll.
          const audit =
            feed.lastError === data.message
              ? []
              : [
                  {
                    action: "feed.poll_failed",
                    entityType: "Feed",
                    entityId: feed.id,
                    before: { lastError: feed.lastError },
                    after: { lastError: data.message, consecutiveFailures: updated.consecutiveFailures },
                  },
                ];
          return { result: null, audit };
        },
      },
      { db: ctx.db, refresh: ctx.refresh },
    );
    return { kind: "failed", message };
  }

  const known = new Set(
    (
      await ctx.db.feedItem.findMany({ where: { feedId: feed.id, guid: { in: parsed.items.map((i) => i.guid) } }, select: { guid: true } })
    ).map((item) => item.guid),
  );
  const fresh = dedupe(parsed.items.filter((item) => !known.has(item.guid))).slice(0, feed.maxItemsPerPoll);

  const saved = await runSystemMutation(
    {
      system: SYSTEM,
      schema: z.object({ count: z.number() }),
      input: { count: fresh.length },
      async change(tx) {
        const created = fresh.length
          ? await tx.feedItem.createManyAndReturn({
              data: fresh.map((item) => ({ feedId: feed.id, ...item })),
              skipDuplicates: true,
              select: { id: true, url: true },
            })
          : [];
        // An address already on file (another feed brought it in, or a reviewer): not fetched again.
        const onFile = await articlesOnFile(
          tx,
          created.map((item) => item.url),
        );
        for (const [url, articleId] of onFile) {
          await tx.feedItem.updateMany({ where: { feedId: feed.id, url, state: "PENDING" }, data: { state: "INGESTED", articleId } });
        }
        const toFetch = created.filter((item) => !onFile.has(item.url));
        await tx.feed.update({
          where: { id: feed.id },
          data: {
            format: parsed.format,
            title: feed.title ?? parsed.title,
            ...validators,
            lastCheckedAt: new Date(),
            ...(created.length ? { lastNewItemAt: new Date() } : {}),
            lastError: null,
            consecutiveFailures: 0,
            nextPollAt: next,
          },
        });
        const audit = [];
        if (created.length) {
          audit.push({ action: "feed.items_found", entityType: "Feed", entityId: feed.id, after: { newItems: created.length } });
        }
        if (feed.lastError) {
          audit.push({ action: "feed.recovered", entityType: "Feed", entityId: feed.id, before: { lastError: feed.lastError }, after: {} });
        }
        return { result: { created: created.length, toFetch }, audit };
      },
    },
    { db: ctx.db, refresh: ctx.refresh },
  );
  if (!saved.ok) throw new Error(saved.message);
  await ctx.enqueueIngest([...new Set(saved.data.toFetch.map((item) => item.url))]);
  return { kind: "polled", newItems: saved.data.created };
}

/** One item per guid (a feed listing an entry twice). */
function dedupe<T extends { guid: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.guid) && seen.add(item.guid));
}

/** A failing feed is tried less often: the interval doubled per failure, at most a day. */
function backoff(pollMinutes: number, failures: number): Date {
  const minutes = Math.min(pollMinutes * 2 ** Math.min(failures - 1, 10), 24 * 60);
  return new Date(Date.now() + minutes * 60_000);
}

function feedErrorMessage(error: ArticleFetchError | FeedParseError): string {
  if (error instanceof FeedParseError) return error.message;
  switch (error.reason) {
    case "too-large":
      return `The feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB, so it was not read.`;
    case "content-type":
      return (
        "The address does not give a feed (RSS, Atom or JSON Feed): " +
        error.message.replace(/^That address does not lead to a web page /, "")
      );
    default:
      return error.message;
  }
}
