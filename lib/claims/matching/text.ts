/**
 * What the matcher reads in a claim besides its words: figures, years, names, negation and the
 * direction of a change. Two texts about the same topic that differ in one of these are different
 * claims ("rose 12%" / "fell 12%", 2024 / 2025, Valoria / Norway), shown at most as related.
 */

export type ClaimAnalysis = {
  /** Lower-case word tokens, possessive 's removed. */
  words: string[];
  /** Figures other than years, normalised ("1,200" → "1200", "12%" → "12", "half" → "50"). */
  figures: Set<string>;
  years: Set<string>;
  /** Capitalised words inside a sentence (people, places, organisations), lower case. */
  names: Set<string>;
  negated: boolean;
  /** "up" for rose/increased/more…, "down" for fell/decreased/less…; both when both occur. */
  directions: Set<"up" | "down">;
};

const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "neither",
  "nor",
  "without",
  "cannot",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  "couldn't",
  "shouldn't",
  "wouldn't",
]);
const UP = new Set([
  "rose",
  "rise",
  "rises",
  "risen",
  "rising",
  "increase",
  "increased",
  "increases",
  "increasing",
  "grew",
  "grow",
  "grows",
  "growing",
  "higher",
  "more",
  "gained",
  "gains",
  "doubled",
  "tripled",
  "surged",
  "soared",
  "climbed",
  "jumped",
  "up",
  "above",
  "over",
  "exceeded",
  "exceeds",
]);
const DOWN = new Set([
  "fell",
  "fall",
  "falls",
  "fallen",
  "falling",
  "decrease",
  "decreased",
  "decreases",
  "decreasing",
  "declined",
  "declines",
  "declining",
  "dropped",
  "drops",
  "shrank",
  "shrunk",
  "lower",
  "less",
  "fewer",
  "lost",
  "halved",
  "plunged",
  "slumped",
  "down",
  "below",
  "under",
  "cut",
]);
const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  hundred: "100",
  thousand: "1000",
  half: "50",
  third: "33",
  quarter: "25",
  dozen: "12",
  million: "1000000",
  billion: "1000000000",
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  tn: 1e12,
};
/** Capitalised words that are not names even inside a sentence. */
const NOT_NAMES = new Set([
  "i",
  "i'm",
  "i've",
  "i'll",
  "rt",
  "a",
  "the",
  "this",
  "that",
  "it",
  "we",
  "you",
  "he",
  "she",
  "they",
  "and",
  "but",
  "or",
  "if",
  "in",
  "on",
  "of",
  "for",
  "to",
  "at",
  "is",
  "are",
  "was",
  "no",
  "not",
  "yes",
  "so",
  "my",
  "our",
  "your",
  "just",
  "now",
  "new",
  "breaking",
  "watch",
  "read",
  "via",
  "mr",
  "mrs",
  "ms",
  "dr",
]);

/** Links, @handles and a pasted tweet's signature ("— Name (@handle) January 6, 2020") are not the claim. */
export function claimText(text: string): string {
  return text
    .replace(/\s[—–-]\s[^—–\n]{0,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$/u, " ")
    .replace(/\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/giu, " ")
    .replace(/(^|\s)@\w+/gu, " ")
    .replace(/#(\w)/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * A figure ("12", "1,200", "2.5", "12%") is digits not glued to a letter; anything else that mixes
 * letters and digits is one word ("G7", "COVID19", "H1N1", "5G", a hex id like "8b4e3f1f"): a name
 * or a code, not a figure, so two claims about "G7" and "G20" differ by name, not by figure, and an
 * id is not read as the figures 8, 4, 3, 1. A figure with a unit glued on is still a figure:
 * "5bn"/"10m"/"200k" (scaled), "3rd" (an ordinal), "1990s" (a decade, read as a year).
 */
const TOKEN = /\d[\d,.]*%?(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
/** Digits with a glued scale, ordinal or decade suffix: "5bn", "3rd", "1990s". */
const GLUED = /^(\d+(?:\.\d+)?)(k|m|bn|b|tn|st|nd|rd|th|s)$/;

export function analyseClaim(raw: string): ClaimAnalysis {
  const text = claimText(raw);
  const words: string[] = [];
  const figures = new Set<string>();
  const years = new Set<string>();
  const names = new Set<string>();
  const directions = new Set<"up" | "down">();
  let negated = false;
  let sentenceStart = true;
  let previousFigure: { value: number; at: number } | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0].replace(/’/g, "'");
    const at = match.index ?? 0;
    const lower = token.toLowerCase().replace(/'s$/, "");
    const glued = /\p{L}/u.test(token) ? GLUED.exec(lower) : null;
    if (glued) {
      const [, number, suffix] = glued as unknown as [string, string, string];
      const value = Number(number);
      if (suffix === "s" && /^(1[5-9]|20)\d0$/.test(number)) years.add(`${number}s`);
      else if (suffix === "s") figures.add(String(value));
      else {
        figures.add(String(value));
        const scale = SCALES[suffix === "b" ? "bn" : suffix];
        if (scale) figures.add(String(value * scale));
      }
      previousFigure = null;
      words.push(number, suffix);
    } else if (/^\d/.test(token) && !/\p{L}/u.test(token)) {
      const digits = token.replace(/[,%]/g, "").replace(/\.$/, "");
      const value = Number(digits);
      if (!Number.isFinite(value)) continue;
      if (/^(19|20)\d\d$/.test(digits) && !token.endsWith("%")) years.add(digits);
      else figures.add(String(value));
      previousFigure = { value, at };
      words.push(digits);
    } else {
      const scale = SCALES[lower];
      if (scale && previousFigure && at - previousFigure.at < 16) figures.add(String(previousFigure.value * scale));
      else if (NUMBER_WORDS[lower]) figures.add(NUMBER_WORDS[lower]!);
      previousFigure = null;
      if (NEGATIONS.has(lower) || lower.endsWith("n't")) negated = true;
      if (UP.has(lower)) directions.add("up");
      if (DOWN.has(lower)) directions.add("down");
      const capitalised = /^\p{Lu}/u.test(token);
      if (capitalised && !sentenceStart && !NOT_NAMES.has(lower) && lower.length > 1) names.add(lower);
      words.push(lower);
    }
    // The next token starts a sentence when this one is followed by . ! ? or a line break.
    const after = text.slice(at + token.length, at + token.length + 2);
    sentenceStart = /^[.!?:]\s|^\n|^["”]\s/.test(after) || /^[.!?:]$/.test(after);
  }
  return { words, figures, years, names, negated, directions };
}

/** Ways two claims about the same topic can still be different claims. */
export type Difference = "negation" | "direction" | "figure" | "year" | "place or name";

export function differences(a: ClaimAnalysis, b: ClaimAnalysis): Difference[] {
  const found: Difference[] = [];
  const disjoint = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((value) => y.has(value));
  if (a.negated !== b.negated) found.push("negation");
  const opposite = (x: Set<string>, y: Set<string>) => x.has("up") && !x.has("down") && y.has("down") && !y.has("up");
  if (opposite(a.directions, b.directions) || opposite(b.directions, a.directions)) found.push("direction");
  if (disjoint(a.figures, b.figures)) found.push("figure");
  if (disjoint(a.years, b.years)) found.push("year");
  if (disjoint(a.names, b.names)) found.push("place or name");
  return found;
}
