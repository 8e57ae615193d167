import search from "approx-string-match";
import { textQuoteSelector, type TextSelectors } from "@/lib/articles/selectors";

/**
 * Re-finding an appearance's quote after its article's text changed (a re-fetch), as Hypothesis
 * anchors annotations: the TextPositionSelector first (is the exact quote still at start..end,
 * in the same context?), then the TextQuoteSelector searched in the new text, exactly and then
 * approximately (approx-string-match), candidates ranked by how well the quote, its prefix and
 * suffix match and how near the old position they are. A quote that cannot be found within the
 * error budget is ORPHANED: kept with its old selectors and shown as such, never moved to a
 * guess.
 */

export type Anchoring =
  | { status: "ANCHORED"; method: "position" | "quote" | "fuzzy"; selectors: TextSelectors }
  | { status: "ORPHANED"; selectors: TextSelectors };

/** The largest share of the quote's characters that may differ in a fuzzy match. */
export const FUZZY_ERROR_BUDGET = 0.2;

// Hypothesis's weights (src/annotator/anchoring/match-quote.ts): the quote counts most, then its
// context, then nearness to where it was.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

type Candidate = { start: number; end: number; errors: number };

/** Selectors for the span start..end of `text` (offsets in UTF-16 code units). */
export function anchorSpan(text: string, start: number, end: number): TextSelectors {
  return textQuoteSelector(text, start, end);
}

/**
 * Where `quote` first occurs in `text`: exactly, else ignoring case (only where lower-casing keeps
 * every offset, as it does outside a few scripts); null when it is not there.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const wanted = quote.trim();
  if (!wanted) return null;
  let start = text.indexOf(wanted);
  if (start === -1) {
    const [lowerText, lowerQuote] = [text.toLowerCase(), wanted.toLowerCase()];
    if (lowerText.length === text.length && lowerQuote.length === wanted.length) start = lowerText.indexOf(lowerQuote);
  }
  return start === -1 ? null : { start, end: start + wanted.length };
}

export function reanchor(text: string, old: TextSelectors): Anchoring {
  if (old.exact === "") return { status: "ORPHANED", selectors: old };

  // 1. Position: the same quote at the same offsets, with its context (a repeated phrase that
  //    slid into the old position is not the same quote).
  if (text.slice(old.start, old.end) === old.exact && contextScore(text, old, old.start, old.end) >= 0.5) {
    return { status: "ANCHORED", method: "position", selectors: textQuoteSelector(text, old.start, old.end) };
  }

  // 2. Exact quote elsewhere; 3. approximate quote within the error budget.
  let candidates = exactOccurrences(text, old.exact);
  let method: "quote" | "fuzzy" = "quote";
  if (candidates.length === 0) {
    const maxErrors = Math.floor(old.exact.length * FUZZY_ERROR_BUDGET);
    if (maxErrors === 0) return { status: "ORPHANED", selectors: old };
    candidates = search(text, old.exact, maxErrors).filter((match) => match.end > match.start);
    method = "fuzzy";
  }
  if (candidates.length === 0) return { status: "ORPHANED", selectors: old };

  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / old.exact.length;
    const positionScore = 1 - Math.abs(candidate.start - old.start) / Math.max(text.length, 1);
    const score =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * affixScore(text.slice(Math.max(0, candidate.start - old.prefix.length), candidate.start), old.prefix) +
      WEIGHTS.suffix * affixScore(text.slice(candidate.end, candidate.end + old.suffix.length), old.suffix) +
      WEIGHTS.position * positionScore;
    if (!best || score > best.score) best = { candidate, score };
  }
  const { start, end } = keepWholeCharacters(text, best!.candidate);
  if (end <= start) return { status: "ORPHANED", selectors: old };
  return { status: "ANCHORED", method, selectors: textQuoteSelector(text, start, end) };
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** How well the context around start..end matches the stored prefix and suffix, 0–1. */
function contextScore(text: string, old: TextSelectors, start: number, end: number): number {
  const prefix = affixScore(text.slice(Math.max(0, start - old.prefix.length), start), old.prefix);
  const suffix = affixScore(text.slice(end, end + old.suffix.length), old.suffix);
  return (prefix + suffix) / 2;
}

/**
 * Similarity of the stored context to the text found beside a candidate: 1 − edit distance /
 * length, searching the stored affix in the window (so an inserted or deleted character shifts
 * nothing). An empty stored affix (the quote was at the edge of the text) matches anything.
 */
function affixScore(window: string, affix: string): number {
  if (affix.length === 0) return 1;
  if (window.length === 0) return 0;
  const matches = search(window, affix, affix.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((match) => match.errors));
  return Math.max(0, 1 - errors / affix.length);
}

/** A fuzzy match may start or end between the halves of an astral character; widen it. */
function keepWholeCharacters(text: string, { start, end }: Candidate) {
  const low = (index: number) => {
    const code = text.charCodeAt(index);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  return { start: start > 0 && low(start) ? start - 1 : start, end: end < text.length && low(end) ? end + 1 : end };
}
