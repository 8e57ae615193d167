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

/**
 * A claim's quote with its stored context (TextQuoteSelector prefix/suffix), tidied for readers:
 * the context is cut at a fixed length, so a word cut in half at either end is dropped and an
 * ellipsis marks that the article goes on. The quote itself is never altered.
 */
export function quoteContext(selectors: { prefix: string; exact: string; suffix: string; start: number }): QuoteContext {
  // The prefix reaches back to the article's first character when it is as long as the offset.
  const moreBefore = selectors.start > selectors.prefix.length;
  // A suffix shorter than the context length (less one unit, see textQuoteSelector) hit the end.
  const moreAfter = selectors.suffix.length >= SELECTOR_CONTEXT_LENGTH - 1;

  let before = selectors.prefix;
  if (moreBefore) before = before.replace(/^\S*\s+/, "");
  let after = selectors.suffix;
  if (moreAfter) after = after.replace(/\s+\S*$/, "");

  return { before: before.trimStart(), exact: selectors.exact, after: after.trimEnd(), moreBefore, moreAfter };
}
