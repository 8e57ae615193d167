import "server-only";
import { z } from "zod";
import { ArticleFetchError, fetchArticlePage, parseArticleUrl, type FetchOptions } from "@/lib/articles/fetch";
import { normaliseArticleUrl } from "@/lib/articles/url";
import { changedFields } from "@/lib/audit";
import { db as appDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedFormat } from "@/lib/generated/prisma/enums";
import { authorise, fieldErrorsOf, MutationRefused, runMutation, staleEdit, type MutationDeps, type MutationResult } from "@/lib/mutation";
import { toSourceKey } from "@/lib/sources/domain";
import { blockedSourceMessage, findSourceForHost } from "@/lib/sources/lookup";
import { discoverFeedLinks, FEED_TYPES, PAGE_TYPES, recogniseFeed } from "./feed-discovery";

/**
 * Watched feeds (issue 13, docs/decisions/021-feeds-and-todays-claims.md): a moderator attaches
 * an RSS, Atom or JSON Feed to a source, by the feed's address or by the site's address (the feed
 * is then discovered from the page's <link rel="alternate">), sets how often it is polled and how
 * many new items a poll takes, pauses, resumes or removes it. Polling itself is the worker's
 * (lib/monitoring), which never bumps `version`: that is for these edits only. Nothing here is on
 * a public page, so nothing is refreshed.
 */

export const POLL_MINUTES = { min: 5, max: 1440, default: 15 } as const;
export const MAX_ITEMS = { min: 1, max: 500, default: 50 } as const;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const pollMinutes = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Give the poll interval in minutes." })
    .int("Give a whole number of minutes.")
    .min(POLL_MINUTES.min, `Poll at most every ${POLL_MINUTES.min} minutes.`)
    .max(POLL_MINUTES.max, `Poll at least once a day (${POLL_MINUTES.max} minutes).`)
    .default(POLL_MINUTES.default),
);
const maxItemsPerPoll = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Give a number of items." })
    .int("Give a whole number of items.")
    .min(MAX_ITEMS.min, "Take at least one item per poll.")
    .max(MAX_ITEMS.max, `Take at most ${MAX_ITEMS.max} items per poll.`)
    .default(MAX_ITEMS.default),
);
const id = z.string().trim().min(1);
const version = z.coerce.number().int().min(1);

export const addFeedSchema = z.object({
  sourceId: id,
  address: z.string({ error: "Give the feed's or the site's address." }).trim().min(1, "Give the feed's or the site's address.").max(2000),
  pollMinutes,
  maxItemsPerPoll,
});
export const updateFeedSchema = z.object({ id, version, pollMinutes, maxItemsPerPoll });
export const feedStatusSchema = z.object({ id, version, status: z.enum(["ACTIVE", "PAUSED"]) });
export const removeFeedSchema = z.object({ id, version });

export type AddedFeed = {
  id: string;
  url: string;
  title: string | null;
  format: FeedFormat;
  /** The site's address when the feed was discovered from it. */
  discoveredFrom: string | null;
  /** Other feeds the page announced, for the moderator to add too if wanted. */
  otherFeeds: string[];
};

type Found = { url: string; format: FeedFormat; title: string | null; siteUrl: string | null; otherFeeds: string[] };

/** A refusal of the address field, stopping the add. */
class AddressRefused extends Error {
  constructor(
    message: string,
    readonly status: 400 | 409 = 400,
    readonly current?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const feedSelect = {
  id: true,
  url: true,
  sourceId: true,
  status: true,
  pollMinutes: true,
  maxItemsPerPoll: true,
  lastCheckedAt: true,
  version: true,
} as const satisfies Prisma.FeedSelect;

type Reader = Pick<Prisma.TransactionClient, "source" | "feed">;

/** The feed's host must be the source's domain, one of its aliases, or a subdomain of either. */
async function assertSourceDomain(tx: Prisma.TransactionClient, source: { id: string; name: string; domain: string }, url: string) {
  const key = toSourceKey(url);
  const owner = key ? await findSourceForHost(tx, key) : null;
  if (owner?.id === source.id) return;
  throw new AddressRefused(
    owner
      ? `${new URL(url).host} belongs to another source in the registry, “${owner.name}” (${owner.domain}); add the feed there.`
      : `${new URL(url).host} is not ${source.domain} nor one of its aliases: a source's feeds must come from its own site.`,
  );
}

/** Refuses an address that is already watched, naming the source that watches it. */
async function assertNotWatched(tx: Reader, url: string) {
  const existing = await tx.feed.findUnique({
    where: { url },
    select: { id: true, url: true, source: { select: { id: true, name: true } } },
  });
  if (existing) {
    throw new AddressRefused(`This feed is already watched, for “${existing.source.name}”.`, 409, {
      duplicateOf: { id: existing.id, url: existing.url, sourceId: existing.source.id, sourceName: existing.source.name },
    });
  }
}

async function sourceToWatch(tx: Reader, sourceId: string) {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { id: true, name: true, domain: true, status: true, reliabilityNote: true },
  });
  if (!source) throw new MutationRefused(404, "That source is no longer in the registry (merged or removed).");
  if (source.status === "BLOCKED") throw new AddressRefused(`${blockedSourceMessage(source)} Its feeds cannot be watched.`);
  return source;
}

/**
 * The feed at `address`: the address itself when it serves a feed, else the first feed its page
 * announces that is the source's (checked before it is fetched) and is a feed when fetched.
 */
async function findFeed(
  tx: Prisma.TransactionClient,
  source: { id: string; name: string; domain: string },
  address: string,
  fetchOptions?: FetchOptions,
): Promise<Found> {
  const fetchAs = async (url: string, accept: readonly string[]) => {
    try {
      return await fetchArticlePage(url, { ...fetchOptions, accept });
    } catch (error) {
      if (error instanceof ArticleFetchError && error.reason === "content-type") {
        throw new AddressRefused("That address leads neither to a feed (RSS, Atom or JSON Feed) nor to a web page announcing one.");
      }
      if (error instanceof ArticleFetchError) throw new AddressRefused(error.message);
      throw error;
    }
  };
  const page = await fetchAs(address, [...FEED_TYPES, ...PAGE_TYPES]);
  const finalUrl = normaliseArticleUrl(page.url);
  if (finalUrl !== address) await assertSourceDomain(tx, source, finalUrl);
  const direct = recogniseFeed(page.body);
  if (direct) return { url: finalUrl, ...direct, siteUrl: null, otherFeeds: [] };
  if (!(PAGE_TYPES as readonly string[]).includes(page.contentType)) {
    throw new AddressRefused("That address does not serve a feed: it is not RSS, Atom or JSON Feed.");
  }

  const links = discoverFeedLinks(page.body, page.url).map((link) => normaliseArticleUrl(link));
  if (!links.length) {
    throw new AddressRefused(
      'That page announces no feed (no <link rel="alternate"> to RSS, Atom or JSON Feed). Give the feed\'s own address instead.',
    );
  }
  const problems: string[] = [];
  for (const [index, link] of links.slice(0, 3).entries()) {
    try {
      await assertSourceDomain(tx, source, link);
      await assertNotWatched(tx, link);
      const candidate = await fetchAs(link, FEED_TYPES);
      const feed = recogniseFeed(candidate.body);
      if (!feed) throw new AddressRefused(`${link} is announced as a feed but is not RSS, Atom or JSON Feed.`);
      const url = normaliseArticleUrl(candidate.url);
      if (url !== link) await assertSourceDomain(tx, source, url);
      return { url, ...feed, siteUrl: finalUrl, otherFeeds: links.filter((other) => other !== link) };
    } catch (error) {
      // The first candidate's refusal is the answer (it is the site's main feed); later ones are tried.
      if (!(error instanceof AddressRefused) || index === Math.min(links.length, 3) - 1) throw error;
      problems.push(error.message);
    }
  }
  throw new AddressRefused(problems.join(" "));
}

/**
 * Adds a feed to a source. The slow part (fetching the address, discovering the feed) runs before
 * the transaction, for a moderator only; the transaction checks again that the source is not
 * blocked, the address is the source's and no one watches it yet.
 */
export async function addFeed(input: unknown, deps?: MutationDeps, fetchOptions?: FetchOptions): Promise<MutationResult<AddedFeed>> {
  const parsed = addFeedSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, status: 400, message: "Some fields need attention.", fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const allowed = await authorise("sources.manage", deps);
  if (!allowed.ok) return allowed;
  const db = deps?.db ?? appDb;
  const data = parsed.data;

  let found: Found;
  try {
    const address = normaliseArticleUrl(parseArticleUrl(data.address));
    const source = await sourceToWatch(db, data.sourceId);
    await assertSourceDomain(db, source, address);
    await assertNotWatched(db, address);
    found = await findFeed(db, source, address, fetchOptions);
  } catch (error) {
    if (error instanceof ArticleFetchError || error instanceof AddressRefused) return addressRefusal(error);
    if (error instanceof MutationRefused) return { ok: false, status: error.status, message: error.message };
    throw error;
  }

  return runMutation(
    {
      action: "sources.manage",
      schema: addFeedSchema,
      input,
      async change(tx, data, actor) {
        try {
          const source = await sourceToWatch(tx, data.sourceId);
          await assertSourceDomain(tx, source, found.url);
          await assertNotWatched(tx, found.url);
        } catch (error) {
          throw error instanceof AddressRefused ? asMutationRefusal(error) : error;
        }
        const feed = await tx.feed
          .create({
            data: {
              sourceId: data.sourceId,
              url: found.url,
              siteUrl: found.siteUrl,
              title: found.title,
              format: found.format,
              pollMinutes: data.pollMinutes,
              maxItemsPerPoll: data.maxItemsPerPoll,
              createdById: actor.id,
            },
            select: { id: true },
          })
          .catch((error: unknown) => {
            // Someone added the same feed at this moment.
            if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
              throw asMutationRefusal(new AddressRefused("This feed was just added by someone else.", 409));
            }
            throw error;
          });
        return {
          result: {
            id: feed.id,
            url: found.url,
            title: found.title,
            format: found.format,
            discoveredFrom: found.siteUrl,
            otherFeeds: found.otherFeeds,
          },
          audit: {
            action: "feed.create",
            entityType: "Feed",
            entityId: feed.id,
            after: {
              sourceId: data.sourceId,
              url: found.url,
              siteUrl: found.siteUrl,
              format: found.format,
              pollMinutes: data.pollMinutes,
              maxItemsPerPoll: data.maxItemsPerPoll,
            },
          },
        };
      },
    },
    deps,
  );
}

function asMutationRefusal(error: AddressRefused): MutationRefused {
  return new MutationRefused(error.status, error.message, { fieldErrors: { address: [error.message] }, current: error.current });
}

function addressRefusal(error: AddressRefused | ArticleFetchError): MutationResult<never> {
  const refusal = error instanceof AddressRefused ? asMutationRefusal(error) : asMutationRefusal(new AddressRefused(error.message));
  return { ok: false, status: refusal.status, message: refusal.message, ...refusal.details };
}

async function findFeedRow(tx: Prisma.TransactionClient, feedId: string) {
  const feed = await tx.feed.findUnique({ where: { id: feedId }, select: feedSelect });
  if (!feed) throw new MutationRefused(404, "That feed is no longer watched (removed).");
  return feed;
}

/** Optimistic concurrency: saves onto the version the form had, or refuses with the feed as it now is. */
async function saveVersioned(tx: Prisma.TransactionClient, feedId: string, version: number, data: Prisma.FeedUpdateManyMutationInput) {
  const { count } = await tx.feed.updateMany({ where: { id: feedId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleEdit("feed", await findFeedRow(tx, feedId));
  return findFeedRow(tx, feedId);
}

/** Changes how often a feed is polled and how many new items a poll takes. */
export function updateFeed(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: updateFeedSchema,
      input,
      async change(tx, data) {
        const before = await findFeedRow(tx, data.id);
        if (before.version !== data.version) throw staleEdit("feed", before);
        // A shorter interval takes effect from the last check, not after the next poll.
        const nextPollAt = before.lastCheckedAt ? new Date(before.lastCheckedAt.getTime() + data.pollMinutes * 60_000) : undefined;
        const after = await saveVersioned(tx, data.id, data.version, {
          pollMinutes: data.pollMinutes,
          maxItemsPerPoll: data.maxItemsPerPoll,
          ...(nextPollAt ? { nextPollAt } : {}),
        });
        return {
          result: { id: after.id, version: after.version },
          audit: {
            action: "feed.update",
            entityType: "Feed",
            entityId: after.id,
            ...changedFields(
              { pollMinutes: before.pollMinutes, maxItemsPerPoll: before.maxItemsPerPoll },
              { pollMinutes: after.pollMinutes, maxItemsPerPoll: after.maxItemsPerPoll },
            ),
          },
        };
      },
    },
    deps,
  );
}

/** Pauses a feed (it is not polled) or resumes it (polled at once, then every interval). */
export function setFeedStatus(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: feedStatusSchema,
      input,
      async change(tx, data) {
        const before = await findFeedRow(tx, data.id);
        if (before.version !== data.version) throw staleEdit("feed", before);
        const after = await saveVersioned(tx, data.id, data.version, {
          status: data.status,
          ...(data.status === "ACTIVE" ? { nextPollAt: new Date() } : {}),
        });
        return {
          result: { id: after.id, version: after.version, status: after.status },
          audit: {
            action: data.status === "PAUSED" ? "feed.pause" : "feed.resume",
            entityType: "Feed",
            entityId: after.id,
            before: { status: before.status },
            after: { status: after.status },
          },
        };
      },
    },
    deps,
  );
}

/** Stops watching a feed. Articles it brought in stay (their link to the feed is cleared). */
export function removeFeed(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "sources.manage",
      schema: removeFeedSchema,
      input,
      async change(tx, data) {
        const before = await findFeedRow(tx, data.id);
        if (before.version !== data.version) throw staleEdit("feed", before);
        const { count } = await tx.feed.deleteMany({ where: { id: data.id, version: data.version } });
        if (count === 0) throw staleEdit("feed", await findFeedRow(tx, data.id));
        const { version: _version, ...recorded } = before;
        return {
          result: { id: before.id, url: before.url, version: before.version },
          audit: { action: "feed.delete", entityType: "Feed", entityId: before.id, before: recorded },
        };
      },
    },
    deps,
  );
}

/** A source's watched feeds with their state, for its moderation page, oldest first. */
export function listFeedsOfSource(sourceId: string, client: Pick<Prisma.TransactionClient, "feed"> = appDb) {
  return client.feed.findMany({
    where: { sourceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      siteUrl: true,
      title: true,
      format: true,
      status: true,
      pollMinutes: true,
      maxItemsPerPoll: true,
      lastCheckedAt: true,
      lastNewItemAt: true,
      lastError: true,
      lastErrorAt: true,
      consecutiveFailures: true,
      version: true,
    },
  });
}

export type WatchedFeed = Awaited<ReturnType<typeof listFeedsOfSource>>[number];
