import { distance } from "fastest-levenshtein";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * "Did you mean …" for the public search: a word of the query that no published verdict holds is
 * replaced by the closest word that some do. The vocabulary is the corpus' own ("SearchWord": the
 * words of published verdicts, lower case as written, with how many verdicts hold each; kept by a
 * trigger, docs/decisions/018-claimant-identity-and-forgiving-search.md), so suggestions are
 * words readers will find, including names no dictionary knows.
 */

/** Trigram similarity below which a vocabulary word is not even a candidate (pg_trgm's default is 0.3; "measels"/"measles" is 0.33). */
const CANDIDATE_SIMILARITY = 0.2;
/** Candidates per word, closest by trigrams first, then checked by edit distance. */
const CANDIDATES = 20;
/** Words shorter than this are left alone: too many words are one letter away. */
const MIN_LENGTH = 4;

/** Edits (insert, delete, substitute a letter) allowed for a word of this length. */
const maxEdits = (length: number) => (length <= 4 ? 1 : 2);

/** Words of the query that spelling may correct, with their place in it; operators left alone. */
export function correctableWords(q: string): { word: string; index: number }[] {
  return [...q.matchAll(/\p{L}+/gu)]
    .map((match) => ({ word: match[0], index: match.index }))
    .filter(({ word }) => word.length >= MIN_LENGTH && word.toLowerCase() !== "or");
}

/**
 * The closest vocabulary word: fewest edits within maxEdits, then the word more verdicts hold.
 * `candidates` come best-by-trigrams first.
 */
export function closestWord(word: string, candidates: { word: string; documents: number }[]): string | null {
  let best: { word: string; edits: number; documents: number } | null = null;
  for (const candidate of candidates) {
    const edits = distance(word, candidate.word);
    if (edits === 0 || edits > maxEdits(word.length)) continue;
    if (!best || edits < best.edits || (edits === best.edits && candidate.documents > best.documents)) best = { ...candidate, edits };
  }
  return best?.word ?? null;
}

/**
 * The query with each word unknown to the published verdicts replaced by its closest known word
 * (the rest of the query, operators and quotes included, as typed); null when nothing changes.
 */
export async function suggestSpelling(client: PrismaClient, q: string): Promise<string | null> {
  const words = correctableWords(q);
  if (words.length === 0) return null;
  const lower = [...new Set(words.map(({ word }) => word.toLowerCase()))];
  const known = new Set(
    (await client.$queryRaw<{ word: string }[]>`SELECT word FROM "SearchWord" WHERE word = ANY (${lower}::text[])`).map((row) => row.word),
  );
  const replacements = new Map<string, string>();
  for (const word of lower.filter((w) => !known.has(w))) {
    // The threshold of the trigram operator (which the index serves) is a setting: set for this transaction only.
    const [, candidates] = await client.$transaction([
      client.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CANDIDATE_SIMILARITY)}, true)`,
      client.$queryRaw<{ word: string; documents: number }[]>`
        SELECT word, documents FROM "SearchWord" WHERE word % ${word}
         ORDER BY similarity(word, ${word}) DESC, documents DESC, word LIMIT ${CANDIDATES}`,
    ]);
    const closest = closestWord(word, candidates);
    if (closest) replacements.set(word, closest);
  }
  if (replacements.size === 0) return null;
  let corrected = "";
  let at = 0;
  for (const { word, index } of words) {
    const replacement = replacements.get(word.toLowerCase());
    if (!replacement) continue;
    corrected += q.slice(at, index) + replacement;
    at = index + word.length;
  }
  return corrected + q.slice(at);
}
