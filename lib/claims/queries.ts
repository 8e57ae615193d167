import { parseScorePercent, scorePercentParam } from "@/lib/score-percent";
import "server-only";
import { listArticlesToQuote } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { likeContaining } from "@/lib/text";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pageBounds, parsePage, type Page } from "@/lib/pagination";
import { QUEUE_STATUSES, type QueueStatus } from "./labels";
import { findSimilarClaims } from "./similar";

/**
 * The reviewers' queue (/workspace): claims filtered and sorted by what the GET form asks for,
 * one page at a time. Filters are query parameters, so a filtered queue is a link to share.
 * With words (`q`) it is the workspace's claim search: claims holding the words (full-text
 * index on Claim.search) and claims like the words in meaning (findSimilarClaims, the one
 * matcher), within the same filters, best first.
 */

export const QUEUE_SORTS = ["relevance", "updated", "created", "score"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export type QueueFilters = {
  /** Words to search for (web-search syntax); "" for none. */
  q: string;
  /** "todo" (default): claims still waiting for a verdict to be written. */
  status: QueueStatus;
  /** A topic's slug. */
  topic: string;
  /** "me", "unassigned" or a user id; "" for anyone. */
  assignee: string;
  /** Part of the claimant's name. */
  claimant: string;
  /** A source's id: claims appearing in an article it published. */
  source: string;
  /** Lowest check-worthiness score, 0–1 (typed and in the URL as percent); null for any (claims without a score included). */
  minScore: number | null;
  /** "relevance" only with words (their default); "updated" is the default without. */
  sort: QueueSort;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Reads the queue's query parameters; anything unreadable falls back to its default. */
export function parseQueueFilters(params: Params): QueueFilters {
  const q = one(params.q).slice(0, 200);
  const status = one(params.status);
  const sort = one(params.sort);
  const defaultSort: QueueSort = q ? "relevance" : "updated";
  return {
    q,
    status: (QUEUE_STATUSES as readonly string[]).includes(status) ? (status as QueueStatus) : "todo",
    topic: one(params.topic).slice(0, 100),
    assignee: one(params.assignee).slice(0, 100),
    claimant: one(params.claimant).slice(0, 200),
    source: one(params.source).slice(0, 100),
    // Scores are shown as percentages everywhere, so the filter is typed as one.
    minScore: parseScorePercent(one(params.minScore)),
    sort: (QUEUE_SORTS as readonly string[]).includes(sort) && (sort !== "relevance" || q) ? (sort as QueueSort) : defaultSort,
    page: parsePage(params.page),
  };
}

/** The filters as query parameters (defaults left out), for pagination links. */
export function queueQuery(filters: QueueFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.status !== "todo") query.set("status", filters.status);
  for (const key of ["topic", "assignee", "claimant", "source"] as const) if (filters[key]) query.set(key, filters[key]);
  if (filters.minScore !== null) query.set("minScore", scorePercentParam(filters.minScore));
  if (filters.sort !== (filters.q ? "relevance" : "updated")) query.set("sort", filters.sort);
  return query;
}

/**
 * The filters (all but the words) as one SQL condition on `c` ("Claim"), shared by the plain
 * queue and the search. The claimant's name is matched with the trigram index on Claimant.name.
 */
export function queueConditions(filters: QueueFilters, viewerId: string): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (filters.status === "todo") {
    and.push(
      // Retracted verdicts do not count: a retraction reopens the claim for a new verdict.
      Prisma.sql`c.status IN ('NEW', 'IN_REVIEW') AND NOT EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status NOT IN ('DRAFT', 'RETRACTED'))`,
    );
  } else if (filters.status === "awaiting") {
    and.push(
      Prisma.sql`c.status <> 'DISMISSED' AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v.status = 'AWAITING_APPROVAL')`,
    );
  } else if (filters.status !== "all") and.push(Prisma.sql`c.status = ${filters.status}::"ClaimStatus"`);
  if (filters.topic) {
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "_ClaimToTopic" ct JOIN "Topic" t ON t.id = ct."B" WHERE ct."A" = c.id AND t.slug = ${filters.topic})`,
    );
  }
  if (filters.assignee === "me") and.push(Prisma.sql`c."assigneeId" = ${viewerId}`);
  else if (filters.assignee === "unassigned") and.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee) and.push(Prisma.sql`c."assigneeId" = ${filters.assignee}`);
  if (filters.claimant)
    and.push(Prisma.sql`c."claimantId" IN (SELECT id FROM "Claimant" WHERE name ILIKE ${likeContaining(filters.claimant)})`);
  if (filters.source) {
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Appearance" a JOIN "Article" ar ON ar.id = a."articleId" WHERE a."claimId" = c.id AND ar."publisherId" = ${filters.source})`,
    );
  }
  if (filters.minScore !== null) and.push(Prisma.sql`c.checkworthiness >= ${filters.minScore}`);
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

const ORDER: Record<QueueSort, Prisma.Sql> = {
  relevance: Prisma.sql`score DESC, "updatedAt" DESC, id DESC`,
  updated: Prisma.sql`"updatedAt" DESC, id DESC`,
  created: Prisma.sql`"createdAt" DESC, id DESC`,
  score: Prisma.sql`checkworthiness DESC NULLS LAST, "updatedAt" DESC, id DESC`,
};

/**
 * Word matches considered by a search: this many, the first the full-text index gives (in
 * storage order: finding the newest of a frequent word's hundreds of thousands of claims means
 * reading them all, 10 s at 1M claims); counts stop here too, and the page says "more than".
 */
export const QUEUE_MATCH_LIMIT = 1000;
/** Claims like the words in meaning, added to the word matches. */
const MEANING_MATCHES = 20;
/**
 * Meaning is looked for when the words could say something (a claim in other words): at least
 * this many words. One or two words are a topic, which the word search answers; the matcher's
 * candidates for one frequent word would be most of the table (7–15 s at 1M claims, measured).
 */
const MEANING_MIN_WORDS = 3;

/** A page of the queue, and whether the search had more matches than it counts ("more than 1,000"). */
export type QueuePage<T> = Page<T> & { capped: boolean };

/** One page of the queue: filtered claims (and with words, the search's matches), in the chosen order. */
export async function listClaimsForQueue(
  filters: QueueFilters,
  viewerId: string,
  client: PrismaClient = db,
): Promise<QueuePage<QueueClaim>> {
  const conditions = queueConditions(filters, viewerId);
  const { ids, total, capped, page, pageCount } = filters.q
    ? await searchQueue(client, filters, conditions)
    : await plainQueue(client, filters, conditions);
  const rows = await client.claim.findMany({ where: { id: { in: ids } }, select: queueClaimSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { items: ids.map((id) => byId.get(id)).filter((row) => row !== undefined), page, pageCount, total, capped };
}

type IdPage = { ids: string[]; total: number; capped: boolean; page: number; pageCount: number };

async function plainQueue(client: PrismaClient, filters: QueueFilters, conditions: Prisma.Sql): Promise<IdPage> {
  const [{ n }] = await client.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "Claim" c WHERE ${conditions}`;
  const { page, pageCount, skip, take } = pageBounds(filters.page, n);
  // Flattened by PostgreSQL: the order's columns are the claim's own (indexes on them serve it).
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM (SELECT c.id, c."updatedAt", c."createdAt", c.checkworthiness FROM "Claim" c WHERE ${conditions}) claims
     ORDER BY ${ORDER[filters.sort]}
     LIMIT ${take} OFFSET ${skip}`;
  return { ids: rows.map((row) => row.id), total: n, capped: false, page, pageCount };
}

/**
 * Word matches (full-text index, at most QUEUE_MATCH_LIMIT, ranked by ts_rank_cd) and
 * meaning matches (findSimilarClaims), each within the filters; a claim found both ways counts
 * once, at its better score (word ranks mapped into 0–1 as rank / (rank + 1)).
 */
async function searchQueue(client: PrismaClient, filters: QueueFilters, conditions: Prisma.Sql): Promise<IdPage> {
  const words = filters.q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaning = words.length >= MEANING_MIN_WORDS ? await findSimilarClaims(filters.q, { limit: MEANING_MATCHES, client }) : [];
  const query = Prisma.sql`websearch_to_tsquery('english', ${filters.q})`;
  const rows = await client.$queryRaw<{ id: string; total: number; words: number }[]>`
    WITH words AS MATERIALIZED (
      SELECT c.id, c."updatedAt", c."createdAt", c.checkworthiness, c.search FROM "Claim" c
       WHERE c.search @@ ${query} AND ${conditions}
       LIMIT ${QUEUE_MATCH_LIMIT + 1}
    ),
    found AS (
      SELECT id, max(score) AS score FROM (
        SELECT w.id, ts_rank_cd(w.search, ${query}) / (ts_rank_cd(w.search, ${query}) + 1) AS score
          FROM (SELECT * FROM words LIMIT ${QUEUE_MATCH_LIMIT}) w
        UNION ALL
        SELECT c.id, m.similarity FROM unnest(${meaning.map((claim) => claim.id)}::text[], ${meaning.map((claim) => claim.similarity)}::float8[]) AS m(id, similarity)
          JOIN "Claim" c ON c.id = m.id WHERE ${conditions}
      ) s GROUP BY id
    ),
    ranked AS (
      SELECT f.id, f.score, c."updatedAt", c."createdAt", c.checkworthiness FROM found f JOIN "Claim" c ON c.id = f.id
    )
    SELECT id, (SELECT count(*) FROM ranked)::int AS total, (SELECT count(*) FROM words)::int AS words
      FROM ranked ORDER BY ${ORDER[filters.sort]}
     LIMIT ${QUEUE_MATCH_LIMIT + MEANING_MATCHES}`;
  const total = rows[0]?.total ?? 0;
  const { page, pageCount, skip, take } = pageBounds(filters.page, total);
  return {
    ids: rows.slice(skip, skip + take).map((row) => row.id),
    total,
    capped: (rows[0]?.words ?? 0) > QUEUE_MATCH_LIMIT,
    page,
    pageCount,
  };
}

const queueClaimSelect = {
  id: true,
  text: true,
  status: true,
  checkworthiness: true,
  updatedAt: true,
  version: true,
  claimant: { select: { name: true } },
  assignee: { select: { id: true, name: true } },
  appearances: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { exact: true, article: { select: { title: true } } },
  },
  // A retracted verdict: with the claim in review, it was reopened for a new verdict (decision 025).
  verdicts: { where: { status: "RETRACTED" }, take: 1, select: { id: true } },
} as const satisfies Prisma.ClaimSelect;

export type QueueClaim = Prisma.ClaimGetPayload<{ select: typeof queueClaimSelect }>;

/** Sources that published an article, for the queue's source filter. */
export function listPublishers() {
  return db.source.findMany({ where: { articles: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/**
 * What the "Write a claim" form offers: the recent articles to quote (plus `articleId`, asked for
 * by an article's reader view, when it is older than those) and every topic.
 */
export async function listNewClaimChoices(articleId?: string) {
  const [articles, topics] = await Promise.all([
    listArticlesToQuote(),
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  if (articleId && !articles.some((article) => article.id === articleId)) {
    const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, title: true } });
    if (article) articles.unshift(article);
  }
  return { articles, topics };
}
