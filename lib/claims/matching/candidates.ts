import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus, VerdictStatus } from "@/lib/generated/prisma/enums";
import { claimText } from "./text";

/** Longer input is cut: a claim is a sentence or two (a pasted post at most). */
export const MAX_QUERY_LENGTH = 500;
/** Words in more than this share of claims (PostgreSQL's statistics of Claim.search) are common. */
const RARE_FREQUENCY = 0.01;
/** Candidates share two of the query's this-many rarest words, one of them rare, … */
const PAIRED_WORDS = 6;
/** … or all but one of its this-many rarest words, or all of its words. */
const RAREST_WORDS = 8;
/** Candidates (best by ts_rank on the rarest words) that the matcher re-ranks in Node. */
export const CANDIDATES = 100;

/**
 * Candidates come from the query's rarest words whose index entries, by PostgreSQL's statistics,
 * add up to at most this many claims: at 10,000 claims that is every word of a tweet, at 1,000,000
 * the ten or so rarest (names, topic words), which is what identifies a claim.
 */
const POSTINGS = 20_000;
/**
 * A query of only everyday words ranks at most this many of the claims that match its condition:
 * at 1,000,000 claims the condition can match tens of thousands, each read from the table to be
 * ranked (300+ ms); such a query rarely identifies one claim anyway (decision 029).
 */
const COMMON_MATCHES = 2_000;

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
    if (rarest[0]!.f < RARE_FREQUENCY)
      clauses.push(
        rarest
          .slice(1)
          .map((word) => word.quoted)
          .join(" & "),
      );
    else
      for (const left of rarest.slice(1))
        clauses.push(
          rarest
            .filter((word) => word !== left)
            .map((word) => word.quoted)
            .join(" & "),
        );
  }
  return {
    matching: [...new Set(clauses)].map((clause) => `(${clause})`).join(" | "),
    ranking: rarest.map((word) => word.quoted).join(" | "),
  };
}

/**
 * How often each frequent lexeme occurs in Claim.search, from PostgreSQL's statistics of the
 * column (kept by ANALYZE/autovacuum; lexemes not listed are rarer than every listed one). Read
 * once per client every ten minutes: detoasting the list costs more than the search itself.
 */
const STATS_TTL_MS = 10 * 60 * 1000;
export type WordFrequencies = {
  frequency: Map<string, number>;
  /** Share given to unlisted lexemes. */
  rare: number;
  /** Claims in the table (PostgreSQL's estimate). */
  claims: number;
};
const frequencyCache = new WeakMap<object, { at: number; value: WordFrequencies }>();

export async function wordFrequencies(client: PrismaClient, options: { fresh?: boolean } = {}): Promise<WordFrequencies> {
  const cached = frequencyCache.get(client);
  if (!options.fresh && cached && Date.now() - cached.at < STATS_TTL_MS) return cached.value;
  const rows = await client.$queryRaw<{ elems: string[] | null; freqs: number[] | null; rows: number | null }[]>`
    SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs,
           (SELECT reltuples::float8 FROM pg_class WHERE oid = '"Claim"'::regclass) AS rows
      FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'Claim' AND s.attname = 'search'`;
  const frequency = new Map<string, number>();
  const { elems, freqs, rows: count } = rows[0] ?? { elems: null, freqs: null, rows: null };
  // most_common_elem_freqs ends with three summary numbers (min, max, null share) after the per-lexeme ones.
  elems?.forEach((lexeme, i) => frequency.set(lexeme, Number(freqs?.[i] ?? 0)));
  const listedMin = elems?.length ? Number(freqs?.[elems.length] ?? 0) : 0;
  // An unlisted lexeme is rarer than every listed one; without statistics, assume it is in a few claims.
  const rare = listedMin > 0 ? listedMin / 2 : 2 / Math.max(count ?? 0, 100);
  const value = { frequency, rare, claims: Math.max(0, count ?? 0) };
  frequencyCache.set(client, { at: Date.now(), value });
  return value;
}

export type Candidate = {
  id: string;
  text: string;
  status: ClaimStatus;
  /** Claim.search as text: 'lexeme':1,4 'other':2 … */
  lexemes: string;
  /** The verdict's conclusion (the checked claim's second field), its tsvector as text. */
  conclusion: string | null;
  conclusionLexemes: string | null;
  /** pg_trgm similarity of the texts. */
  trigram: number;
  meaning: Uint8Array | null;
  claimantName: string | null;
  /** The claim's current verdict: the one not retracted, else the last retracted one (null: none). */
  verdict: { slug: string; status: VerdictStatus; rating: { label: string; color: string } | null } | null;
  /** The claim's last retracted verdict, when its current one is another (reopened claims). */
  retractedSlug: string | null;
};

export type PreparedQuery = { text: string; lexemes: string[]; frequencies: WordFrequencies };

/** What the re-ranker and the result list need of each candidate (`ranked` holds their ids). */
function candidateDetails(query: string): Prisma.Sql {
  return Prisma.sql`
    SELECT k.id, k.text, k.status::text AS status, k.search::text AS lexemes, similarity(k.text, ${query})::float8 AS trigram,
           k.meaning, nullif(v.conclusion, '') AS conclusion,
           CASE WHEN v.conclusion <> '' THEN to_tsvector('english', v.conclusion)::text END AS conclusion_lexemes,
           cl.name AS claimant_name, v.slug AS verdict_slug, v.status::text AS verdict_status,
           r.label AS rating_label, r.color AS rating_color, rv.slug AS retracted_slug
      FROM ranked
      JOIN "Claim" k ON k.id = ranked.id
      LEFT JOIN "Claimant" cl ON cl.id = k."claimantId"
      -- A claim has several verdicts once one is retracted: the current one (not retracted; at most
      -- one), else the last retracted one.
      LEFT JOIN LATERAL (
        SELECT cv.slug, cv.status, cv.conclusion, cv."ratingId" FROM "Verdict" cv WHERE cv."claimId" = k.id
         ORDER BY cv.status = 'RETRACTED', cv."createdAt" DESC, cv.id DESC LIMIT 1
      ) v ON TRUE
      LEFT JOIN LATERAL (
        SELECT pv.slug FROM "Verdict" pv WHERE pv."claimId" = k.id AND pv.status = 'RETRACTED' AND v.status <> 'RETRACTED'
         ORDER BY pv."retractedAt" DESC NULLS LAST, pv.id DESC LIMIT 1
      ) rv ON TRUE
      LEFT JOIN "Rating" r ON r.id = v."ratingId"`;
}

type Row = {
  id: string;
  text: string;
  status: ClaimStatus;
  lexemes: string;
  trigram: number;
  meaning: Uint8Array | null;
  conclusion: string | null;
  conclusion_lexemes: string | null;
  claimant_name: string | null;
  verdict_slug: string | null;
  verdict_status: VerdictStatus | null;
  rating_label: string | null;
  rating_color: string | null;
  retracted_slug: string | null;
};

/**
 * Lexical candidates for a text: claims found through the full-text index (GIN on Claim.search,
 * English stems), at most `CANDIDATES`, best by ts_rank on the query's rarest words, with what the
 * re-ranker needs (lexemes with their positions, trigram similarity, meaning vector, the verdict's
 * conclusion). Why not `text % query` on the trigram index: with 100,000 claims most trigrams are in
 * thousands of rows (0.2–1 s a query); the full-text condition keeps the scan to rare words.
 */
export async function findCandidates(
  raw: string,
  options: { client: PrismaClient; excludeClaimId?: string; candidates?: number; onlyPublished?: boolean },
): Promise<{ query: PreparedQuery; candidates: Candidate[] }> {
  const text = claimText(raw).slice(0, MAX_QUERY_LENGTH);
  const frequencies = await wordFrequencies(options.client);
  const empty = { query: { text, lexemes: [], frequencies }, candidates: [] };
  if (!/[\p{L}\p{N}]/u.test(text)) return empty;
  const [row] = await options.client.$queryRaw<{ lexemes: string[] }[]>`
    SELECT tsvector_to_array(to_tsvector('english', ${text})) AS lexemes`;
  const lexemes = row?.lexemes ?? [];
  if (lexemes.length === 0) return empty; // only stop words
  const limit = options.candidates ?? CANDIDATES;
  const exclude = options.excludeClaimId ?? "";
  const published = options.onlyPublished ?? false;
  const share = (lexeme: string) => Math.min(0.99, frequencies.frequency.get(lexeme) ?? frequencies.rare);
  // The rarest words whose index entries add up to at most POSTINGS claims, each weighted by its
  // inverse document frequency: a claim's candidate score is the weight of the words it shares.
  const rarest = [...lexemes].sort((a, b) => share(a) - share(b) || b.length - a.length);
  const chosen: string[] = [];
  let postings = 0;
  for (const lexeme of rarest) {
    postings += share(lexeme) * frequencies.claims;
    if (postings > POSTINGS && chosen.length > 0) break;
    chosen.push(lexeme);
  }
  const weights = chosen.map((lexeme) => Math.log(1 + (1 - share(lexeme)) / share(lexeme)));
  const commonOnly = share(chosen[0]!) * frequencies.claims > POSTINGS;
  const { ranking } = candidateQueries(lexemes, frequencies.frequency);
  // Only everyday words: claims holding the query's three rarest words, which GIN answers by
  // intersecting posting lists (skipping through them) instead of reading each whole. The old
  // condition (all but one of the eight rarest, any of them left out) left no word required, so
  // GIN tested every claim holding any of them: 350–460 ms at 1,000,000 claims (decision 029).
  const matching = rarest.slice(0, 3).map(quoteLexeme).join(" & ");
  const rows = commonOnly
    ? await options.client.$queryRaw<Row[]>`
    WITH q AS (SELECT ${matching}::tsquery AS matching, ${ranking}::tsquery AS ranking),
    matched AS MATERIALIZED (
      SELECT c.id, c.search FROM "Claim" c, q
       WHERE c.search @@ q.matching AND c.id <> ${exclude}
         AND (NOT ${published} OR EXISTS (SELECT 1 FROM "Verdict" pv WHERE pv."claimId" = c.id AND pv.status = 'PUBLISHED'))
       LIMIT ${COMMON_MATCHES}
    ),
    ranked AS (
      SELECT m.id FROM matched m, q
       ORDER BY ts_rank(m.search, q.ranking) DESC, m.id
       LIMIT ${limit}
    )
    ${candidateDetails(text)}`
    : await options.client.$queryRaw<Row[]>`
    WITH words AS (SELECT * FROM unnest(${chosen.map(quoteLexeme)}::text[], ${weights}::float8[]) AS w(query, weight)),
    ranked AS (
      SELECT hit.id FROM words w
        CROSS JOIN LATERAL (SELECT c.id FROM "Claim" c WHERE c.search @@ w.query::tsquery) hit
       WHERE hit.id <> ${exclude}
         AND (NOT ${published} OR EXISTS (SELECT 1 FROM "Verdict" pv WHERE pv."claimId" = hit.id AND pv.status = 'PUBLISHED'))
       GROUP BY hit.id
       ORDER BY sum(w.weight) DESC, hit.id
       LIMIT ${limit}
    )
    ${candidateDetails(text)}`;
  return {
    query: { text, lexemes, frequencies },
    candidates: rows.map((r) => ({
      id: r.id,
      text: r.text,
      status: r.status,
      lexemes: r.lexemes,
      conclusion: r.conclusion,
      conclusionLexemes: r.conclusion_lexemes,
      trigram: Number(r.trigram),
      meaning: r.meaning,
      claimantName: r.claimant_name,
      verdict:
        r.verdict_slug === null || r.verdict_status === null
          ? null
          : {
              slug: r.verdict_slug,
              status: r.verdict_status,
              rating: r.rating_label === null || r.rating_color === null ? null : { label: r.rating_label, color: r.rating_color },
            },
      retractedSlug: r.retracted_slug,
    })),
  };
}
