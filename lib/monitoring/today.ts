import { parseScorePercent, scorePercentParam } from "@/lib/score-percent";
import "server-only";
import { db as appDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { pageBounds, parsePage } from "@/lib/pagination";

/**
 * Today's claims (/workspace/today, docs/decisions/021-feeds-and-todays-claims.md): the open
 * suggestions stored for articles ingested since a chosen time, near-identical ones (one
 * `groupKey`) folded into one row, rows ranked by their best score. Ranking and paging happen in
 * one SQL query (groupsPage: from the per-group figures the database keeps, or, with filters,
 * over the suggestions on the (state, createdAt) index); only the page's rows are then read in full. A suggestion is stored when its article is ingested, so its createdAt is the
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

type GroupRow = { groupKey: string; count: number; total: number; summarised: boolean };

/**
 * One page of groups, best first: with no filter but the time, from the per-group figures the
 * database keeps (SuggestionGroup, migration 20261208061000_suggestion_groups) — groups whose open
 * suggestions all fall in the period are read from its index as they are; the few that straddle
 * its start are counted from their suggestions. With other filters, counted from the suggestions.
 */
function groupsPage(db: PrismaClient, filters: TodayFilters, since: Date, skip: number): Promise<GroupRow[]> {
  if (filters.minScore !== null || filters.claimant || filters.source) {
    return db.$queryRaw<GroupRow[]>`
      SELECT s."groupKey", count(*)::int AS count, (count(*) OVER ())::int AS total, false AS summarised
      FROM "Suggestion" s
      WHERE ${whereSql(filters, since)}
      GROUP BY s."groupKey"
      ORDER BY max(s.score) DESC, max(s."createdAt") DESC, s."groupKey"
      LIMIT ${TODAY_PAGE_SIZE} OFFSET ${skip}`;
  }
  return db.$queryRaw<GroupRow[]>`
    WITH straddling AS (
      SELECT s."groupKey", count(*)::int AS count, max(s.score) AS best, max(s."createdAt") AS newest, false AS summarised
      FROM "SuggestionGroup" g JOIN "Suggestion" s ON s."groupKey" = g."groupKey"
      WHERE g."maxCreatedAt" >= ${since} AND g."minCreatedAt" < ${since} AND s.state = 'OPEN' AND s."createdAt" >= ${since}
      GROUP BY s."groupKey"
    ), inside AS (
      SELECT g."groupKey", g."openCount" AS count, g."maxScore" AS best, g."maxCreatedAt" AS newest, true AS summarised
      FROM "SuggestionGroup" g
      WHERE g."minCreatedAt" >= ${since}
      ORDER BY g."maxScore" DESC, g."maxCreatedAt" DESC, g."groupKey"
      LIMIT ${skip + TODAY_PAGE_SIZE}
    )
    SELECT x."groupKey", x.count, x.summarised,
      ((SELECT count(*) FROM "SuggestionGroup" g WHERE g."minCreatedAt" >= ${since}) + (SELECT count(*) FROM straddling))::int AS total
    FROM (SELECT * FROM inside UNION ALL SELECT * FROM straddling) x
    ORDER BY x.best DESC, x.newest DESC, x."groupKey"
    LIMIT ${TODAY_PAGE_SIZE} OFFSET ${skip}`;
}

/** One page of Today's claims, best first. */
export async function listTodaysClaims(filters: TodayFilters, db: PrismaClient = appDb, now = new Date()) {
  const since = effectiveSince(filters, now);
  const where = whereSql(filters, since);

  let bounds = pageBounds(filters.page, Number.MAX_SAFE_INTEGER, TODAY_PAGE_SIZE);
  let groups = await groupsPage(db, filters, since, bounds.skip);
  let total = groups[0]?.total ?? 0;
  if (!groups.length && filters.page > 1) {
    // Past the last page (the list shrank): show the last one.
    const [first] = await groupsPage(db, filters, since, 0);
    total = first?.total ?? 0;
    bounds = pageBounds(filters.page, total, TODAY_PAGE_SIZE);
    groups = total ? await groupsPage(db, filters, since, bounds.skip) : [];
  }
  const { page, pageCount } = pageBounds(bounds.page, total, TODAY_PAGE_SIZE);

  const keys = groups.map((group) => group.groupKey);
  // Each group's best members, from the index on (groupKey, state, score, createdAt, id).
  const ids = keys.length
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT m.id
        FROM unnest(${keys}::text[]) AS k("groupKey")
        CROSS JOIN LATERAL (
          SELECT s.id FROM "Suggestion" s
          WHERE s."groupKey" = k."groupKey" AND ${where}
          ORDER BY s.score DESC, s."createdAt", s.id
          LIMIT ${MEMBERS_SHOWN}
        ) m`
    : [];
  // Outlets: kept per group (SuggestionGroupOutlet) for the groups read whole from SuggestionGroup;
  // for the others, each of the group's outlets that has a member matching the filters (one
  // member found is enough, rather than joining every member to its article).
  const kept = groups.filter((group) => group.summarised).map((group) => group.groupKey);
  const counted = groups.filter((group) => !group.summarised).map((group) => group.groupKey);
  const outletCounts = [
    ...(kept.length
      ? await db.$queryRaw<{ groupKey: string; outlets: number }[]>`
          SELECT o."groupKey", count(*)::int AS outlets FROM "SuggestionGroupOutlet" o
          WHERE o."groupKey" = ANY(${kept}) GROUP BY o."groupKey"`
      : []),
    ...(counted.length
      ? await db.$queryRaw<{ groupKey: string; outlets: number }[]>`
          SELECT o."groupKey", count(*)::int AS outlets FROM "SuggestionGroupOutlet" o
          WHERE o."groupKey" = ANY(${counted}) AND EXISTS (
            SELECT 1 FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
            WHERE s."groupKey" = o."groupKey" AND coalesce(a."publisherId", a.id) = o.outlet AND ${where}
          )
          GROUP BY o."groupKey"`
      : []),
  ];
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
