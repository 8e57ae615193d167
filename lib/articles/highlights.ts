/**
 * The reader view's layout of an article: its paragraphs (blocks separated by blank lines) cut
 * into segments at the edges of highlights, each segment carrying its offset in Article.text so
 * that a selection in the page maps back to stored offsets (components/articles/ArticleText.tsx).
 */

export type Highlight = {
  start: number;
  end: number;
  kind: "appearance" | "suggestion" | "foreign";
  /** Id of the highlight in the text (on its first piece), e.g. "appearance-<id>" (the claim desk links there). */
  id: string;
  /** Id of the highlight's card beside the text, which its marker links to, e.g. "suggestion-3". */
  target: string;
  /** Accessible name, e.g. "Suggested claim 3". */
  label: string;
  /** Short visible marker after the highlight, e.g. "3" or "C1". */
  marker: string;
};

export type Segment = {
  start: number;
  text: string;
  highlight: Highlight | null;
  /** The highlight ends with this segment. */ last: boolean;
};
export type Paragraph = { start: number; end: number; segments: Segment[] };

/**
 * Highlights that overlap one placed before them are dropped: pass appearances first, so that a
 * suggestion covering text already claimed does not hide the claim.
 */
export function placeHighlights(text: string, highlights: Highlight[]): Highlight[] {
  const placed: Highlight[] = [];
  for (const highlight of highlights) {
    if (highlight.start < 0 || highlight.end > text.length || highlight.end <= highlight.start) continue;
    if (placed.some((other) => highlight.start < other.end && other.start < highlight.end)) continue;
    placed.push(highlight);
  }
  return placed.sort((a, b) => a.start - b.start);
}

export function layoutArticle(text: string, highlights: Highlight[]): Paragraph[] {
  const placed = placeHighlights(text, highlights);
  const paragraphs: Paragraph[] = [];
  const breaks = /\n{2,}/g;
  let from = 0;
  for (let match = breaks.exec(text); ; match = breaks.exec(text)) {
    const to = match ? match.index : text.length;
    if (to > from) paragraphs.push({ start: from, end: to, segments: segmentsOf(text, from, to, placed) });
    if (!match) break;
    from = match.index + match[0].length;
  }
  return paragraphs;
}

function segmentsOf(text: string, from: number, to: number, highlights: Highlight[]): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const highlight of highlights) {
    if (highlight.end <= from || highlight.start >= to) continue;
    const start = Math.max(highlight.start, from);
    const end = Math.min(highlight.end, to);
    if (start > at) segments.push({ start: at, text: text.slice(at, start), highlight: null, last: false });
    segments.push({ start, text: text.slice(start, end), highlight, last: highlight.end <= to });
    at = end;
  }
  if (at < to) segments.push({ start: at, text: text.slice(at, to), highlight: null, last: false });
  return segments;
}
