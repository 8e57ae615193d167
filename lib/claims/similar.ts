import "server-only";
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

/** A lexeme as tsquery input: quoted, with backslashes and quotes escaped. */
const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * The candidate condition: all the query's words, or two of its six rarest (one of them rare), or
 * all but one of its eight rarest (see below). The ranking query: any of the eight rarest.
 */
export function candidateQueries(lexemes: string[], frequency: Map<string, number>): { matching: string; ranking: string } {
  const rarest = lexemes
    .map((lexeme, order) => ({ lexeme, order, f: frequency.get(lexeme) ?? 0, quoted: quoteLexeme(lexeme) }))
    // Unlisted words (rarer than every listed one, or all words before the first ANALYZE): longer
    // first, as a longer word is usually the more specific one.
    .sort((a, b) => a.f - b.f || b.lexeme.length - a.lexeme.length || a.order - b.order)
    .slice(0, RAREST_WORDS);
  const clauses = [lexemes.map(quoteLexeme).join(" & ")];
  const paired = rarest.slice(0, PAIRED_WORDS);
  for (let i = 0; i < paired.length; i++) {
    if (paired[i]!.f >= RARE_FREQUENCY) break;
    for (let j = i + 1; j < paired.length; j++) clauses.push(`${paired[i]!.quoted} & ${paired[j]!.quoted}`);
  }
  // All but one of the rarest. The rarest word is left out only when it is rare (a wrong number
  // or a misspelt name matches nothing): otherwise every clause holds it, which lets the GIN index
  // skip through the long posting lists of everyday words instead of reading them whole (3 ms
  // instead of 35–45 ms at 100,000 claims). With a rare word, its pairs cover the other clauses.
  if (rarest.length >= 3) {
    if (rarest[0]!.f < RARE_FREQUENCY) clauses.push(rarest.slice(1).map((word) => word.quoted).join(" & "));
    else for (const left of rarest.slice(1)) clauses.push(rarest.filter((word) => word !== left).map((word) => word.quoted).join(" & "));
  }
  return { matching: [...new Set(clauses)].map((clause) => `(${clause})`).join(" | "), ranking: rarest.map((word) => word.quoted).join(" | ") };
}

/**
 * How often each frequent lexeme occurs in Claim.search, from PostgreSQL's statistics of the
 * column (kept by ANALYZE/autovacuum; lexemes not listed are rarer than every listed one). Read
 * once per client every ten minutes: detoasting the list costs more than the search itself.
 */
const STATS_TTL_MS = 10 * 60 * 1000;
const frequencyCache = new WeakMap<object, { at: number; frequency: Map<string, number> }>();

async function wordFrequencies(client: PrismaClient): Promise<Map<string, number>> {
  const cached = frequencyCache.get(client);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached.frequency;
  const rows = await client.$queryRaw<{ elems: string[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
      FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'Claim' AND attname = 'search'`;
  const frequency = new Map<string, number>();
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  elems?.forEach((lexeme, i) => frequency.set(lexeme, Number(freqs?.[i] ?? 0)));
  frequencyCache.set(client, { at: Date.now(), frequency });
  return frequency;
}

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

  const [row] = await client.$queryRaw<{ lexemes: string[] }[]>`
    SELECT tsvector_to_array(to_tsvector('english', ${query})) AS lexemes`;
  const lexemes = row?.lexemes ?? [];
  if (lexemes.length === 0) return []; // only stop words
  const { matching, ranking } = candidateQueries(lexemes, await wordFrequencies(client));

  const rows = await client.$queryRaw<Row[]>`
    WITH q AS (SELECT ${matching}::tsquery AS matching, ${ranking}::tsquery AS ranking, ${lexemes}::text[] AS lexemes),
    candidates AS (
      SELECT c.id, c.text, c.status, c."claimantId", c.search
        FROM "Claim" c, q
       WHERE c.search @@ q.matching AND c.id <> ${exclude}
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
