import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A token of the original text: `text.slice(start, end) === value`. */
export type Token = { value: string; lower: string; pos: string; start: number; end: number };
/** A sentence: `text.slice(start, end)`, without surrounding whitespace, and its tokens. */
export type Sentence = { start: number; end: number; tokens: Token[] };

// Loading the model takes ~100 ms and ~10 MB: once per process, on first use. Only sentence
// boundaries and parts of speech: the full pipeline (entities, negation, sentiment) is 2–3 times
// slower and its results are not used.
let nlp: ReturnType<typeof winkNLP> | null = null;
const language = () => (nlp ??= winkNLP(model, ["sbd", "pos"]));

/**
 * Splits `text` into sentences with wink-nlp and maps every token back to UTF-16 offsets of the
 * original string. wink-nlp drops a byte-order mark and some control characters, so offsets are
 * found by searching each token's value forward from the previous token rather than by summing
 * lengths. A line break also ends a sentence unless the next line starts with a lower-case
 * letter (a hard-wrapped sentence): headlines, bylines and list items have no full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const nlpInstance = language();
  const its = nlpInstance.its;
  const doc = nlpInstance.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token the tokenizer rewrote (not found verbatim nearby) keeps its place in the order with
    // an empty span at the cursor, so later tokens still line up.
    if (at < 0 || at - cursor > 64) {
      tokens.push({ value, lower: value.toLowerCase(), pos: tags[i] ?? "X", start: cursor, end: cursor });
      continue;
    }
    tokens.push({ value, lower: value.toLowerCase(), pos: tags[i] ?? "X", start: at, end: at + value.length });
    cursor = at + value.length;
  }

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    // Trim whitespace tokens at both ends.
    while (from <= to && (tokens[from]!.pos === "SPACE" || tokens[from]!.start === tokens[from]!.end)) from++;
    while (to >= from && (tokens[to]!.pos === "SPACE" || tokens[to]!.start === tokens[to]!.end)) to--;
    if (from > to) return;
    const words = tokens.slice(from, to + 1).filter((token) => token.pos !== "SPACE" && token.start !== token.end);
    sentences.push({ start: tokens[from]!.start, end: tokens[to]!.end, tokens: words });
  };
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i <= last; i++) {
      const token = tokens[i]!;
      const breaks = token.pos === "SPACE" ? token.value : text.slice(i > 0 ? tokens[i - 1]!.end : 0, token.start);
      if (i > from && /\n/.test(breaks)) {
        const next = tokens.slice(i + (token.pos === "SPACE" ? 1 : 0), last + 1).find((t) => t.pos !== "SPACE");
        const blankLine = /\n[^\S\n]*\n/.test(breaks);
        if (next && (blankLine || !/^\p{Ll}/u.test(next.value))) {
          push(from, i - 1);
          from = i;
        }
      }
    }
    push(from, last);
  }
  return sentences;
}
