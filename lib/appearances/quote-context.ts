import { SELECTOR_CONTEXT_LENGTH } from "@/lib/articles/selectors";

export type QuoteContext = {
  /** Text before the quote, starting at a word. */
  before: string;
  exact: string;
  /** Text after the quote, ending at a word. */
  after: string;
  /** The article goes on before `before` (show an ellipsis). */
  moreBefore: boolean;
  /** The article goes on after `after` (show an ellipsis). */
  moreAfter: boolean;
};

/** Where the last paragraph or sentence in the text starts (after a line break, or after ". "), or null. */
function lastBoundary(text: string): number | null {
  let found: number | null = null;
  for (const match of text.matchAll(/\n\s*|[.!?][\p{Pf}\p{Pe}"']*\s+(?=[\p{Lu}\p{N}\p{Pi}"'])/gu)) found = match.index + match[0].length;
  return found;
}

/**
 * A claim's quote with its stored context (TextQuoteSelector prefix/suffix), tidied for readers:
 * the context starts at the last paragraph or sentence start it holds and ends with its paragraph;
 * otherwise (it is cut at a fixed length) a word cut in half at either end is dropped and an
 * ellipsis marks that the article goes on. The quote itself is never altered.
 */
export function quoteContext(selectors: { prefix: string; exact: string; suffix: string; start: number }): QuoteContext {
  // The prefix reaches back to the article's first character when it is as long as the offset.
  const moreBefore = selectors.start > selectors.prefix.length;
  // A suffix shorter than the context length (less one unit, see textQuoteSelector) hit the end.
  const moreAfter = selectors.suffix.length >= SELECTOR_CONTEXT_LENGTH - 1;

  let before = selectors.prefix;
  let startsAtBoundary = false;
  // The context starts where a paragraph or a sentence does, when the prefix holds one: a byline
  // line ("…Political Correspondent") before a dateline is no part of the quote's sentence.
  const boundary = lastBoundary(before);
  if (boundary !== null) {
    before = before.slice(boundary);
    startsAtBoundary = true;
  } else if (moreBefore) before = before.replace(/^\S*\s+/, "");
  let after = selectors.suffix;
  // …and ends where the paragraph does.
  const paragraphEnd = after.indexOf("\n");
  if (paragraphEnd >= 0) after = after.slice(0, paragraphEnd);
  else if (moreAfter) after = after.replace(/\s+\S*$/, "");

  return {
    before: before.trimStart(),
    exact: selectors.exact,
    after: after.trimEnd(),
    moreBefore: moreBefore && !startsAtBoundary,
    moreAfter: moreAfter && paragraphEnd < 0,
  };
}
