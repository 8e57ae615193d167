/**
 * PostgreSQL's ts_headline marks matches with the sentinels below (control characters that are
 * removed from the text before it is highlighted, so no stored text can forge a mark). The page
 * splits on them and renders each part as escaped React text, never as HTML.
 */
export const START_MARK = "\u0002";
export const STOP_MARK = "\u0003";

/** ts_headline options; the fragment settings decide how long a snippet is. */
export const HEADLINE_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
export const HEADLINE_ALL_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, HighlightAll=true`;

export type HighlightPart = { text: string; marked: boolean };

/** "a \u0002b\u0003 c" → [{a, false}, {b, true}, {c, false}]; stray sentinels are dropped. */
export function splitHighlights(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let buffer = "";
  const flush = () => {
    if (buffer === "") return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += buffer;
    else parts.push({ text: buffer, marked });
    buffer = "";
  };
  for (const char of value) {
    if (char === START_MARK || char === STOP_MARK) {
      flush();
      marked = char === START_MARK;
    } else buffer += char;
  }
  flush();
  return parts;
}
