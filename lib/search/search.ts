import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "./filters";
import { HEADLINE_ALL_OPTIONS, HEADLINE_OPTIONS, START_MARK, STOP_MARK } from "./highlight";

/**
 * Full-text search over published verdicts: one function for the /search page and the read API.
 * It reads "VerdictSearch": one narrow row per published verdict (publishedAt, ratingId) with its
 * document of claim text (A), conclusion (B), rationale (C) and filter keys stored out of line,
 * kept by triggers, so a query touches one GIN index. See docs/decisions/005-public-search.md.
 */

/**
 * Ranking is done on the newest this-many matches only. Ranking every match of a frequent word
 * (tens of thousands of documents) costs far more than the 50 ms budget; a query that matches
 * fewer documents than this is ranked exactly.
 */
export const RANKED_MATCH_LIMIT = 1000;

/** Counts stop here; the page says "more than 1,000" beyond it. */
export const COUNT_LIMIT = 1000;

type Db = Pick<PrismaClient, "$queryRaw">;

export type SearchCursor = { rank: number | null; publishedAt: string; id: string };

const cursorSchema = z.object({
  rank: z.number().finite().nullable(),
  publishedAt: z.iso.datetime(),
  id: z.string().min(1).max(64),
});

/** Opaque cursor: the last item's sort key and id, base64url JSON. */
export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(value: string): SearchCursor | null {
  try {
    const result = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export type SearchHit = {
  id: string;
  slug: string;
  claimText: string;
  /** Claim text with matches between START_MARK and STOP_MARK (only with q and snippets). */
  claimHighlight: string | null;
  claimant: { name: string; slug: string } | null;
  rating: { key: string; label: string; color: string } | null;
  conclusion: string;
  /** Passages of conclusion and rationale around the matches, marked as above (only with q and snippets). */
  snippet: string | null;
  publishedAt: Date;
  rank: number | null;
};

type HitRow = {
  id: string;
  slug: string;
  claimText: string;
  claimHighlight: string | null;
  claimantName: string | null;
  claimantSlug: string | null;
  ratingKey: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
  conclusion: string;
  snippet: string | null;
  publishedAt: Date;
  rank: number | null;
  matchCount: number | null;
};

/** Empty when the words are all stop words ("the", "of"): such a query matches nothing. */
export async function hasSearchTerms(client: Db, q: string): Promise<boolean> {
  const [row] = await client.$queryRaw<{ n: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${q}))::int AS n`;
  return (row?.n ?? 0) > 0;
}

const tsquery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * Filters with slugs and domains turned into row ids, and the word pairs every match must hold
 * (from quoted phrases); null when a filter names nothing that exists.
 */
type ResolvedFilters = SearchFilters & { ratingId?: string; filterKeys: string[]; pairs: number[] };

/** The hash of two adjacent lexemes, as search_word_pairs() computes it in SQL (first 32 bits of md5, signed). */
export function wordPairHash(left: string, right: string): number {
  return Number.parseInt(createHash("md5").update(`${left} ${right}`, "utf8").digest("hex").slice(0, 8), 16) | 0;
}

/**
 * Pairs of adjacent words that every document matching the query holds: the `'a' <-> 'b'` of its
 * quoted phrases, read from PostgreSQL's own parse of the query (websearch_to_tsquery), so the page
 * and the index agree on what a phrase is. Only for queries where each phrase is required: none
 * with `or` or an excluded part (then a phrase need not be in a match); those search without.
 * The "pairs" index narrows a phrase to the documents where its words are adjacent (decision 029).
 */
export function requiredWordPairs(tsqueryText: string): number[] {
  if (/[|!]/.test(tsqueryText)) return [];
  const tokens = tsqueryText.match(/'(?:[^']|'')*'(?::\*?[A-D]*)?|<\d+>|<->|[()&]/g) ?? [];
  const lexeme = (token: string | undefined) =>
    token !== undefined && /^'(?:[^'\\]|'')*'$/.test(token) ? token.slice(1, -1).replace(/''/g, "'") : null;
  const pairs = new Set<number>();
  tokens.forEach((token, i) => {
    if (token !== "<->") return;
    const left = lexeme(tokens[i - 1]);
    const right = lexeme(tokens[i + 1]);
    if (left !== null && right !== null) pairs.add(wordPairHash(left, right));
  });
  return [...pairs];
}

async function phrasePairs(client: Db, q: string | undefined): Promise<number[]> {
  if (!q?.includes('"')) return [];
  const [row] = await client.$queryRaw<{ query: string }[]>`SELECT websearch_to_tsquery('english', ${q})::text AS query`;
  return row ? requiredWordPairs(row.query) : [];
}

async function resolveFilters(client: Db, filters: SearchFilters): Promise<ResolvedFilters | null> {
  const pairs = await phrasePairs(client, filters.q);
  if (!filters.rating && !filters.topic && !filters.claimant && !filters.source) return { ...filters, filterKeys: [], pairs };
  const [ids] = await client.$queryRaw<{ rating: string | null; topic: string | null; claimant: string | null; source: string | null }[]>`
    SELECT (SELECT id FROM "Rating" WHERE key = ${filters.rating ?? null}) AS rating,
           (SELECT id FROM "Topic" WHERE slug = ${filters.topic ?? null}) AS topic,
           (SELECT id FROM "Claimant" WHERE slug = ${filters.claimant ?? null}) AS claimant,
           coalesce((SELECT id FROM "Source" WHERE domain = ${filters.source ?? null}),
                    (SELECT "sourceId" FROM "SourceAlias" WHERE domain = ${filters.source ?? null})) AS source`;
  if (!ids) return null;
  const wanted = [
    [filters.rating, ids.rating],
    [filters.topic, ids.topic],
    [filters.claimant, ids.claimant],
    [filters.source, ids.source],
  ];
  if (wanted.some(([asked, found]) => asked !== undefined && found === null)) return null;
  // Filter keys stored in the search document by the triggers (see the migration 20261126120000_public_search).
  const filterKeys = [
    ids.topic ? `=topic:${ids.topic}` : null,
    ids.claimant ? `=claimant:${ids.claimant}` : null,
    ids.source ? `=source:${ids.source}` : null,
  ].filter((key) => key !== null);
  return { ...filters, ratingId: ids.rating ?? undefined, filterKeys, pairs };
}

/** Filter keys as a tsquery ('=topic:…' & '=source:…'); ids are ours, quotes escaped anyway. */
const keysQuery = (keys: string[]) => keys.map((key) => `'${key.replace(/'/g, "''")}'`).join(" & ");

/** Words and filter keys as one condition on the document (its GIN index); null without either. */
function documentCondition(filters: ResolvedFilters): Prisma.Sql | null {
  const keys = filters.filterKeys.length > 0 ? Prisma.sql`${keysQuery(filters.filterKeys)}::tsquery` : null;
  // A phrase's adjacent pairs first (their index holds positions the document index lacks).
  const pairs = filters.pairs.length > 0 ? Prisma.sql`s.pairs @> ${filters.pairs}::int[] AND ` : Prisma.empty;
  if (filters.q && keys) return Prisma.sql`${pairs}s.document @@ (${tsquery(filters.q)} && ${keys})`;
  if (filters.q) return Prisma.sql`${pairs}s.document @@ ${tsquery(filters.q)}`;
  return keys ? Prisma.sql`s.document @@ ${keys}` : null;
}

/**
 * How PostgreSQL finds the first matches in publication order:
 * - "walk": along the publication-date index, testing each row's document until it has enough;
 * - "bitmap": the GIN index gives every match, whose narrow rows are then sorted.
 * PostgreSQL's cost model takes a document test for cheap, but each one reads an out-of-line
 * document (a few µs), so left alone it walks through tens of thousands of rows when matches are
 * sparse. choosePlan decides instead, and in a "bitmap" plan the date is written as an expression
 * the date index cannot serve (publishedAt + 0 s), so the GIN index is the planner's only way in.
 */
export type Plan = "walk" | "bitmap";

/** Tests pin the plan, to prove that both return the same rows. */
let pinnedPlan: Plan | null = null;
export function pinSearchPlan(plan: Plan | null) {
  pinnedPlan = plan;
}

const publishedAt = (plan: Plan) => (plan === "bitmap" ? Prisma.sql`(s."publishedAt" + interval '0 s')` : Prisma.sql`s."publishedAt"`);

/**
 * Walking reads about wanted × total / matches documents; the bitmap reads every match's narrow
 * row, about a quarter of the cost of a document each. So the bitmap wins when
 * matches² < 4 × wanted × total, with `matches` estimated by PostgreSQL from the GIN statistics
 * (EXPLAIN: no rows are read). A quoted phrase always takes the bitmap: PostgreSQL estimates it as
 * often as its words together, but adjacent words can be far rarer, and a walk that finds too
 * few reads the whole table, while the bitmap is bounded by the documents holding all the words.
 */
async function choosePlan(client: Db, filters: ResolvedFilters, wanted: number): Promise<Plan> {
  if (pinnedPlan) return pinnedPlan;
  const document = documentCondition(filters);
  if (!document) return "walk";
  if (filters.q?.includes('"')) return "bitmap";
  const [estimate] = await client.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "VerdictSearch" s WHERE ${document}`;
  const matches = estimate?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
  return matches * matches < 4 * wanted * (await searchTableSize(client)) ? "bitmap" : "walk";
}

/** PostgreSQL's row estimate of "VerdictSearch" (0 before its first ANALYZE), read once a minute. */
let tableSize = { rows: 0, readAt: -Infinity };

async function searchTableSize(client: Db): Promise<number> {
  if (performance.now() - tableSize.readAt > 60_000) {
    const [row] = await client.$queryRaw<{ rows: number }[]>`
      SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = '"VerdictSearch"'::regclass`;
    tableSize = { rows: row?.rows ?? 0, readAt: performance.now() };
  }
  return tableSize.rows;
}

function whereClause(filters: ResolvedFilters, plan: Plan): Prisma.Sql {
  // Only published verdicts have a row in "VerdictSearch" (its triggers see to that).
  const clauses = [documentCondition(filters) ?? Prisma.sql`TRUE`];
  if (filters.ratingId) clauses.push(Prisma.sql`s."ratingId" = ${filters.ratingId}`);
  if (filters.from) clauses.push(Prisma.sql`${publishedAt(plan)} >= ${filters.from}`);
  if (filters.toExclusive) clauses.push(Prisma.sql`${publishedAt(plan)} < ${filters.toExclusive}`);
  return Prisma.join(clauses, " AND ");
}

export type SearchOptions = {
  /** Items per page (the query fetches one more to know whether a next page exists). */
  limit: number;
  /** Keyset paging (API): continue after this item. */
  cursor?: SearchCursor | null;
  /** Offset paging (the page's ?page=); at most COUNT_LIMIT in. */
  offset?: number;
  /** Highlighted claim and snippets (the page shows them; the API does not). */
  snippets?: boolean;
  /**
   * Retracted verdicts too, found and ordered like published ones (the API's list keeps them,
   * with their state, so that copies elsewhere learn of a retraction). /search leaves them out.
   */
  withRetracted?: boolean;
};

/**
 * The rows searched: the search rows of published verdicts and, with retracted ones, those
 * verdicts' documents computed as they are read, with the same functions the triggers use (a
 * retraction removes the search row, and retractions are few, so no row is kept for them).
 */
function searchedRows(withRetracted: boolean): Prisma.Sql {
  if (!withRetracted) return Prisma.sql`"VerdictSearch"`;
  return Prisma.sql`(
    SELECT "verdictId", "publishedAt", "ratingId", document, pairs FROM "VerdictSearch"
    UNION ALL
    SELECT id, "publishedAt", "ratingId", document, search_word_pairs(document) FROM (
      SELECT v.id, v."publishedAt", v."ratingId", verdict_search_document(c.text, v.conclusion, v.rationale) || verdict_filter_keys(c.id) AS document
        FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
       WHERE v.status = 'RETRACTED' AND v."publishedAt" IS NOT NULL
    ) retracted
  )`;
}

export type SearchResult = {
  hits: SearchHit[];
  nextCursor: string | null;
  /**
   * With words, the ranked query counts the matches it found anyway (as countVerdicts would),
   * so the page needs no second query; null without words, or when the page came back empty.
   */
  matches: { count: number; capped: boolean } | null;
};

/**
 * One page of published verdicts (and with `withRetracted`, retracted ones) matching the filters:
 * by rank (then newest) with a query, newest first without. Filters are validated by
 * parseFilters; the text goes in as a parameter.
 */
export async function searchVerdicts(
  client: Db,
  filters: SearchFilters,
  { limit, cursor = null, offset = 0, snippets = false, withRetracted = false }: SearchOptions,
): Promise<SearchResult> {
  const resolved = await resolveFilters(client, filters);
  if (!resolved) return { hits: [], nextCursor: null, matches: { count: 0, capped: false } };
  const ranked = Boolean(filters.q);
  const plan = await choosePlan(client, resolved, ranked ? RANKED_MATCH_LIMIT : offset + limit + 1);
  const where = whereClause(resolved, plan);
  const at = publishedAt(plan);
  const searched = searchedRows(withRetracted);
  const page = ranked
    ? Prisma.sql`
      matches AS MATERIALIZED (
        SELECT s."verdictId" AS id, s."publishedAt" FROM ${searched} s
         WHERE ${where}
         ORDER BY ${at} DESC, s."verdictId" DESC
         LIMIT ${COUNT_LIMIT + 1}
      ),
      ranked AS (
        SELECT m.id, m."publishedAt", ts_rank_cd(s.document, ${tsquery(filters.q!)}) AS rank
          FROM (SELECT * FROM matches ORDER BY "publishedAt" DESC, id DESC LIMIT ${RANKED_MATCH_LIMIT}) m
          JOIN ${searched} s ON s."verdictId" = m.id
      ),
      page AS (
        SELECT id, "publishedAt", rank FROM ranked
         WHERE ${cursor ? Prisma.sql`(rank, "publishedAt", id) < (${cursor.rank ?? 0}::real, ${new Date(cursor.publishedAt)}, ${cursor.id})` : Prisma.sql`TRUE`}
         ORDER BY rank DESC, "publishedAt" DESC, id DESC
         LIMIT ${limit + 1} OFFSET ${offset}
      )`
    : Prisma.sql`
      page AS (
        SELECT s."verdictId" AS id, s."publishedAt", NULL::real AS rank FROM ${searched} s
         WHERE ${where}
           AND ${cursor ? Prisma.sql`(${at}, s."verdictId") < (${new Date(cursor.publishedAt)}, ${cursor.id})` : Prisma.sql`TRUE`}
         ORDER BY ${at} DESC, s."verdictId" DESC
         LIMIT ${limit + 1} OFFSET ${offset}
      )`;

  // Highlights are computed for the page's rows only. Sentinels, Markdown link syntax and list
  // markers are removed from the text first, so a snippet reads as prose and cannot contain a forged mark.
  const plain = (text: Prisma.Sql) =>
    Prisma.sql`translate(
      regexp_replace(regexp_replace(${text}, '\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '^\\s*([-+*]|\\d+\\.)\\s+', '', 'gn'),
      ${`${START_MARK}${STOP_MARK}*_#>\``}, '')`;
  const highlights =
    ranked && snippets
      ? Prisma.sql`
        ts_headline('english', ${plain(Prisma.sql`c.text`)}, ${tsquery(filters.q!)}, ${HEADLINE_ALL_OPTIONS}) AS "claimHighlight",
        ts_headline('english', ${plain(Prisma.sql`v.conclusion || ' ' || v.rationale`)}, ${tsquery(filters.q!)}, ${HEADLINE_OPTIONS}) AS snippet`
      : Prisma.sql`NULL::text AS "claimHighlight", NULL::text AS snippet`;

  const rows = await client.$queryRaw<HitRow[]>`
    WITH ${page}
    SELECT p.id, p.rank, p."publishedAt", v.slug, v.conclusion, c.text AS "claimText",
           cl.name AS "claimantName", cl.slug AS "claimantSlug",
           r.key AS "ratingKey", r.label AS "ratingLabel", r.color AS "ratingColor",
           ${highlights},
           ${ranked ? Prisma.sql`(SELECT count(*) FROM matches)::int` : Prisma.sql`NULL::int`} AS "matchCount"
      FROM page p
      JOIN "Verdict" v ON v.id = p.id
      JOIN "Claim" c ON c.id = v."claimId"
      LEFT JOIN "Claimant" cl ON cl.id = c."claimantId"
      LEFT JOIN "Rating" r ON r.id = v."ratingId"
     ORDER BY p.rank DESC NULLS LAST, p."publishedAt" DESC, p.id DESC`;

  const more = rows.length > limit;
  const hits = rows.slice(0, limit).map(toHit);
  const last = hits.at(-1);
  const nextCursor = more && last ? encodeCursor({ rank: last.rank, publishedAt: last.publishedAt.toISOString(), id: last.id }) : null;
  const matchCount = rows[0]?.matchCount ?? null;
  const matches = matchCount === null ? null : { count: Math.min(matchCount, COUNT_LIMIT), capped: matchCount > COUNT_LIMIT };
  return { hits, nextCursor, matches };
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    slug: row.slug,
    claimText: row.claimText,
    claimHighlight: row.claimHighlight,
    claimant: row.claimantName !== null && row.claimantSlug !== null ? { name: row.claimantName, slug: row.claimantSlug } : null,
    rating:
      row.ratingKey !== null && row.ratingLabel !== null && row.ratingColor !== null
        ? { key: row.ratingKey, label: row.ratingLabel, color: row.ratingColor }
        : null,
    conclusion: row.conclusion,
    snippet: row.snippet,
    publishedAt: row.publishedAt,
    rank: row.rank === null ? null : Number(row.rank),
  };
}

/** How many published verdicts match, counted up to COUNT_LIMIT + 1 (`capped` beyond it). */
export async function countVerdicts(client: Db, filters: SearchFilters): Promise<{ count: number; capped: boolean }> {
  const resolved = await resolveFilters(client, filters);
  if (!resolved) return { count: 0, capped: false };
  const plan = await choosePlan(client, resolved, COUNT_LIMIT + 1);
  // Ordered only so that the plan is the one chosen (see Plan).
  const [row] = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "VerdictSearch" s WHERE ${whereClause(resolved, plan)} ORDER BY ${publishedAt(plan)} DESC LIMIT ${COUNT_LIMIT + 1}) x`;
  const n = row?.n ?? 0;
  return { count: Math.min(n, COUNT_LIMIT), capped: n > COUNT_LIMIT };
}
