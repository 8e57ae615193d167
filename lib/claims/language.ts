import { francAll } from "franc-min";

/**
 * Which sentences are not in English (decision 028). The check-worthiness model and the
 * attribution rules know English only, so such a sentence is not scored: the reader marks it
 * ("Not scored: Arabic") instead of dropping it silently.
 *
 * franc-min (trigram profiles of 82 languages, no network, ~150 kB) decides. It is unreliable on
 * short Latin-script text ("Economists were divided." comes out Italian), so a Latin-script
 * sentence counts as English when English function words make up a tenth of its words, and is
 * only called another language when it has at least five words, is not mostly names, and
 * franc's English score is clearly below the winner's. Other scripts (Arabic, Cyrillic, CJK …)
 * are told apart reliably even in a few words.
 */
export type ForeignSentence = { start: number; end: number; language: string };

const ENGLISH_WORDS = new Set(
  (
    "the of and to is was were are been has have had that this it its for with as by at from said says " +
    "he she they we his her their not but or which who will would also than after over more about into up out there " +
    "new one two last year years people government percent per cent"
  ).split(" "),
);
const names = new Intl.DisplayNames(["en"], { type: "language" });

/** The English name of a franc (ISO 639-3) code: "arb" → "Arabic". */
export function languageName(code: string): string {
  try {
    const name = names.of(code);
    if (name && name !== code) return name;
  } catch {
    // An unknown code: fall through.
  }
  return `another language (${code})`;
}

/** The language of a sentence when it is clearly not English, else null. */
export function nonEnglish(sentence: string): string | null {
  // Plain ASCII (most English sentences): no need to count scripts.
  const ascii = !/[^\t\n\r\x20-\x7e]/.test(sentence);
  const letters = ascii ? 0 : (sentence.match(/\p{L}/gu)?.length ?? 0);
  const latin = ascii ? 0 : (sentence.match(/\p{Script=Latin}/gu)?.length ?? 0);
  if (!ascii && letters < 4) return null;
  if (!ascii && latin / letters < 0.5) {
    const [best] = francAll(sentence, { minLength: 3 });
    if (!best || best[0] === "und" || best[0] === "eng" || best[0] === "sco") return null;
    return languageName(best[0]);
  }
  const words = sentence.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < 5) return null;
  const english = words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase())).length;
  if (english / words.length >= 0.1) return null;
  if (words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.5) return null;
  const ranked = francAll(sentence, { minLength: 20 });
  const [best] = ranked;
  if (!best || best[0] === "und" || best[0] === "eng" || best[0] === "sco") return null;
  const englishScore = ranked.find(([code]) => code === "eng")?.[1] ?? 0;
  if (englishScore >= 0.85) return null;
  return languageName(best[0]);
}

/** The sentences (offsets into `text`) that are not in English, with their language. */
export function foreignSentences(text: string, sentences: { start: number; end: number }[]): ForeignSentence[] {
  const found: ForeignSentence[] = [];
  for (const { start, end } of sentences) {
    const language = nonEnglish(text.slice(start, end));
    if (language) found.push({ start, end, language });
  }
  return found;
}
