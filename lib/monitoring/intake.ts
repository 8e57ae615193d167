import "server-only";
import { z } from "zod";
import { extractArticle, ExtractionError } from "@/lib/articles/extract";
import { ArticleFetchError } from "@/lib/articles/fetch";
import { saveArticle, storedWithSameText, type ArticleToSave } from "@/lib/articles/mutations";
import { normaliseArticleUrl } from "@/lib/articles/url";
import { findSimilarClaims } from "@/lib/claims/similar";
import { suggestClaims } from "@/lib/claims/suggest";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { runSystemMutation } from "@/lib/mutation";
import { toSourceKey } from "@/lib/sources/domain";
import type { MonitoringContext } from "./context";

const SYSTEM = "monitoring: article intake";

/** Suggestions scoring below this are not matched against checked claims (see README, "Monitoring the news"). */
export const REPEAT_CHECK_MIN_SCORE = 0;

/** Fetch failures that another try will not mend. */
const PERMANENT: ArticleFetchError["reason"][] = [
  "invalid-url",
  "scheme",
  "private-address",
  "content-type",
  "too-large",
  "too-many-redirects",
];

export type IntakeOutcome = { kind: "nothing-pending" | "skipped" | "failed" | "ingested"; articleId?: string; message?: string };

/**
 * The job for one article address: every pending FeedItem with that address (one story in two
 * feeds is fetched once) is fetched, extracted and saved by the same path as a reviewer's URL
 * form (lib/articles/mutations.ts saveArticle: same address or same text → the article on file;
 * changed text → re-anchored), with its suggested claims stored, in one transaction: a worker
 * killed half-way leaves nothing, and the job runs again. Then its suggestions are matched
 * against claims with a published verdict (the repeat check).
 *
 * `lastAttempt`: a transient failure (timeout, unreachable) is thrown for the queue to retry,
 * unless this is the job's last try, when the items are marked failed with the message.
 */
export async function ingestArticleUrl(url: string, ctx: MonitoringContext, lastAttempt = false): Promise<IntakeOutcome> {
  const items = await ctx.db.feedItem.findMany({
    where: { url, state: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, feedId: true },
  });
  if (items.length === 0) {
    // Already stored (by an earlier run of this job that stopped before its repeat check).
    const done = await ctx.db.feedItem.findFirst({
      where: { url, state: "INGESTED", articleId: { not: null } },
      select: { articleId: true },
    });
    if (done?.articleId) await checkRepeats(done.articleId, ctx);
    return { kind: "nothing-pending", articleId: done?.articleId ?? undefined };
  }

  // Taken in meanwhile under this address (its item was created while another job for it ran).
  const onFile = (await articlesOnFile(ctx.db, [url])).get(url);
  if (onFile) {
    const linked = await runSystemMutation(
      {
        system: SYSTEM,
        schema: z.object({ url: z.string(), articleId: z.string() }),
        input: { url, articleId: onFile },
        async change(tx, data) {
          await tx.feedItem.updateMany({
            where: { url: data.url, state: "PENDING" },
            data: { state: "INGESTED", articleId: data.articleId },
          });
          return { result: null, audit: [] };
        },
      },
      { db: ctx.db, refresh: ctx.refresh },
    );
    if (!linked.ok) throw new Error(linked.message);
    await checkRepeats(onFile, ctx);
    return { kind: "ingested", articleId: onFile };
  }

  if (!(await ctx.fetcher.allowedByRobots(url))) {
    const message = `The site's robots.txt does not allow Factdesk to read ${new URL(url).pathname}.`;
    await settleItems(ctx, url, "SKIPPED", message);
    return { kind: "skipped", message };
  }

  let article: ArticleToSave;
  try {
    const page = await ctx.fetcher.fetch(url);
    const extracted = extractArticle(page.body, page.contentType, page.url);
    const finalUrl = normaliseArticleUrl(page.url);
    article = {
      url: finalUrl,
      title: extracted.title.slice(0, 300),
      author: extracted.author?.slice(0, 200) ?? null,
      publisherName: extracted.publisherName?.slice(0, 200) ?? null,
      publisherKey: toSourceKey(finalUrl),
      publishedAt: extracted.publishedAt,
      text: extracted.text,
      fetchedAt: new Date(),
      feedId: items[0]!.feedId,
    };
  } catch (error) {
    if (error instanceof ExtractionError || (error instanceof ArticleFetchError && (PERMANENT.includes(error.reason) || lastAttempt))) {
      await settleItems(ctx, url, "FAILED", error.message);
      return { kind: "failed", message: error.message };
    }
    throw error;
  }

  // The suggester reads the text before the transaction opens (a long article takes seconds), and
  // only new text: an article fetched again unchanged keeps the suggestions stored for it.
  const suggestions = (await storedWithSameText(ctx.db, article)) ? null : suggestClaims(article.text);
  const saved = await runSystemMutation(
    {
      system: SYSTEM,
      schema: z.custom<ArticleToSave>(),
      input: article,
      async change(tx, data) {
        const change = await saveArticle(tx, data, suggestions, null);
        await tx.feedItem.updateMany({ where: { url, state: "PENDING" }, data: { state: "INGESTED", articleId: change.result.articleId } });
        return change;
      },
    },
    { db: ctx.db, refresh: ctx.refresh },
  );
  if (!saved.ok) {
    // Refused by the save path: the publisher is a blocked source.
    await settleItems(ctx, url, "SKIPPED", saved.message);
    return { kind: "skipped", message: saved.message };
  }
  await checkRepeats(saved.data.articleId, ctx);
  return { kind: "ingested", articleId: saved.data.articleId };
}

/**
 * Article ids by address for those of `urls` already on file: an article with that address, or
 * another feed's item with it that was taken in (an article that redirected is on file under its
 * final address). Such items are linked, never fetched again.
 */
export async function articlesOnFile(client: Prisma.TransactionClient | PrismaClient, urls: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (urls.length === 0) return found;
  const items = await client.feedItem.findMany({
    where: { url: { in: urls }, state: "INGESTED", articleId: { not: null } },
    select: { url: true, articleId: true },
    distinct: ["url"],
  });
  for (const item of items) found.set(item.url, item.articleId!);
  for (const article of await client.article.findMany({ where: { url: { in: urls } }, select: { id: true, url: true } })) {
    found.set(article.url!, article.id);
  }
  return found;
}

async function settleItems(ctx: MonitoringContext, url: string, state: "SKIPPED" | "FAILED", message: string) {
  const result = await runSystemMutation(
    {
      system: SYSTEM,
      schema: z.object({ message: z.string() }),
      input: { message },
      async change(tx, data) {
        const items = await tx.feedItem.findMany({ where: { url, state: "PENDING" }, select: { id: true } });
        await tx.feedItem.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { state, error: data.message } });
        return {
          result: null,
          audit: items.map((item) => ({
            action: state === "FAILED" ? "feed_item.fail" : "feed_item.skip",
            entityType: "FeedItem",
            entityId: item.id,
            after: { url, error: data.message },
          })),
        };
      },
    },
    { db: ctx.db, refresh: ctx.refresh },
  );
  if (!result.ok) throw new Error(result.message);
}

/**
 * The repeat check: each open, unchecked suggestion of the article is matched with the one claim
 * matcher (lib/claims/similar.ts) against claims with a published verdict; a "same" match is
 * stored on the suggestion (repeatOfClaimId, repeatScore) for Today's claims to flag.
 */
export async function checkRepeats(articleId: string, ctx: MonitoringContext): Promise<number> {
  const pending = await ctx.db.suggestion.findMany({
    where: { articleId, state: "OPEN", repeatCheckedAt: null, score: { gte: REPEAT_CHECK_MIN_SCORE } },
    select: { id: true, text: true },
  });
  if (pending.length === 0) return 0;
  const matches: { id: string; repeat: { claimId: string; score: number } | null }[] = [];
  for (const suggestion of pending) {
    const [best] = await findSimilarClaims(suggestion.text, { onlyPublished: true, limit: 1, client: ctx.db });
    matches.push({ id: suggestion.id, repeat: best?.relation === "same" ? { claimId: best.id, score: best.similarity } : null });
  }
  const result = await runSystemMutation(
    {
      system: SYSTEM,
      schema: z.object({ articleId: z.string() }),
      input: { articleId },
      async change(tx) {
        const now = new Date();
        const audit = [];
        const none = matches.filter((match) => !match.repeat).map((match) => match.id);
        await tx.suggestion.updateMany({ where: { id: { in: none }, repeatCheckedAt: null }, data: { repeatCheckedAt: now } });
        for (const match of matches) {
          if (!match.repeat) continue;
          await tx.suggestion.updateMany({
            where: { id: match.id, repeatCheckedAt: null },
            data: { repeatCheckedAt: now, repeatOfClaimId: match.repeat.claimId, repeatScore: match.repeat.score },
          });
          audit.push({
            action: "suggestion.repeat_found",
            entityType: "Suggestion",
            entityId: match.id,
            after: { repeatOfClaimId: match.repeat.claimId, repeatScore: match.repeat.score },
          });
        }
        return { result: audit.length, audit };
      },
    },
    { db: ctx.db, refresh: ctx.refresh },
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
}
