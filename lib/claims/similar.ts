import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus, VerdictStatus } from "@/lib/generated/prisma/enums";

export type SimilarClaim = {
  id: string;
  text: string;
  status: ClaimStatus;
  /** 0..1: a blend of trigram similarity (spelling, word order) and shared word stems. */
  similarity: number;
  claimant: { name: string } | null;
  verdict: { slug: string; status: VerdictStatus; rating: { label: string; color: string } | null } | null;
};

/** Claims below this blended similarity are noise, not matches. */
export const MIN_SIMILARITY = 0.2;
/** Longer input is cut: a claim is a sentence. */
const MAX_QUERY_LENGTH = 500;
/** Words in more than this share of claims (PostgreSQL's statistics of Claim.search) are common. */
const RARE_FREQUENCY = 0.01;
/** Candidates share two of the query's this-many rarest words, one of them rare, … */
const PAIRED_WORDS = 6;
/** … or all but one of its this-many rarest words, or all of its words. */
const RAREST_WORDS = 8;
/** Candidates (best by shared rare words) that are scored by trigram similarity. */
const CANDIDATES = 100;

type Row = {
  id: string;
  text: string;
  status: ClaimStatus;
  similarity: number;
  claimant_name: string | null;
  verdict_slug: string | null;
  verdict_status: VerdictStatus | null;
  rating_label: string | null;
  rating_color: string | null;
};

/**
 * Existing claims like `text`, most similar first, for "is this claim already known?" while a
 * claim is created.
 *
 * Candidates come from the full-text index (GIN on Claim.search, English stems, so case,
 * punctuation and inflection do not matter): claims containing every word of the query, or at
 * least two of its six rarest words (frequencies from PostgreSQL's statistics of the column, so a
 * pair of everyday words such as "percent" and "year" does not drag in half the table). The best
 * 100 of those by ts_rank on the rare words are scored by a blend: 60% pg_trgm similarity of the
 * texts (spelling, word order) and 40% shared stems (Dice coefficient of the two lexeme sets, so a
 * reworded claim with the same content words still ranks high).
 *
 * Why not `text % query` on the trigram index: with 100,000 claims of news vocabulary most
 * trigrams are in thousands of rows; the index scan plus the similarity recheck of ~25,000 rows
 * took 0.2–1 s per query. Scoring at most 100 full-text candidates stays well under 50 ms
 * (scripts/bench/claims.ts).
 */
export async function findSimilarClaims(
  text: string,
  options: { limit?: number; excludeClaimId?: string; client?: PrismaClient } = {},
): Promise<SimilarClaim[]> {
  const query = text.trim().slice(0, MAX_QUERY_LENGTH);
  if (!/[\p{L}\p{N}]/u.test(query)) return [];
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 5), 1), 50);
  const exclude = options.excludeClaimId ?? "";
  const client = options.client ?? db;

  // `quoted` is a lexeme written as tsquery input: in quotes (chr 39), with backslashes (chr 92) and
  // quotes doubled.
  const rows = await client.$queryRaw<Row[]>`
    WITH lex AS (
      SELECT x.l, x.ord FROM unnest(tsvector_to_array(to_tsvector('english', ${query}))) WITH ORDINALITY AS x(l, ord)
    ),
    stats AS (
      SELECT u.e, u.f
        FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f)
       WHERE s.schemaname = current_schema() AND s.tablename = 'Claim' AND s.attname = 'search' AND u.e IS NOT NULL
    ),
    ranked AS (
      SELECT lex.l, coalesce(stats.f, 0) AS f, row_number() OVER (ORDER BY coalesce(stats.f, 0), lex.ord) AS n,
             chr(39) || replace(replace(lex.l, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39) AS quoted
        FROM lex LEFT JOIN stats ON stats.e = lex.l
    ),
    rarest AS (SELECT * FROM ranked WHERE n <= ${RAREST_WORDS}),
    q AS (
      SELECT ARRAY(SELECT l FROM lex) AS lexemes,
             (plainto_tsquery('english', ${query})
               || coalesce((SELECT string_agg('(' || a.quoted || ' & ' || b.quoted || ')', ' | ')
                              FROM rarest a JOIN rarest b ON a.n < b.n
                             WHERE a.n <= ${PAIRED_WORDS} AND b.n <= ${PAIRED_WORDS} AND a.f < ${RARE_FREQUENCY}), '')::tsquery
               || coalesce((SELECT string_agg('(' || others || ')', ' | ')
                              FROM (SELECT (SELECT string_agg(o.quoted, ' & ') FROM rarest o WHERE o.n <> x.n) AS others FROM rarest x) AS y
                             WHERE (SELECT count(*) FROM rarest) >= 3), '')::tsquery
             ) AS matching,
             coalesce((SELECT string_agg(quoted, ' | ') FROM rarest), '')::tsquery AS ranking
    ),
    candidates AS (
      SELECT c.id, c.text, c.status, c."claimantId", c.search
        FROM "Claim" c, q
       WHERE cardinality(q.lexemes) > 0 AND c.search @@ q.matching AND c.id <> ${exclude}
       ORDER BY ts_rank(c.search, q.ranking) DESC, c.id
       LIMIT ${CANDIDATES}
    ),
    scored AS (
      SELECT k.id, k.text, k.status, k."claimantId",
             (0.6 * similarity(k.text, ${query}) +
              0.4 * 2.0 * (SELECT count(*) FROM unnest(tsvector_to_array(k.search)) AS m(l) WHERE m.l = ANY (q.lexemes))
                  / greatest(1, cardinality(q.lexemes) + length(k.search))
             )::float8 AS similarity
        FROM candidates k, q
    )
    SELECT s.id, s.text, s.status::text AS status, s.similarity,
           cl.name AS claimant_name, v.slug AS verdict_slug, v.status::text AS verdict_status,
           r.label AS rating_label, r.color AS rating_color
      FROM scored s
      LEFT JOIN "Claimant" cl ON cl.id = s."claimantId"
      LEFT JOIN "Verdict" v ON v."claimId" = s.id
      LEFT JOIN "Rating" r ON r.id = v."ratingId"
     WHERE s.similarity >= ${MIN_SIMILARITY}
     ORDER BY s.similarity DESC, s.id
     LIMIT ${limit}`;

  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    status: row.status,
    similarity: Math.min(1, Math.max(0, Number(row.similarity))),
    claimant: row.claimant_name === null ? null : { name: row.claimant_name },
    verdict:
      row.verdict_slug === null || row.verdict_status === null
        ? null
        : {
            slug: row.verdict_slug,
            status: row.verdict_status,
            rating: row.rating_label === null || row.rating_color === null ? null : { label: row.rating_label, color: row.rating_color },
          },
  }));
}
