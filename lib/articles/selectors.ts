/**
 * W3C Web Annotation selectors for a quote in an article's text: a TextQuoteSelector (exact quote
 * with a little context either side) and a TextPositionSelector (start/end). Offsets are UTF-16
 * code units, i.e. plain JavaScript string indices, as stored in Appearance.start/end.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */

/** How much context the prefix and suffix keep, in UTF-16 code units. */
export const SELECTOR_CONTEXT_LENGTH = 32;

export type TextSelectors = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair (an astral character). */
function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

export function textQuoteSelector(text: string, start: number, end: number): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid quote range ${start}–${end} for a text of ${text.length} characters`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`Quote range ${start}–${end} splits a character in two`);
  }

  // The context may be one unit shorter than the limit, so that it never begins or ends with half
  // of a character: a lone surrogate does not survive being stored as UTF-8.
  let prefixStart = Math.max(0, start - SELECTOR_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + SELECTOR_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/** Start offset of the first occurrence of `exact` in `text`; throws when it is not there. */
export function findQuote(text: string, exact: string): number {
  if (exact === "") throw new Error("Cannot look for an empty quote");
  const start = text.indexOf(exact);
  if (start === -1) {
    const shown = exact.length > 80 ? `${exact.slice(0, 77)}...` : exact;
    throw new Error(`Quote not found in the article text: "${shown}"`);
  }
  return start;
}
