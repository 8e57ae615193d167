import "server-only";
import type { AuditEntry } from "@/lib/audit";
import type { Article, Prisma, PrismaClient, Source } from "@/lib/generated/prisma/client";
import { reanchor } from "@/lib/appearances/anchoring";
import { db as appDb } from "@/lib/db";
import { contentHash } from "@/lib/articles/content-hash";
import { extractArticle, ExtractionError, type ExtractedArticle } from "@/lib/articles/extract";
import { ArticleFetchError, fetchArticlePage, parseArticleUrl, type FetchOptions } from "@/lib/articles/fetch";
import { normaliseArticleUrl } from "@/lib/articles/url";
import { storeSuggestions } from "@/lib/articles/stored-suggestions";
import { suggestClaims, type SuggestedClaim } from "@/lib/claims/suggest";
import { authorise, MutationRefused, runMutation, type MutationDeps, type MutationResult } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { toSourceKey } from "@/lib/sources/domain";
import { blockedSourceMessage, findOrCreateSource, findSourceForHost, lockForCitation } from "@/lib/sources/lookup";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";
import { articleIdSchema, fetchArticleSchema, pasteArticleSchema } from "./schemas";
import { z } from "zod";

/**
 * Adding articles to the desk, pasted or fetched, and re-fetching them. One save path for all:
 * the publisher is matched to the source registry by domain (an unknown domain becomes a new,
 * unrated source for moderators to rate; a blocked source's articles are refused); an address
 * already on file with the same text is not stored twice; one with changed text gets the new
 * text and every appearance is re-anchored (lib/appearances/anchoring.ts) or orphaned.
 */

export type IngestOutcome = {
  articleId: string;
  /** created: a new article; unchanged: already on file with this text; updated: new text, anchors re-found. */
  outcome: "created" | "unchanged" | "updated";
  /**
   * A source created for an unknown publisher (unrated, for moderators to review), and a source
   * already in the registry under the same name, if any (likely the same outlet: merge them).
   */
  proposedSource: { id: string; name: string; domain: string; sameName: { id: string; name: string; domain: string } | null } | null;
  /** Said to the reviewer when a publisher named without an address matched no source. */
  publisherNotice: string | null;
  reanchored: number;
  orphaned: number;
};

export type ArticleToSave = {
  url: string | null;
  title: string;
  author: string | null;
  /** Publisher name as given or found on the page. */
  publisherName: string | null;
  /** Source key (lib/sources/domain.ts) of the publisher, from its given address or the article's URL. */
  publisherKey: string | null;
  publishedAt: Date | null;
  text: string;
  fetchedAt: Date | null;
  /** The watched feed that brought a new article in (monitoring). */
  feedId?: string | null;
};

const storedArticleSchema = z.custom<ArticleToSave>();

/** Paste form: title, text, optional URL, publisher (name or web address) and date. */
export async function ingestPastedArticle(input: unknown, deps?: MutationDeps) {
  // Who may add articles is checked before the suggester reads anything: a long text takes it
  // seconds, which nobody signed out may make the server spend.
  const allowed = await authorise("articles.ingest", deps);
  if (!allowed.ok) return allowed;
  // The suggester reads the text before the transaction opens (a long article takes seconds).
  const pasted = pasteArticleSchema.safeParse(input);
  const suggestions = pasted.success ? suggestClaims(pasted.data.text) : [];
  return runMutation(
    {
      action: "articles.ingest",
      schema: pasteArticleSchema,
      input,
      change(tx, data, actor) {
        const url = data.url ? normaliseArticleUrl(data.url) : null;
        const publisherIsAddress = data.publisher !== undefined && !/\s/.test(data.publisher) && toSourceKey(data.publisher) !== null;
        return saveArticle(
          tx,
          {
            url,
            title: data.title,
            author: null,
            publisherName: publisherIsAddress ? null : (data.publisher ?? null),
            publisherKey: publisherIsAddress ? toSourceKey(data.publisher!) : url ? toSourceKey(url) : null,
            publishedAt: data.publishedAt ?? null,
            text: data.text,
            fetchedAt: null,
          },
          suggestions,
          actor.id,
        );
      },
    },
    deps,
  );
}

/** URL form: the server fetches the page (lib/articles/fetch.ts) and extracts the article. */
export async function ingestArticleFromUrl(input: unknown, deps?: MutationDeps, fetchOptions?: FetchOptions) {
  const parsed = fetchArticleSchema.safeParse(input);
  if (!parsed.success) return refusedField("url", parsed.error.issues[0]?.message ?? "Give the article's web address.");
  return fetchAndSave(parsed.data.url, deps, fetchOptions);
}

/**
 * Fetches a URL article again: changed text replaces the old and its appearances are re-anchored.
 * The same article is updated even when its address now redirects; it takes the final address
 * unless another article already has it.
 */
export async function refetchArticle(input: unknown, deps?: MutationDeps, fetchOptions?: FetchOptions) {
  const parsed = articleIdSchema.safeParse(input);
  if (!parsed.success) return refusedField("articleId", "Choose an article.");
  // Who may re-fetch is checked before anything about the article is read.
  const allowed = await authorise("articles.ingest", deps);
  if (!allowed.ok) return allowed;
  const article = await (deps?.db ?? appDb).article.findUnique({ where: { id: parsed.data.articleId }, select: { id: true, url: true } });
  if (!article) return { ok: false as const, status: 404 as const, message: "That article no longer exists." };
  if (!article.url)
    return { ok: false as const, status: 400 as const, message: "This article was pasted without an address; there is nothing to fetch." };
  return fetchAndSave(article.url, deps, fetchOptions, article.id);
}

/**
 * Fetches and extracts the article at an address (SSRF-guarded, lib/articles/fetch.ts), ready for
 * saveArticle; or why it cannot be read. The caller checks who may make the server fetch first.
 */
export async function fetchArticle(
  rawUrl: string,
  fetchOptions?: FetchOptions,
): Promise<{ ok: true; article: ArticleToSave } | { ok: false; message: string }> {
  let extracted: ExtractedArticle;
  let finalUrl: string;
  try {
    const requested = parseArticleUrl(rawUrl);
    const page = await fetchArticlePage(requested.toString(), fetchOptions);
    extracted = extractArticle(page.body, page.contentType, page.url);
    finalUrl = normaliseArticleUrl(page.url);
  } catch (error) {
    if (error instanceof ArticleFetchError || error instanceof ExtractionError) return { ok: false, message: error.message };
    throw error;
  }
  return {
    ok: true,
    article: {
      url: finalUrl,
      title: extracted.title.slice(0, 300),
      author: extracted.author?.slice(0, 200) ?? null,
      publisherName: extracted.publisherName?.slice(0, 200) ?? null,
      publisherKey: toSourceKey(finalUrl),
      publishedAt: extracted.publishedAt,
      text: extracted.text,
      fetchedAt: new Date(),
    },
  };
}

async function fetchAndSave(
  rawUrl: string,
  deps?: MutationDeps,
  fetchOptions?: FetchOptions,
  articleId?: string,
): Promise<MutationResult<IngestOutcome>> {
  // Who may add articles is checked before the server fetches anything on their behalf.
  const allowed = await authorise("articles.ingest", deps);
  if (!allowed.ok) return allowed;

  const fetched = await fetchArticle(rawUrl, fetchOptions);
  if (!fetched.ok) return refusedField("url", fetched.message);
  // The suggester reads the text before the transaction opens (a long article takes seconds), and
  // only new text: an article fetched again unchanged keeps the suggestions stored for it.
  const unchanged = await storedWithSameText(deps?.db ?? appDb, fetched.article, articleId);
  const suggestions = unchanged ? null : suggestClaims(fetched.article.text);

  return runMutation(
    {
      action: "articles.ingest",
      schema: storedArticleSchema,
      input: fetched.article,
      change: (tx, data, actor) => saveArticle(tx, data, suggestions, actor.id, articleId),
    },
    deps,
  );
}

function refusedField(field: string, message: string): MutationResult<never> {
  return { ok: false, status: 400, message, fieldErrors: { [field]: [message] } };
}

/**
 * Saves an article: a new one, or (same address, or `articleId` for a re-fetch) the one on file.
 * Shared by the reviewers' forms and by monitoring (lib/monitoring/intake.ts, `addedById` null);
 * the suggested claims of the text it keeps are stored (lib/articles/stored-suggestions.ts).
 *
 * `suggestions`: those of `article.text` (suggestClaims), worked out by the caller before its
 * transaction opened, as a long article takes the suggester seconds, longer than a transaction may
 * stay open (5 s); null when the caller found this text already on file (storedWithSameText) and
 * so did not run the suggester.
 */
export async function saveArticle(
  tx: Prisma.TransactionClient,
  article: ArticleToSave,
  suggestions: SuggestedClaim[] | null,
  addedById: string | null,
  articleId?: string,
) {
  const saved = await saveArticleRow(tx, article, addedById, articleId);
  if (saved.result.outcome !== "unchanged") {
    // On file with this text before the transaction, changed by someone else since (a rare race):
    // the suggester runs here after all, slower but never refusing the save.
    await storeSuggestions(tx, saved.result.articleId, suggestions ?? suggestClaims(article.text));
  }
  return saved;
}

/**
 * Whether saveArticle would find this text already on file and so keep the article's stored
 * suggestions: the article re-fetched (`articleId`) or the one at its address has the same text,
 * or, for monitoring, no article has its address and one has its text. Read before the
 * transaction, to spare the suggester; saveArticleRow decides again inside it.
 */
export async function storedWithSameText(
  client: Prisma.TransactionClient | PrismaClient,
  article: ArticleToSave,
  articleId?: string,
): Promise<boolean> {
  const hash = contentHash(article.text);
  // A re-fetch (saveArticle with `articleId`) compares with that article.
  if (articleId)
    return (await client.article.findUnique({ where: { id: articleId }, select: { contentHash: true } }))?.contentHash === hash;
  const atAddress = article.url ? await client.article.findUnique({ where: { url: article.url }, select: { contentHash: true } }) : null;
  if (atAddress) return atAddress.contentHash === hash;
  return article.feedId ? (await client.article.count({ where: { contentHash: hash } })) > 0 : false;
}

async function saveArticleRow(tx: Prisma.TransactionClient, article: ArticleToSave, addedById: string | null, articleId?: string) {
  const audit: Omit<AuditEntry, "actorId">[] = [];
  const refresh: string[] = [];
  const hash = contentHash(article.text);

  const { publisherId, publisherName = null, proposedSource, publisherNotice } = await resolvePublisher(tx, article, audit);

  if (articleId) {
    const existing = await tx.article.findUnique({ where: { id: articleId } });
    if (!existing) throw new MutationRefused(404, "That article no longer exists.");
    // A redirect to a new address: the article moves there unless another article has it.
    const movedUrl =
      article.url && article.url !== existing.url && !(await tx.article.findUnique({ where: { url: article.url }, select: { id: true } }))
        ? article.url
        : null;
    const result = await updateExisting(tx, existing, article, hash, { publisherId, publisherName }, movedUrl, audit, refresh);
    return { result: { ...outcome(existing.id, result.kind, proposedSource, publisherNotice), ...result.counts }, audit, refresh };
  }

  // The same address again: unchanged text is the same article; changed text updates it.
  const existing = article.url ? await tx.article.findUnique({ where: { url: article.url } }) : null;
  if (existing) {
    const result = await updateExisting(tx, existing, article, hash, { publisherId, publisherName }, null, audit, refresh);
    return { result: { ...outcome(existing.id, result.kind, proposedSource, publisherNotice), ...result.counts }, audit, refresh };
  }

  // Monitoring: the same text under another address (one story in two feeds, or syndicated) is
  // the article already on file.
  if (article.feedId) {
    const sameText = await tx.article.findFirst({ where: { contentHash: hash }, select: { id: true }, orderBy: { createdAt: "asc" } });
    if (sameText) return { result: outcome(sameText.id, "unchanged", proposedSource, publisherNotice), audit, refresh };
  }

  // ON CONFLICT DO NOTHING: when someone else saves the same address at this moment, theirs is kept
  // and this save continues with it (a failed insert would abort the whole transaction).
  const [created] = await tx.article.createManyAndReturn({
    data: [
      {
        url: article.url,
        title: article.title,
        author: article.author,
        publisherId,
        publisherName,
        publishedAt: article.publishedAt,
        text: article.text,
        contentHash: hash,
        fetchedAt: article.fetchedAt,
        addedById,
        feedId: article.feedId ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (!created) {
    const theirs = await tx.article.findUnique({ where: { url: article.url! } });
    if (!theirs) throw new MutationRefused(409, "Someone else just added this article; try again.");
    const result = await updateExisting(tx, theirs, article, hash, { publisherId, publisherName }, null, audit, refresh);
    return { result: { ...outcome(theirs.id, result.kind, proposedSource, publisherNotice), ...result.counts }, audit, refresh };
  }
  audit.push({
    action: "article.create",
    entityType: "Article",
    entityId: created.id,
    after: { url: created.url, title: created.title, publisherId, publishedAt: created.publishedAt, contentHash: hash },
  });
  return { result: outcome(created.id, "created", proposedSource, publisherNotice), audit, refresh };
}

/** The article on file: unchanged text stays (only a new address is recorded); changed text replaces it and re-anchors. */
async function updateExisting(
  tx: Prisma.TransactionClient,
  existing: Article,
  article: ArticleToSave,
  hash: string,
  { publisherId, publisherName }: { publisherId: string | null; publisherName: string | null },
  movedUrl: string | null,
  audit: Omit<AuditEntry, "actorId">[],
  refresh: string[],
): Promise<{ kind: "unchanged" | "updated"; counts: { reanchored: number; orphaned: number } }> {
  if (existing.contentHash === hash) {
    if (movedUrl) {
      await tx.article.update({ where: { id: existing.id }, data: { url: movedUrl } });
      audit.push({
        action: "article.update_url",
        entityType: "Article",
        entityId: existing.id,
        before: { url: existing.url },
        after: { url: movedUrl },
      });
    }
    return { kind: "unchanged", counts: { reanchored: 0, orphaned: 0 } };
  }
  await tx.article.update({
    where: { id: existing.id },
    data: {
      ...(movedUrl ? { url: movedUrl } : {}),
      text: article.text,
      contentHash: hash,
      title: article.title,
      author: article.author ?? existing.author,
      publishedAt: article.publishedAt ?? existing.publishedAt,
      publisherId: publisherId ?? existing.publisherId,
      publisherName: publisherId ? null : (publisherName ?? existing.publisherName),
      fetchedAt: article.fetchedAt ?? existing.fetchedAt,
    },
  });
  audit.push({
    action: "article.update_text",
    entityType: "Article",
    entityId: existing.id,
    before: {
      contentHash: existing.contentHash,
      title: existing.title,
      textLength: existing.text.length,
      ...(movedUrl ? { url: existing.url } : {}),
    },
    after: { contentHash: hash, title: article.title, textLength: article.text.length, ...(movedUrl ? { url: movedUrl } : {}) },
  });
  const counts = await reanchorAppearances(tx, existing.id, article.text, audit, refresh);
  return { kind: "updated", counts };
}

function outcome(
  articleId: string,
  kind: IngestOutcome["outcome"],
  proposedSource: IngestOutcome["proposedSource"],
  publisherNotice: string | null,
): IngestOutcome {
  return { articleId, outcome: kind, proposedSource, publisherNotice, reanchored: 0, orphaned: 0 };
}

function blockedRefusal(source: Source, field: string): MutationRefused {
  const message = blockedSourceMessage(source);
  return new MutationRefused(400, message, { fieldErrors: { [field]: [message] } });
}

/** A folded name: case, a leading "The", punctuation and spacing do not matter ("the northharbour herald."). */
export function foldSourceName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** The registry's source with this name, as folded by foldSourceName; null when none or several. */
async function findSourceByName(tx: Prisma.TransactionClient, name: string, exceptId?: string) {
  const folded = foldSourceName(name);
  if (!folded) return null;
  const longestWord = folded.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "");
  const candidates = await tx.source.findMany({
    where: { name: { contains: longestWord, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    take: 200,
  });
  const matches = candidates.filter((candidate) => foldSourceName(candidate.name) === folded);
  return matches.length === 1 ? matches[0]! : null;
}

async function resolvePublisher(tx: Prisma.TransactionClient, article: ArticleToSave, audit: Omit<AuditEntry, "actorId">[]) {
  // The article's own address is checked too: naming another publisher does not get round a block.
  const urlKey = article.url ? toSourceKey(article.url) : null;
  if (urlKey && urlKey !== article.publisherKey) {
    const urlSource = await findSourceForHost(tx, urlKey);
    if (urlSource?.status === "BLOCKED") throw blockedRefusal(urlSource, "url");
  }
  // A subdomain without its own entry is its parent domain's (lib/sources/lookup.ts).
  let source = article.publisherKey ? await findSourceForHost(tx, article.publisherKey) : null;
  if (!source && !article.publisherKey && article.publisherName) {
    source = await findSourceByName(tx, article.publisherName);
    if (!source) {
      // Kept on the article as typed, so it is not lost; linking it to a source needs an address.
      return {
        publisherId: null,
        publisherName: article.publisherName,
        proposedSource: null,
        publisherNotice: `No source in the registry is called “${article.publisherName}”: the name is kept on the article. Give the publisher's web address to link the article to a source.`,
      };
    }
  }
  // Merged away meanwhile: the publisher's domain is now the survivor's alias.
  if (source && !(await lockForCitation(tx, source.id)))
    source = article.publisherKey ? await findSourceForHost(tx, article.publisherKey) : null;
  if (source?.status === "BLOCKED") {
    throw blockedRefusal(source, article.fetchedAt ? "url" : article.publisherName || !article.url ? "publisher" : "url");
  }
  if (source) return { publisherId: source.id, proposedSource: null, publisherNotice: null };
  if (!article.publisherKey) return { publisherId: null, proposedSource: null, publisherNotice: null };

  // An outlet the desk has not met: proposed as a new, unrated source, unless someone else added
  // it (or made it an alias) at this moment, when theirs is used.
  const { source: publisher, created } = await findOrCreateSource(tx, article.publisherKey, {
    name: article.publisherName ?? article.publisherKey,
    kind: "NEWS",
    reliability: "UNRATED",
  });
  if (!created) {
    if (publisher.status === "BLOCKED") throw blockedRefusal(publisher, "url");
    return { publisherId: publisher.id, proposedSource: null, publisherNotice: null };
  }
  // Another domain of an outlet already on file (a second site, a new address) reads as a new
  // source of the same name: said at once, so a moderator can merge rather than find two later.
  const sameName = await findSourceByName(tx, publisher.name, publisher.id);
  audit.push({
    action: "source.propose",
    entityType: "Source",
    entityId: publisher.id,
    after: {
      domain: publisher.domain,
      name: publisher.name,
      reliability: publisher.reliability,
      status: publisher.status,
      ...(sameName ? { sameNameAs: { id: sameName.id, domain: sameName.domain } } : {}),
    },
  });
  return {
    publisherId: publisher.id,
    proposedSource: {
      id: publisher.id,
      name: publisher.name,
      domain: publisher.domain,
      sameName: sameName ? { id: sameName.id, name: sameName.name, domain: sameName.domain } : null,
    },
    publisherNotice: null,
  };
}

/** Re-finds every appearance of an article in its new text; those not found are orphaned. */
async function reanchorAppearances(
  tx: Prisma.TransactionClient,
  articleId: string,
  text: string,
  audit: Omit<AuditEntry, "actorId">[],
  refresh: string[],
) {
  const appearances = await tx.appearance.findMany({
    where: { articleId },
    orderBy: { start: "asc" },
    // Every public verdict of the claim (a retracted one's page too) quotes where it appeared.
    include: { claim: { select: { verdicts: { where: { status: { in: [...PUBLIC_VERDICT_STATUSES] } }, select: { id: true } } } } },
  });
  let reanchored = 0;
  let orphaned = 0;
  for (const appearance of appearances) {
    const result = reanchor(text, appearance);
    const before = { start: appearance.start, end: appearance.end, exact: appearance.exact, anchorStatus: appearance.anchorStatus };
    if (result.status === "ANCHORED") {
      reanchored++;
      const { exact, prefix, suffix, start, end } = result.selectors;
      await tx.appearance.update({ where: { id: appearance.id }, data: { exact, prefix, suffix, start, end, anchorStatus: "ANCHORED" } });
      const after = { start, end, exact, anchorStatus: "ANCHORED" };
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        audit.push({
          action: "appearance.reanchor",
          entityType: "Appearance",
          entityId: appearance.id,
          before,
          after: { ...after, method: result.method },
        });
      }
    } else {
      orphaned++;
      await tx.appearance.update({ where: { id: appearance.id }, data: { anchorStatus: "ORPHANED" } });
      if (appearance.anchorStatus !== "ORPHANED") {
        audit.push({
          action: "appearance.orphan",
          entityType: "Appearance",
          entityId: appearance.id,
          before,
          after: { anchorStatus: "ORPHANED" },
        });
      }
    }
    // Public verdict pages quote where the claim appeared.
    for (const verdict of appearance.claim.verdicts) refresh.push(publicTags.verdict(verdict.id));
  }
  return { reanchored, orphaned };
}
