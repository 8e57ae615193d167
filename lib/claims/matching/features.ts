import type { Candidate, PreparedQuery } from "./candidates";
import { cosine, decodeMeaning, meaningVector } from "./meaning";
import { analyseClaim, differences, type ClaimAnalysis } from "./text";

/**
 * What the re-ranker knows about a (query, candidate) pair. Names are stored with the weights
 * (weights.json), so a model trained on another list fails loudly instead of scoring nonsense.
 */
export const FEATURES = [
  "bm25", // BM25 of the query's words in the claim, over the query's total word weight
  "bm25Relative", // the same over the best candidate's
  "coverage", // share of the claim's word weight that the query holds (a claim inside a longer text)
  "bm25Title", // BM25 in the verdict's conclusion (the checked claim's second field)
  "coverageTitle",
  "cosine", // meaning vectors (GloVe) of query and claim
  "cosineRelative", // cosine minus the best candidate's
  "cosineTitle",
  "trigram", // pg_trgm similarity of the texts
  "lexicalRank", // 1 / (1 + rank by BM25)
  "sharedFigures",
  "sharedNames",
  "figureDiffers",
  "yearDiffers",
  "nameDiffers",
  "negationDiffers",
  "directionDiffers",
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** BM25 constants (Robertson's usual values). */
const K1 = 1.2;
const B = 0.75;

/** 'lexeme':1,4 'other':2 → lexeme → number of positions (a tsvector's text form). */
export function parseTsvector(text: string | null): Map<string, number> {
  const terms = new Map<string, number>();
  if (!text) return terms;
  for (const match of text.matchAll(/'((?:[^']|'')*)'(?::([\dA-D,]+))?/g)) {
    terms.set(match[1]!.replace(/''/g, "'"), match[2] ? match[2].split(",").length : 1);
  }
  return terms;
}

export type PreparedCandidate = {
  candidate: Candidate;
  /** Figures, names, negation… of the claim (computed on first use). */
  readonly analysis: ClaimAnalysis;
  features: Record<FeatureName, number>;
};

/**
 * Features that need the claim analysed (text.ts): skipped when the model does not use them. They
 * are the last ones of FEATURES, from sharedFigures on.
 */
const ANALYSIS_FEATURES: readonly FeatureName[] = FEATURES.slice(FEATURES.indexOf("sharedFigures"));

function idf(lexeme: string, query: PreparedQuery): number {
  const f = Math.min(0.99, query.frequencies.frequency.get(lexeme) ?? query.frequencies.rare);
  return Math.log(1 + (1 - f) / f);
}

function bm25(queryLexemes: string[], terms: Map<string, number>, averageLength: number, weights: Map<string, number>): number {
  let length = 0;
  for (const count of terms.values()) length += count;
  let score = 0;
  for (const lexeme of queryLexemes) {
    const tf = terms.get(lexeme);
    if (!tf) continue;
    score += (weights.get(lexeme)! * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / Math.max(1, averageLength)));
  }
  return score;
}

function coverage(terms: Map<string, number>, queryLexemes: Set<string>, query: PreparedQuery): number {
  let held = 0;
  let total = 0;
  for (const lexeme of terms.keys()) {
    const weight = idf(lexeme, query);
    total += weight;
    if (queryLexemes.has(lexeme)) held += weight;
  }
  return total > 0 ? held / total : 0;
}

/** The features of every candidate of one query (some are relative to the other candidates). */
export function describeCandidates(
  query: PreparedQuery,
  candidates: Candidate[],
  queryAnalysis = analyseClaim(query.text),
  /** The features wanted (a model's); all by default. */
  wanted: readonly FeatureName[] = FEATURES,
): PreparedCandidate[] {
  const analysed = wanted.some((name) => ANALYSIS_FEATURES.includes(name));
  const weights = new Map(query.lexemes.map((lexeme) => [lexeme, idf(lexeme, query)]));
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const querySet = new Set(query.lexemes);
  const queryVector = meaningVector(query.text);
  const parsed = candidates.map((candidate) => ({
    terms: parseTsvector(candidate.lexemes),
    title: parseTsvector(candidate.conclusionLexemes),
  }));
  const averageLength = parsed.reduce((sum, p) => sum + [...p.terms.values()].reduce((a, b) => a + b, 0), 0) / Math.max(1, parsed.length);
  const rows = candidates.map((candidate, i) => {
    const { terms, title } = parsed[i]!;
    let analysis: ClaimAnalysis | undefined;
    const analyse = () => (analysis ??= analyseClaim(candidate.text));
    const vector = candidate.meaning ? decodeMeaning(candidate.meaning) : meaningVector(candidate.text);
    const found = new Set(analysed ? differences(queryAnalysis, analyse()) : []);
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((value) => b.has(value)).length;
    const figures = analysed ? shared(queryAnalysis.figures, analyse().figures) + shared(queryAnalysis.years, analyse().years) : 0;
    return {
      candidate,
      get analysis() {
        return analyse();
      },
      features: {
        bm25: bm25(query.lexemes, terms, averageLength, weights) / totalWeight,
        bm25Relative: 0,
        coverage: coverage(terms, querySet, query),
        // A claim without a verdict conclusion is its own second field, so that the features keep
        // the distribution they were trained on (every checked claim there has a headline).
        bm25Title: bm25(query.lexemes, title.size ? title : terms, averageLength, weights) / totalWeight,
        coverageTitle: coverage(title.size ? title : terms, querySet, query),
        cosine: cosine(queryVector, vector),
        cosineRelative: 0,
        cosineTitle: !wanted.includes("cosineTitle")
          ? 0
          : cosine(queryVector, candidate.conclusion ? meaningVector(candidate.conclusion) : vector),
        trigram: candidate.trigram,
        lexicalRank: 0,
        sharedFigures: Math.min(2, figures) / 2,
        sharedNames: analysed ? Math.min(3, shared(queryAnalysis.names, analyse().names)) / 3 : 0,
        figureDiffers: found.has("figure") ? 1 : 0,
        yearDiffers: found.has("year") ? 1 : 0,
        nameDiffers: found.has("place or name") ? 1 : 0,
        negationDiffers: found.has("negation") ? 1 : 0,
        directionDiffers: found.has("direction") ? 1 : 0,
      } satisfies Record<FeatureName, number>,
    };
  });
  const bestBm25 = Math.max(1e-9, ...rows.map((row) => row.features.bm25));
  const bestCosine = Math.max(-1, ...rows.map((row) => row.features.cosine));
  [...rows].sort((a, b) => b.features.bm25 - a.features.bm25).forEach((row, rank) => (row.features.lexicalRank = 1 / (1 + rank)));
  for (const row of rows) {
    row.features.bm25Relative = row.features.bm25 / bestBm25;
    row.features.cosineRelative = row.features.cosine - bestCosine;
  }
  return rows;
}
