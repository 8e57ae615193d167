import { parseScorePercent, scorePercentParam } from "@/lib/score-percent";
import "server-only";
import { db as appDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pageBounds, parsePage } from "@/lib/pagination";

/**
 * Today's claims (/workspace/today, docs/decisions/021-feeds-and-todays-claims.md): the open
 * suggestions stored for articles ingested since a chosen time, near-identical ones (one
 * `groupKey`) folded into one row, rows ranked by their best score. Filtering, grouping, ranking
 * and paging happen in one SQL query on the (state, createdAt) index; only the page's rows are
 * then read in full. A suggestion is stored when its article is ingested, so its createdAt is the
 * article's ingestion time.
 *
 * No topic filter: topics belong to claims and are chosen by reviewers on the desk; a suggestion
 * has none until it is accepted.
 */

export const TODAY_PAGE_SIZE = 25;
/** At most this many articles are listed under one row ("reported by N outlets"). */
export const MEMBERS_SHOWN = 12;
export const DEFAULT_HOURS = 24;

export type TodayFilters = {
  /** Suggestions from articles ingested at or after this time; null: the last 24 hours. */
  since: Date | null;
  /** A source's id: articles it published. */
  source: string;
  /** Part of the claimant's name as the article gives it. */
  claimant: string;
  /** Lowest score, 0–1; null for any. */
  minScore: number | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** `since` as the form's datetime-local field sends it (UTC, "2026-12-07T08:30") or any ISO time. */
function parseSince(value: string): Date | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads the page's query parameters; anything unreadable falls back to its default. */
export function parseTodayFilters(params: Params): TodayFilters {
  return {
    since: parseSince(one(params.since)),
    source: one(params.source).slice(0, 100),
    claimant: one(params.claimant).slice(0, 200),
    // Scores are shown as percentages, so the filter is typed as one.
    minScore: parseScorePercent(one(params.minScore)),
    page: parsePage(params.page),
  };
}

/** The filters as query parameters (defaults left out), for links that keep them. */
export function todayQuery(filters: TodayFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.since) query.set("since", filters.since.toISOString().slice(0, 16));
  if (filters.source) query.set("source", filters.source);
  if (filters.claimant) query.set("claimant", filters.claimant);
  if (filters.minScore !== null) query.set("minScore", scorePercentParam(filters.minScore));
  return query;
}

export function effectiveSince(filters: TodayFilters, now = new Date()): Date {
  return filters.since ?? new Date(now.getTime() - DEFAULT_HOURS * 3600_000);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function whereSql(filters: TodayFilters, since: Date): Prisma.Sql {
  const conditions = [Prisma.sql`s.state = 'OPEN'`, Prisma.sql`s."createdAt" >= ${since}`];
  if (filters.minScore !== null) conditions.push(Prisma.sql`s.score >= ${filters.minScore}`);
  if (filters.claimant) conditions.push(Prisma.sql`s.claimant ILIKE ${`%${escapeLike(filters.claimant)}%`}`);
  if (filters.source) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Article" a WHERE a.id = s."articleId" AND a."publisherId" = ${filters.source})`);
  }
  return Prisma.join(conditions, " AND ");
}

const memberSelect = {
  id: true,
  version: true,
  text: true,
  claimant: true,
  score: true,
  start: true,
  end: true,
  sentenceStart: true,
  sentenceEnd: true,
  createdAt: true,
  repeatScore: true,
  article: {
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      createdAt: true,
      text: true,
      publisher: { select: { id: true, name: true } },
    },
  },
  repeatOf: {
    select: {
      id: true,
      text: true,
      // Its published verdict (at most one: a retracted one is not repeated into).
      verdicts: {
        where: { status: "PUBLISHED" },
        take: 1,
        select: { slug: true, status: true, publishedAt: true, rating: { select: { label: true, color: true } } },
      },
    },
  },
} as const satisfies Prisma.SuggestionSelect;

type StoredMember = Prisma.SuggestionGetPayload<{ select: typeof memberSelect }>;

export type TodayMember = Omit<StoredMember, "article" | "repeatOf"> & {
  article: Omit<StoredMember["article"], "text">;
  /** The sentence the claim is in, split around the claim (offsets into Article.text). */
  context: { before: string; claim: string; after: string };
};

/** A claim the suggestion likely repeats, whose verdict is published. */
export type RepeatOf = {
  claimId: string;
  text: string;
  slug: string;
  ratingLabel: string | null;
  ratingColor: string | null;
  publishedAt: Date | null;
};

export type TodayRow = {
  groupKey: string;
  /** The best-scored suggestion of the group first. */
  members: TodayMember[];
  /** Open suggestions in the group matching the filters (members lists at most MEMBERS_SHOWN). */
  count: number;
  /** Distinct outlets among the members (articles without a publisher count one each). */
  outlets: number;
  repeatOf: RepeatOf | null;
};

function withContext(member: StoredMember): TodayMember {
  const { article, repeatOf: _repeatOf, ...rest } = member;
  const { text, ...articleFields } = article;
  const start = Math.max(0, Math.min(member.sentenceStart, member.start));
  const end = Math.min(text.length, Math.max(member.sentenceEnd, member.end));
  return {
    ...rest,
    article: articleFields,
    context: {
      before: text.slice(start, member.start).trimStart(),
      claim: text.slice(member.start, member.end),
      after: text.slice(member.end, end).trimEnd(),
    },
  };
}

function repeatOf(members: StoredMember[]): RepeatOf | null {
  for (const { repeatOf: claim } of members) {
    const verdict = claim?.verdicts[0];
    if (claim && verdict?.status === "PUBLISHED") {
      return {
        claimId: claim.id,
        text: claim.text,
        slug: verdict.slug,
        ratingLabel: verdict.rating?.label ?? null,
        ratingColor: verdict.rating?.color ?? null,
        publishedAt: verdict.publishedAt,
      };
    }
  }
  return null;
}

type GroupRow = { groupKey: string; count: number; total: number };

/** One page of Today's claims, best first. */
export async function listTodaysClaims(filters: TodayFilters, db: PrismaClient = appDb, now = new Date()) {
  const since = effectiveSince(filters, now);
  const where = whereSql(filters, since);
  const groupsPage = (skip: number) => db.$queryRaw<GroupRow[]>`
    SELECT s."groupKey", count(*)::int AS count, (count(*) OVER ())::int AS total
    FROM "Suggestion" s
    WHERE ${where}
    GROUP BY s."groupKey"
    ORDER BY max(s.score) DESC, max(s."createdAt") DESC, s."groupKey"
    LIMIT ${TODAY_PAGE_SIZE} OFFSET ${skip}`;

  let bounds = pageBounds(filters.page, Number.MAX_SAFE_INTEGER, TODAY_PAGE_SIZE);
  let groups = await groupsPage(bounds.skip);
  let total = groups[0]?.total ?? 0;
  if (!groups.length && filters.page > 1) {
    // Past the last page (the list shrank): show the last one.
    const [counted] = await db.$queryRaw<{ total: number }[]>`
      SELECT count(DISTINCT s."groupKey")::int AS total FROM "Suggestion" s WHERE ${where}`;
    total = counted?.total ?? 0;
    bounds = pageBounds(filters.page, total, TODAY_PAGE_SIZE);
    groups = total ? await groupsPage(bounds.skip) : [];
  }
  const { page, pageCount } = pageBounds(bounds.page, total, TODAY_PAGE_SIZE);

  const keys = groups.map((group) => group.groupKey);
  const ids = keys.length
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM (
          SELECT s.id, row_number() OVER (PARTITION BY s."groupKey" ORDER BY s.score DESC, s."createdAt", s.id) AS rank
          FROM "Suggestion" s
          WHERE ${where} AND s."groupKey" = ANY(${keys})
        ) ranked
        WHERE rank <= ${MEMBERS_SHOWN}`
    : [];
  const outletCounts = keys.length
    ? await db.$queryRaw<{ groupKey: string; outlets: number }[]>`
        SELECT s."groupKey", count(DISTINCT coalesce(a."publisherId", a.id))::int AS outlets
        FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
        WHERE ${where} AND s."groupKey" = ANY(${keys})
        GROUP BY s."groupKey"`
    : [];
  const stored = await db.suggestion.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: [{ score: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { ...memberSelect, groupKey: true },
  });

  const items: TodayRow[] = groups.map((group) => {
    const members = stored.filter((member) => member.groupKey === group.groupKey);
    return {
      groupKey: group.groupKey,
      members: members.map(({ groupKey: _key, ...member }) => withContext(member)),
      count: group.count,
      outlets: outletCounts.find((row) => row.groupKey === group.groupKey)?.outlets ?? 1,
      repeatOf: repeatOf(members),
    };
  });
  return { items, page, pageCount, total, since };
}

export type TodaysClaims = Awaited<ReturnType<typeof listTodaysClaims>>;
