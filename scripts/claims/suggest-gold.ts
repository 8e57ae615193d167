/**
 * The suggestion gold set (scripts/claims/suggest-gold/, see its README) and the measures of
 * `npm run eval:suggest`. Pure functions: no database, no model; the CLI (eval-suggest.ts) runs the
 * suggester and prints.
 *
 * Definitions (also in the README):
 * - Tokens: the article's words, `[\p{L}\p{N}]+` at their offsets. A span's tokens are the article
 *   tokens it overlaps; two spans overlap by the tokens they share (by position, not by spelling).
 * - Token F1 of a suggestion against a gold claim: shared / |suggestion| is its precision,
 *   shared / |gold| its recall, F1 their harmonic mean.
 * - Span F1 of an article: suggestions and gold check-worthy claims are paired one to one, greedily
 *   by best token F1 (pairs sharing no token are never made). Span precision = tokens shared by
 *   the pairs / tokens of all suggestions; span recall = tokens shared by the pairs / tokens of all
 *   gold check-worthy claims; span F1 their harmonic mean. A suggestion that is not a check-worthy
 *   claim (an opinion, filler) costs precision; a missed claim costs recall; a whole sentence
 *   instead of its claim costs precision; two claims glued together pair with only one of them.
 * - Claimant accuracy: over the pairs above, the suggestion's claimant equals the gold claimant
 *   after normalising (case, spacing, curly apostrophes, a leading "the"; no claimant = the
 *   article's own = "").
 * - Recall@k: k = max(10, gold check-worthy claims of the article); a gold check-worthy claim is
 *   found when one of the first k suggestions (best first) has token F1 >= 0.5 with it.
 * - Non-claims shown: gold claims labelled not check-worthy that some suggestion overlaps with
 *   token F1 >= 0.5.
 * - Ranking order: a gold claim's rank is that of the first suggestion with token F1 >= 0.5 with it
 *   (none: below every suggestion). Over the pairs of a check-worthy and a not check-worthy gold
 *   claim of an article, at least one of them ranked: the share where the check-worthy one is
 *   ranked higher (the same suggestion counts half). 1 = every opinion, prediction… is shown
 *   below every factual claim or not at all.
 * Overall figures add up the counts of all articles (micro averages); recall@k also as the mean of
 * the articles' recall@k (macro).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const SPLITS = ["train", "test"] as const;
export type Split = (typeof SPLITS)[number];

const claimSchema = z
  .object({
    text: z.string().min(1),
    claimant: z.string(),
    checkworthy: z.boolean(),
  })
  .strict();

const articleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes"),
    split: z.enum(SPLITS),
    title: z.string().min(1),
    topic: z.string().min(1).optional(),
    text: z.string().min(1),
    claims: z.array(claimSchema).min(1),
  })
  .strict();

export type GoldClaim = z.infer<typeof claimSchema> & { start: number; end: number };
export type GoldArticle = Omit<z.infer<typeof articleSchema>, "claims"> & { file: string; claims: GoldClaim[] };

export class GoldDataError extends Error {}

/** Every place `needle` occurs in `haystack` (overlapping occurrences included). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * One article from its JSON: validated, each claim's offsets found from its exact text, which must
 * occur exactly once in the article (no occurrence index: lengthen the span until it is unique).
 */
export function parseGoldArticle(json: string, file: string): GoldArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new GoldDataError(`${file}: not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GoldDataError(`${file}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const article = parsed.data;
  const claims = article.claims.map((claim, i) => {
    const where = `${file}: claims[${i}] ${JSON.stringify(claim.text)}`;
    if (claim.text !== claim.text.trim()) throw new GoldDataError(`${where}: starts or ends with whitespace`);
    if (claim.claimant !== claim.claimant.trim()) throw new GoldDataError(`${where}: claimant starts or ends with whitespace`);
    const at = occurrences(article.text, claim.text);
    if (at.length === 0) throw new GoldDataError(`${where}: not found in the article text`);
    if (at.length > 1) throw new GoldDataError(`${where}: found ${at.length} times in the article text (make the span unique)`);
    return { ...claim, start: at[0]!, end: at[0]! + claim.text.length };
  });
  const seen = new Map<string, number>();
  claims.forEach((claim, i) => {
    const key = `${claim.start}:${claim.end}`;
    if (seen.has(key)) throw new GoldDataError(`${file}: claims[${seen.get(key)}] and claims[${i}] are the same span`);
    seen.set(key, i);
  });
  return { ...article, file, claims };
}

/** Every *.json article of `dir`, sorted by id; ids must be unique. */
export function loadGoldSet(dir: string): GoldArticle[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GoldDataError(`cannot read ${dir}: ${code === "ENOENT" ? "no such folder" : String(error)}`);
  }
  if (names.length === 0) throw new GoldDataError(`${dir}: no *.json articles`);
  const articles = names.map((name) => parseGoldArticle(readFileSync(path.join(dir, name), "utf8"), name));
  const ids = new Map<string, string>();
  for (const article of articles) {
    const other = ids.get(article.id);
    if (other) throw new GoldDataError(`${article.file}: id ${article.id} is also the id of ${other}`);
    ids.set(article.id, article.file);
  }
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

export type Span = { start: number; end: number };
export type Prediction = Span & { claimant: string | null };

/** Start offsets of the article's word tokens, for counting tokens by position. */
export function wordTokens(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Indices of the tokens a span overlaps. */
export function tokensOf(tokens: Span[], span: Span): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    if (token.start < span.end && span.start < token.end) out.add(i);
  });
  return out;
}

export function overlap(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared;
}

/** Token F1 of a predicted span against a gold one (0 when either has no token). */
export function tokenF1(predicted: Set<number>, gold: Set<number>): number {
  const shared = overlap(predicted, gold);
  if (shared === 0) return 0;
  const precision = shared / predicted.size;
  const recall = shared / gold.size;
  return (2 * precision * recall) / (precision + recall);
}

export function normaliseClaimant(claimant: string | null): string {
  return (claimant ?? "")
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/, "");
}

/** One-to-one pairs of predictions and gold spans, greedily by best token F1, ties by reading order. */
export function alignSpans(predicted: Set<number>[], gold: Set<number>[]): { p: number; g: number; f1: number; shared: number }[] {
  const pairs: { p: number; g: number; f1: number; shared: number }[] = [];
  predicted.forEach((ps, p) =>
    gold.forEach((gs, g) => {
      const shared = overlap(ps, gs);
      if (shared > 0) pairs.push({ p, g, f1: tokenF1(ps, gs), shared });
    }),
  );
  pairs.sort((a, b) => b.f1 - a.f1 || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const chosen: typeof pairs = [];
  for (const pair of pairs) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    chosen.push(pair);
  }
  return chosen.sort((a, b) => a.g - b.g);
}

export const FOUND_F1 = 0.5;
export const MIN_K = 10;

export type ArticleScore = {
  id: string;
  goldCheckworthy: number;
  suggested: number;
  /** Span F1 counts. */
  sharedTokens: number;
  predictedTokens: number;
  goldTokens: number;
  /** Claimant accuracy counts. */
  claimantRight: number;
  claimantPairs: number;
  /** Recall@k. */
  k: number;
  foundAtK: number;
  /** Gold non-check-worthy claims that a suggestion overlaps with token F1 >= 0.5. */
  nonClaims: number;
  nonClaimsShown: number;
  /** Ranking order counts: pairs (check-worthy, not) with at least one ranked, and how many in order. */
  orderPairs: number;
  orderRight: number;
  /** Gold check-worthy claims not found at k and pairs with a wrong claimant, for reading. */
  missed: GoldClaim[];
  wrongClaimant: { gold: GoldClaim; suggested: string | null }[];
};

/** Scores the suggestions of one article (best first, as the reader shows them) against its gold claims. */
export function scoreArticle(
  article: Pick<GoldArticle, "id" | "text" | "claims">,
  suggestions: Prediction[],
  minK: number = MIN_K,
): ArticleScore {
  const tokens = wordTokens(article.text);
  const gold = article.claims.filter((claim) => claim.checkworthy);
  const other = article.claims.filter((claim) => !claim.checkworthy);
  const predictedTokens = suggestions.map((s) => tokensOf(tokens, s));
  const goldTokens = gold.map((g) => tokensOf(tokens, g));
  const pairs = alignSpans(predictedTokens, goldTokens);
  const k = Math.max(minK, gold.length);
  const top = predictedTokens.slice(0, k);
  const missed = gold.filter((_, g) => !top.some((p) => tokenF1(p, goldTokens[g]!) >= FOUND_F1));
  const wrongClaimant = pairs
    .filter(({ p, g }) => normaliseClaimant(suggestions[p]!.claimant) !== normaliseClaimant(gold[g]!.claimant))
    .map(({ p, g }) => ({ gold: gold[g]!, suggested: suggestions[p]!.claimant }));
  const rankOf = (span: Set<number>) => {
    const at = predictedTokens.findIndex((p) => tokenF1(p, span) >= FOUND_F1);
    return at < 0 ? Infinity : at;
  };
  const goldRanks = goldTokens.map(rankOf);
  const otherRanks = other.map((claim) => rankOf(tokensOf(tokens, claim)));
  const nonClaimsShown = otherRanks.filter((rank) => rank !== Infinity).length;
  let orderPairs = 0;
  let orderRight = 0;
  for (const c of goldRanks)
    for (const n of otherRanks) {
      if (c === Infinity && n === Infinity) continue;
      orderPairs++;
      orderRight += c < n ? 1 : c === n ? 0.5 : 0;
    }
  return {
    id: article.id,
    goldCheckworthy: gold.length,
    suggested: suggestions.length,
    sharedTokens: pairs.reduce((sum, pair) => sum + pair.shared, 0),
    predictedTokens: predictedTokens.reduce((sum, set) => sum + set.size, 0),
    goldTokens: goldTokens.reduce((sum, set) => sum + set.size, 0),
    claimantRight: pairs.length - wrongClaimant.length,
    claimantPairs: pairs.length,
    k,
    foundAtK: gold.length - missed.length,
    nonClaims: other.length,
    nonClaimsShown,
    orderPairs,
    orderRight,
    missed,
    wrongClaimant,
  };
}

export type Summary = {
  precision: number;
  recall: number;
  spanF1: number;
  claimantAccuracy: number;
  recallAtK: number;
  recallAtKMacro: number;
  rankingOrder: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function summarise(scores: ArticleScore[]): Summary {
  const sum = (pick: (s: ArticleScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  const precision = ratio(
    sum((s) => s.sharedTokens),
    sum((s) => s.predictedTokens),
  );
  const recall = ratio(
    sum((s) => s.sharedTokens),
    sum((s) => s.goldTokens),
  );
  return {
    precision,
    recall,
    spanF1: ratio(2 * precision * recall, precision + recall),
    claimantAccuracy: ratio(
      sum((s) => s.claimantRight),
      sum((s) => s.claimantPairs),
    ),
    recallAtK: ratio(
      sum((s) => s.foundAtK),
      sum((s) => s.goldCheckworthy),
    ),
    recallAtKMacro: ratio(
      scores.reduce((total, s) => total + ratio(s.foundAtK, s.goldCheckworthy), 0),
      scores.filter((s) => s.goldCheckworthy > 0).length,
    ),
    rankingOrder: ratio(
      sum((s) => s.orderRight),
      sum((s) => s.orderPairs),
    ),
  };
}
