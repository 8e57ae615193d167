import type { Sentence, Token } from "./sentences";
import { describe, genderOfFirstName } from "./speakers";

/**
 * Who asserts what in one sentence: "Iraqi officials maintained the deal reflects preexisting
 * measures" → claimant "Iraqi officials", content "the deal reflects preexisting measures".
 * Offsets are UTF-16 offsets into the whole text. `claimant` is null when the sentence reports
 * nobody's speech; `pronoun` is true when the claimant is he/she/they/it (the caller resolves it to
 * the nearest preceding named speaker).
 */
export type Attribution = {
  claimant: string | null;
  pronoun: boolean;
  /** The asserted content, before trimming (see trimClaim). */
  contentStart: number;
  contentEnd: number;
  /**
   * True when the attribution sits inside the content ("Prices, the office said, rose"): a claim is
   * one contiguous span, so the whole sentence is the content.
   */
  whole?: boolean;
};

function forms(...words: string[]): string[] {
  return words.flatMap((word) => word.split("/"));
}

/** Verbs that report speech or stance. */
const REPORTING = new Set(
  forms(
    "say/says/said",
    "claim/claims/claimed",
    "maintain/maintains/maintained",
    "argue/argues/argued",
    "note/notes/noted",
    "stress/stresses/stressed",
    "emphasise/emphasises/emphasised/emphasize/emphasizes/emphasized",
    "warn/warns/warned",
    "insist/insists/insisted",
    "add/adds/added",
    "tell/tells/told",
    "announce/announces/announced",
    "assert/asserts/asserted",
    "contend/contends/contended",
    "suggest/suggests/suggested",
    "state/states/stated",
    "write/writes/wrote",
    "acknowledge/acknowledges/acknowledged",
    "admit/admits/admitted",
    "explain/explains/explained",
    "confirm/confirms/confirmed",
    "estimate/estimates/estimated",
    "predict/predicts/predicted",
    "promise/promises/promised",
    "report/reports/reported",
    "reveal/reveals/revealed",
    "observe/observes/observed",
    "allege/alleges/alleged",
    "believe/believes/believed",
    "concede/concedes/conceded",
    "declare/declares/declared",
    "disclose/discloses/disclosed",
    "indicate/indicates/indicated",
    "mention/mentions/mentioned",
    "remark/remarks/remarked",
    "reply/replies/replied",
    "respond/responds/responded",
    "boast/boasts/boasted",
    "complain/complains/complained",
    "caution/cautions/cautioned",
    "conclude/concludes/concluded",
    "recall/recalls/recalled",
    "repeat/repeats/repeated",
    "reiterate/reiterates/reiterated",
    "testify/testifies/testified",
    "tweet/tweets/tweeted",
    "pledge/pledges/pledged",
    "vow/vows/vowed",
    "agree/agrees/agreed",
    "counter/counters/countered",
    "charge/charges/charged",
    "assure/assures/assured",
    "inform/informs/informed",
    "remind/reminds/reminded",
    "point/points/pointed",
    "forecast/forecasts",
    "hint/hints/hinted",
    "signal/signals/signalled/signaled",
    "find/finds/found",
    "show/shows/showed",
  ),
);
/** Two-word reporting verbs: the first word only reports with the second ("pointed out"). */
const PARTICLE: Record<string, string> = { point: "out", points: "out", pointed: "out" };
/**
 * Participles that report what the clause's subject said: "…, telling MPs that …", "…, saying …",
 * "…, insisting …". Kept apart from REPORTING so that a trailing "…, saying" is never read as a
 * reversed attribution's verb.
 */
const PARTICIPLES = new Set(
  forms(
    "saying/telling/insisting/adding/arguing/claiming/noting/stressing/warning/explaining/asserting/suggesting",
    "acknowledging/admitting/estimating/maintaining/contending/complaining/boasting/recalling/reiterating/repeating",
    "declaring/writing/conceding/confirming/revealing/stating/emphasising/emphasizing/assuring/informing/reminding/alleging",
  ),
);
/** Verbs whose object names the listener ("told reporters that …"). */
const TAKES_LISTENER = new Set(
  forms(
    "telling/assuring/informing/reminding/warning",
    "tell/tells/told",
    "assure/assures/assured",
    "inform/informs/informed",
    "remind/reminds/reminded",
    "warn/warns/warned",
    "promise/promises/promised",
  ),
);
/**
 * Denials are not attributions of the content: "The minister denied that the files were lost"
 * does not assert that the files were lost. Such sentences stay whole, without a claimant.
 */
const DENIAL = new Set(
  forms(
    "deny/denies/denied",
    "reject/rejects/rejected",
    "dispute/disputes/disputed",
    "refute/refutes/refuted",
    "dismiss/dismisses/dismissed",
  ),
);
const PRONOUNS = new Set(["he", "she", "they", "it"]);
const UNRESOLVABLE = new Set(["i", "we", "you"]);
/** Nouns for what someone asserted: "the minister's claim that …". */
const STATEMENT_NOUNS = new Set(
  forms(
    "statement/statements",
    "claim/claims",
    "assertion/assertions",
    "argument/arguments",
    "insistence",
    "warning/warnings",
    "promise/promises",
    "pledge/pledges",
    "contention",
    "suggestion/suggestions",
    "allegation/allegations",
    "announcement",
    "boast",
    "remark/remarks",
    "view",
    "belief",
    "assurance/assurances",
    "prediction/predictions",
  ),
);
/** Words that are a person's title, not their name ("Finance Minister Lena Ortiz"). */
const TITLES = new Set(
  forms(
    "minister",
    "prime",
    "deputy",
    "president",
    "vice",
    "senator",
    "sen.",
    "representative",
    "rep.",
    "mayor",
    "governor",
    "gov.",
    "dr.",
    "dr",
    "prof.",
    "professor",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "general",
    "gen.",
    "chancellor",
    "secretary",
    "chief",
    "judge",
    "justice",
    "commissioner",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "economist",
    "treasurer",
    "speaker",
    "councillor",
    "councilor",
    "leader",
    "sheriff",
    "inspector",
    "superintendent",
    "captain",
    "colonel",
    "lieutenant",
    "sergeant",
    "officer",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "rabbi",
    "reverend",
    "rev.",
    "father",
    "bishop",
    "pope",
    "adviser",
    "advisor",
    "analyst",
    "executive",
    "head",
    "founder",
  ),
);
const CLAUSE_BREAK = new Set([",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "«", "»"]);
const SUBORDINATE = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "if",
  "because",
  "when",
  "as",
  "although",
  "though",
  "while",
  "since",
  "whether",
  "where",
]);
const VERBAL = new Set(["VERB", "AUX"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
const QUOTE = /^["“”„«»'‘’‹›]$/u;

const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
const POSSESSIVE = "a|an|the|his|her|their|its|our|this|that";
/** Phrases that may sit between a reporting verb and its content ("said in a statement on Monday that"). */
const ADJUNCT = new RegExp(
  String.raw`^\s*(?:` +
    [
      String.raw`(?:late\s+|early\s+)?on\s+(?:${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?`,
      String.raw`on\s+(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?`,
      String.raw`(?:yesterday|today|tonight|earlier|later|again|also|repeatedly|publicly|privately|recently|previously|separately|once|often|firmly|flatly|bluntly|openly|falsely|wrongly|proudly|angrily|confidently|quickly|then|now)`,
      String.raw`(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)`,
      String.raw`(?:last|this|next)\s+(?:week|month|year|night|morning|weekend|spring|summer|autumn|fall|winter|${WEEKDAY})`,
      String.raw`in\s+(?:${POSSESSIVE})\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|speech|post|letter|report|briefing|press\s+release|address|op-ed|email|e-mail|video|tweet|message|note|filing|submission|podcast|broadcast|blog|column|book|memo|testimony|radio\s+interview)(?:\s+(?:to|with|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*)+|\s+(?:to|with)\s+(?:reporters|journalists|parliament|lawmakers))?`,
      String.raw`(?:at|during|after|before|ahead\s+of)\s+(?:(?:${POSSESSIVE}|\p{Lu}\p{L}*['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:conference|briefing|rally|meeting|event|hearing|summit|debate|session|speech|visit|interview|launch|ceremony|forum|congress|convention|campaign\s+stop)`,
      String.raw`(?:to|before)\s+(?:reporters|journalists|lawmakers|legislators|parliament|supporters|voters|students|residents|an?\s+(?:audience|crowd)|the\s+(?:press|media|committee|parliament|senate|assembly|council|court|crowd|BBC|\p{Lu}\p{L}+))`,
      String.raw`(?:on|via)\s+(?:social\s+media|television|radio|X|Twitter|Facebook|Instagram|TikTok|(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:blog|website|account|channel|show|podcast))`,
    ].join("|") +
    String.raw`)(?=[\s,:.;!?"”]|$)`,
  "iu",
);

const isWordToken = (token: Token) => /[\p{L}\p{N}]/u.test(token.value);
const isPossessiveMarker = (token: Token) => token.lower === "'s" || token.lower === "’s" || token.lower === "'" || token.lower === "’";
const hasVerb = (tokens: Token[]) => tokens.some((token) => VERBAL.has(token.pos) && !isPossessiveMarker(token));
const isReportingVerb = (token: Token) => REPORTING.has(token.lower) && VERBAL.has(token.pos);

/** Index of the next token at or after `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < offset) i++;
  return i;
}

/** The subject noun phrase ending at `end` (inclusive), or null. Skips a leading conjunction or adverb. */
function subjectBefore(tokens: Token[], end: number): { from: number; to: number } | null {
  if (end < 0) return null;
  let from = end;
  while (from - 1 >= 0 && !CLAUSE_BREAK.has(tokens[from - 1]!.value) && !SUBORDINATE.has(tokens[from - 1]!.lower)) from--;
  if (from - 1 >= 0 && SUBORDINATE.has(tokens[from - 1]!.lower)) return null; // "… that X said": not the main clause
  while (from <= end && (tokens[from]!.pos === "CCONJ" || tokens[from]!.pos === "ADV" || tokens[from]!.pos === "PUNCT")) from++;
  return validSubject(tokens, from, end) ? { from, to: end } : null;
}

function validSubject(tokens: Token[], from: number, to: number): boolean {
  if (from > to || to - from > 11) return false;
  const part = tokens.slice(from, to + 1);
  if (hasVerb(part)) return false;
  if (SUBORDINATE.has(part[0]!.lower)) return false;
  return part.some((token) => NOMINAL.has(token.pos));
}

/**
 * The claimant's name as written, without a title before a name: "Finance Minister Lena Ortiz"
 * → "Lena Ortiz", "opposition leader Marek Novak" → "Marek Novak"; "Iraqi officials" and "the
 * Ministry of Finance" stay as they are. An appositive picks the part that is a name: "Lena Ortiz,
 * the finance minister," → "Lena Ortiz"; "the union's president, Ana Ruiz," → "Ana Ruiz".
 */
function claimantName(text: string, tokens: Token[], from: number, to: number): string {
  const part = tokens.slice(from, to + 1);
  const commas = part.map((token, i) => (token.value === "," ? i : -1)).filter((i) => i >= 0);
  if (commas.length > 0) {
    const head = part.slice(0, commas[0]);
    const apposition = part.slice(commas[0]! + 1, commas[1] ?? part.length);
    // "The mediator, Mattias Rendl of the Liaison Office," names a person too (resolveClaimant keeps the person).
    const of = apposition.findIndex((token) => token.lower === "of");
    const named = isName(apposition) || (of >= 2 && isName(apposition.slice(0, of)));
    const pick = named && !isName(head) ? apposition : head.length > 0 ? head : apposition;
    return nameWithoutTitle(text, pick);
  }
  return nameWithoutTitle(text, part);
}

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.value) || /^\p{Lu}\.$/u.test(token.value);
const isName = (part: Token[]) =>
  part.length > 0 &&
  part
    .filter(isWordToken)
    .every((token) => capitalised(token) || ["de", "van", "von", "bin", "al", "da", "di", "le", "la"].includes(token.lower)) &&
  !["the", "a", "an"].includes(part[0]!.lower);

function nameWithoutTitle(text: string, part: Token[]): string {
  const words = part.filter((token) => token.value !== ",");
  if (words.length === 0) return "";
  const whole = text.slice(words[0]!.start, words[words.length - 1]!.end);
  let run = words.length;
  while (run > 0 && capitalised(words[run - 1]!)) run--;
  const name = words.slice(run);
  if (name.length === 0) return whole;
  // The last title word inside the capitalised run ends the title ("Prime Minister Ana Ruiz"); a
  // lower-case description before the run is one too ("opposition leader Marek Novak").
  let lastTitle = -1;
  name.forEach((token, i) => {
    if (TITLES.has(token.lower) && i < name.length - 1) lastTitle = i;
  });
  const before = words[run - 1];
  const described = before !== undefined && (TITLES.has(before.lower) || before.pos === "NOUN");
  if (lastTitle < 0 && !described) return whole;
  const rest = name.slice(lastTitle + 1);
  if (rest.length === 0 || ["the", "a", "an"].includes(rest[0]!.lower)) return whole;
  return text.slice(rest[0]!.start, rest[rest.length - 1]!.end);
}

/** Tokens after a reporting verb that belong to the attribution: listener, adjuncts, "that", colon. */
function contentStartAfterVerb(text: string, tokens: Token[], verb: number, sentenceEnd: number): number | null {
  let i = verb + 1;
  if (PARTICLE[tokens[verb]!.lower]) {
    if (tokens[i]?.lower !== PARTICLE[tokens[verb]!.lower]) return null;
    i++;
  }
  if (TAKES_LISTENER.has(tokens[verb]!.lower)) {
    // The listener: the first noun phrase ("reporters", "the committee", "Reuters news agency").
    let j = i;
    while (j < tokens.length && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ") && tokens[j]!.lower !== "that") j++;
    let k = j;
    while (k < tokens.length && NOMINAL.has(tokens[k]!.pos) && tokens[k]!.lower !== "that" && tokens[k]!.lower !== "it") k++;
    if (k > j) i = k;
  }
  let offset = i < tokens.length ? tokens[i - 1]!.end : sentenceEnd;
  for (let guard = 0; guard < 6; guard++) {
    const match = ADJUNCT.exec(text.slice(offset, sentenceEnd));
    if (!match || match[0].trim() === "") break;
    offset += match[0].length;
  }
  i = tokenAt(tokens, offset);
  if (tokens[i]?.value === ",") i++;
  if (tokens[i]?.value === ":") i++;
  if (tokens[i]?.lower === "that") i++;
  if (i >= tokens.length) return null;
  // "cautioned against complacency", "pointed to the results": a prepositional object, not content.
  if (tokens[i]!.pos === "ADP" && !APPROXIMATE.has(tokens[i]!.lower)) return null;
  return tokens[i]!.start;
}

/** Prepositions that start a figure, not an object ("said about 300 people died"). */
const APPROXIMATE = new Set(["about", "around", "over", "under", "nearly", "almost", "some", "roughly", "up", "more", "fewer", "less"]);

/** Enough for an assertion: a verb and another word, or three words (wink-nlp tags some verbs as nouns: "the bridge cost"). */
function contentIsClause(tokens: Token[], from: number, to: number): boolean {
  const part = tokens.slice(from, to);
  const words = part.filter(isWordToken).length;
  return words >= 3 || (words >= 2 && hasVerb(part));
}

const contentEndOf = (tokens: Token[]) => tokens[tokens.length - 1]!.end;

function pronounOrName(text: string, tokens: Token[], from: number, to: number): { claimant: string | null; pronoun: boolean } {
  if (from === to && PRONOUNS.has(tokens[from]!.lower)) return { claimant: tokens[from]!.value, pronoun: true };
  if (from === to && UNRESOLVABLE.has(tokens[from]!.lower)) return { claimant: null, pronoun: false };
  return { claimant: claimantName(text, tokens, from, to), pronoun: false };
}

/** "According to X, …" / "…, according to X". */
function accordingTo(text: string, sentence: Sentence): Attribution | null {
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lower !== "according" || tokens[i + 1]!.lower !== "to") continue;
    let end = i + 2;
    while (end < tokens.length && tokens[end]!.value !== "," && tokens[end]!.pos !== "PUNCT") end++;
    if (end === i + 2) return null;
    const claimant = claimantName(text, tokens, i + 2, end - 1);
    const atStart = tokens.slice(0, i).every((token) => !isWordToken(token));
    if (atStart) {
      if (tokens[end]?.value !== "," || end + 1 >= tokens.length) return null;
      return { claimant, pronoun: false, contentStart: tokens[end + 1]!.start, contentEnd: sentence.end };
    }
    const before = tokens.slice(0, i);
    const restAfter = tokens.slice(end).filter(isWordToken);
    if (restAfter.length > 0 || !hasVerb(before)) {
      return { claimant, pronoun: false, contentStart: sentence.start, contentEnd: sentence.end, whole: true };
    }
    return {
      claimant,
      pronoun: false,
      contentStart: sentence.start,
      contentEnd: tokens[i - 1]!.value === "," ? tokens[i - 1]!.start : tokens[i]!.start,
    };
  }
  return null;
}

/** "the minister's claim that …", "X's statement that …". */
function possessiveStatement(text: string, sentence: Sentence): Attribution | null {
  const tokens = sentence.tokens;
  for (let p = 1; p + 2 < tokens.length; p++) {
    if (!isPossessiveMarker(tokens[p]!)) continue;
    let q = p + 1;
    if (tokens[q]!.pos === "ADJ") q++;
    if (!STATEMENT_NOUNS.has(tokens[q]?.lower ?? "") || tokens[q + 1]?.lower !== "that" || q + 2 >= tokens.length) continue;
    let from = p - 1;
    while (from - 1 >= 0 && ["PROPN", "NOUN", "ADJ", "DET", "NUM"].includes(tokens[from - 1]!.pos) && p - from < 6) from--;
    if (!tokens.slice(from, p).some((token) => NOMINAL.has(token.pos))) continue;
    // Only as an object ("Critics questioned the minister's claim that …"): as the subject ("The
    // minister's claim that … was false") the content's end is the outer verb, not the sentence's.
    if (!hasVerb(tokens.slice(0, from))) continue;
    return {
      claimant: claimantName(text, tokens, from, p - 1),
      pronoun: false,
      contentStart: tokens[q + 2]!.start,
      contentEnd: sentence.end,
    };
  }
  return null;
}

/** The tail after a comma is an attribution: "…, she said", "…, said the minister", "…," he told reporters. */
function reversed(text: string, sentence: Sentence): Attribution | null {
  const tokens = sentence.tokens;
  let last = tokens.length - 1;
  while (last >= 0 && !isWordToken(tokens[last]!)) last--;
  for (let b = last - 1; b > 0 && last - b <= 20; b--) {
    const boundary = tokens[b]!;
    const isComma = boundary.value === ",";
    const isQuotedEnd = (boundary.value === "?" || boundary.value === "!") && QUOTE.test(tokens[b + 1]?.value ?? "");
    if (!isComma && !isQuotedEnd) continue;
    let t = b + 1;
    while (t <= last && QUOTE.test(tokens[t]!.value)) t++;
    const contentEnd = boundary.start;
    if (!contentIsClause(tokens, 0, b)) continue;
    // Where the tail (t..) stops being attribution: the sentence end or a comma before a participle/relative clause.
    let tailEnd = last;
    for (let k = t; k <= last; k++) {
      if (tokens[k]!.value === ",") {
        tailEnd = k - 1;
        break;
      }
    }
    // Pattern A: subject … verb …
    for (let v = t + 1; v <= tailEnd; v++) {
      if (!isReportingVerb(tokens[v]!)) continue;
      let s = v - 1;
      while (s >= t && (tokens[s]!.pos === "ADV" || tokens[s]!.pos === "AUX")) s--;
      if (s < t || !validSubject(tokens, t, s)) break;
      if (!tailIsAttribution(text, tokens, v, tailEnd)) break;
      return { ...pronounOrName(text, tokens, t, s), contentStart: sentence.start, contentEnd };
    }
    // Pattern C: name, apposition, verb: '"…," Jonas Weber, the interior minister, said.'
    if (isComma && isReportingVerb(tokens[t] ?? tokens[0]!) && tailIsAttribution(text, tokens, t, tailEnd)) {
      const appositive = appositionBefore(tokens, b);
      if (appositive) {
        return {
          ...pronounOrName(text, tokens, appositive.from, b - 1),
          contentStart: sentence.start,
          contentEnd: tokens[appositive.boundary]!.start,
        };
      }
    }
    // Pattern B: verb subject …
    if (isReportingVerb(tokens[t] ?? tokens[0]!) && t <= tailEnd && t + 1 <= tailEnd) {
      let s = t + 1;
      while (s + 1 <= tailEnd && !ADJUNCT.test(text.slice(tokens[s + 1]!.start - 1, sentence.end))) s++;
      // '"…," said the union's president, Dr Pavel Orn.': the name after the description's comma is the speaker.
      const rest = tokens.slice(tailEnd + 2, last + 1);
      if (
        s === tailEnd &&
        tokens[tailEnd + 1]?.value === "," &&
        rest.length > 0 &&
        rest.length <= 4 &&
        isName(rest) &&
        validSubject(tokens, t + 1, s)
      )
        return { claimant: claimantName(text, tokens, t + 1, last), pronoun: false, contentStart: sentence.start, contentEnd };
      if (validSubject(tokens, t + 1, s)) return { ...pronounOrName(text, tokens, t + 1, s), contentStart: sentence.start, contentEnd };
    }
    // Only the last comma starts a trailing attribution, unless what follows it is a trailing
    // modifier of the attribution ("…," Ortiz said, citing a survey).
    const next = tokens[b + 1];
    const apposition =
      isComma && !hasVerb(tokens.slice(t, tailEnd + 1)) && tokens.slice(t, tailEnd + 1).some((token) => NOMINAL.has(token.pos));
    const modifier =
      apposition || (next !== undefined && (/ing$/.test(next.lower) || ["who", "which", "adding", "according"].includes(next.lower)));
    if (isComma && !modifier) break;
  }
  return null;
}

/**
 * Before the comma at `b`: "…, NAME, APPOSITION" where the first comma ends the content. Returns
 * where the name starts (after any closing quote) and the index of the content's last comma.
 */
function appositionBefore(tokens: Token[], b: number): { from: number; boundary: number } | null {
  let b2 = b - 1;
  while (b2 > 0 && tokens[b2]!.value !== "," && b - b2 <= 8) b2--;
  if (b2 <= 0 || tokens[b2]!.value !== "," || !validSubject(tokens, b2 + 1, b - 1)) return null;
  let b3 = b2 - 1;
  while (b3 > 0 && tokens[b3]!.value !== "," && b2 - b3 <= 6) b3--;
  if (b3 <= 0 || tokens[b3]!.value !== ",") return null;
  let from = b3 + 1;
  while (from < b2 && QUOTE.test(tokens[from]!.value)) from++;
  if (from === b3 + 1 || !validSubject(tokens, from, b2 - 1) || !contentIsClause(tokens, 0, b3)) return null;
  return { from, boundary: b3 };
}

function tailIsAttribution(text: string, tokens: Token[], verb: number, tailEnd: number): boolean {
  if (verb === tailEnd) return true;
  // "pointed to the results" is not "pointed out"; "said against …" reports nothing.
  const particle = PARTICLE[tokens[verb]!.lower];
  if (particle && tokens[verb + 1]?.lower !== particle) return false;
  const next = tokens[verb + 1 + (particle ? 1 : 0)];
  if (next && next.pos === "ADP" && !APPROXIMATE.has(next.lower) && !ADJUNCT.test(text.slice(next.start, tokens[tailEnd]!.end)))
    return false;
  const start = contentStartAfterVerb(text, tokens.slice(0, tailEnd + 1), verb, tokens[tailEnd]!.end);
  return start === null; // nothing left after the listener and adjuncts
}

/**
 * "Lena Ortiz defended the plans, telling MPs that …", "A government source disputed this, saying
 * …": the content of the participle, asserted by the subject of the sentence's main verb.
 */
function participle(text: string, sentence: Sentence): Attribution | null {
  const tokens = sentence.tokens;
  for (let p = 2; p < tokens.length - 1; p++) {
    if (!PARTICIPLES.has(tokens[p]!.lower) || tokens[p - 1]!.value !== ",") continue;
    const subject = mainSubject(tokens, p - 1);
    if (!subject) return null;
    const contentStart = contentStartAfterVerb(text, tokens, p, sentence.end);
    if (contentStart === null) return null;
    const first = tokenAt(tokens, contentStart);
    if (!contentIsClause(tokens, first, tokens.length)) return null;
    return { ...pronounOrName(text, tokens, subject.from, subject.to), contentStart, contentEnd: sentence.end };
  }
  return null;
}

/** The subject of the sentence's first verb (before `limit`), or null. */
function mainSubject(tokens: Token[], limit: number): { from: number; to: number } | null {
  const verb = tokens.findIndex((token, i) => i < limit && token.pos === "VERB");
  if (verb <= 0) return null;
  let s = verb - 1;
  while (s >= 0 && (tokens[s]!.pos === "ADV" || tokens[s]!.pos === "AUX" || tokens[s]!.pos === "PART")) s--;
  if (s >= 0 && tokens[s]!.value === ",") {
    // An apposition: "The prime minister, Aurel Dancik, defended …"
    let k = s - 1;
    while (k >= 0 && tokens[k]!.value !== ",") k--;
    const head = k > 0 ? subjectBefore(tokens, k - 1) : null;
    return head && validSubject(tokens, k + 1, s - 1) ? { from: head.from, to: s - 1 } : null;
  }
  return s >= 0 ? subjectBefore(tokens, s) : null;
}

/** The subject of the sentence's main verb as a claimant ("Minister Ruta Vell pointed to …" → "Ruta Vell"), or null. */
export function subjectOf(text: string, sentence: Sentence): { claimant: string | null; pronoun: boolean; at: number } | null {
  const subject = mainSubject(sentence.tokens, sentence.tokens.length);
  if (!subject) return null;
  return { ...pronounOrName(text, sentence.tokens, subject.from, subject.to), at: sentence.tokens[subject.from]!.start };
}

/** The sentence's main verb in lower case, or null. */
export function mainVerb(sentence: Sentence): string | null {
  return sentence.tokens.find((token) => token.pos === "VERB")?.lower ?? null;
}

/** "X said (that) …", "X told reporters on Monday that …", "X said: "…"". */
function forward(text: string, sentence: Sentence): Attribution | null {
  const tokens = sentence.tokens;
  for (let v = 1; v < tokens.length - 1; v++) {
    const token = tokens[v]!;
    if (DENIAL.has(token.lower) && token.pos === "VERB") return null;
    if (!isReportingVerb(token)) continue;
    let s = v - 1;
    let negated = false;
    for (;;) {
      while (s >= 0 && (tokens[s]!.pos === "ADV" || tokens[s]!.pos === "AUX" || tokens[s]!.pos === "PART")) {
        if (["not", "n't", "never"].includes(tokens[s]!.lower)) negated = true;
        s--;
      }
      // A parenthetical adverb: "Union officials, however, warned …"
      if (s >= 2 && tokens[s]!.value === "," && tokens[s - 1]!.pos === "ADV" && tokens[s - 2]!.value === ",") s -= 3;
      else break;
    }
    if (negated || s < 0) continue;
    let subject: { from: number; to: number } | null;
    if ((tokens[s]!.lower === "and" || tokens[s]!.lower === "but") && v > 2) {
      // A second verb of the same subject: "Holt called the decision a mistake and said …"
      subject = mainSubject(tokens, s);
      if (!subject) continue;
    } else if (tokens[s]!.value === ",") {
      // An apposition: "Lena Ortiz, the finance minister, said …"
      let k = s - 1;
      while (k >= 0 && tokens[k]!.value !== ",") k--;
      const head = k > 0 ? subjectBefore(tokens, k - 1) : null;
      subject = head && validSubject(tokens, k + 1, s - 1) ? { from: head.from, to: s - 1 } : null;
      if (!subject) continue;
    } else {
      subject = subjectBefore(tokens, s);
      if (!subject) continue;
    }
    const contentStart = contentStartAfterVerb(text, tokens, v, sentence.end);
    if (contentStart === null) continue;
    const first = tokenAt(tokens, contentStart);
    if (!contentIsClause(tokens, first, tokens.length)) continue;
    const speaker = pronounOrName(text, tokens, subject.from, subject.to);
    // Something before the subject other than an introductory phrase ("On Monday, …") and the
    // content continues: the attribution is a parenthesis inside the content.
    const before = tokens.slice(0, subject.from).filter(isWordToken);
    if (
      before.length > 0 &&
      tokens[subject.from - 1]?.value === "," &&
      /^[^\p{L}\p{N}]*,/u.test(text.slice(tokens[v]!.end, contentStart))
    ) {
      return { ...speaker, contentStart: sentence.start, contentEnd: contentEndOf(tokens), whole: true };
    }
    return { ...speaker, contentStart, contentEnd: sentence.end };
  }
  return null;
}

/**
 * Where the content of a reporting verb without its own subject starts ("…, and argued that …",
 * "…, but said …"), or null when `index` is not such a verb.
 */
export function contentAfterBareReportingVerb(text: string, tokens: Token[], index: number, end: number): number | null {
  const token = tokens[index];
  if (!token || !isReportingVerb(token)) return null;
  const start = contentStartAfterVerb(text, tokens, index, end);
  return start !== null && contentIsClause(tokens, tokenAt(tokens, start), tokens.length) ? start : null;
}

/**
 * A named subject of a sentence without attribution ("The mayor of Valdor, Ilse Marrow, welcomed
 * the report", "Opposition leader Marek Novak disputed the figures"): a later "she said" or "he
 * said" may refer to them. Only names of two or more capitalised words count, so that a common
 * noun the tagger calls a proper noun at the start of a sentence ("Unemployment rose") does not.
 */
export function namedSubject(text: string, sentence: Sentence): string | null {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((token) => token.pos === "VERB");
  if (verb <= 0) return null;
  let s = verb - 1;
  while (s >= 0 && (tokens[s]!.pos === "ADV" || tokens[s]!.pos === "AUX" || tokens[s]!.pos === "PART")) s--;
  if (s < 0) return null;
  let from: number;
  if (tokens[s]!.value === ",") {
    let k = s - 1;
    while (k >= 0 && tokens[k]!.value !== ",") k--;
    if (k < 0 || !validSubject(tokens, k + 1, s - 1)) return null;
    from = 0;
  } else {
    const subject = subjectBefore(tokens, s);
    if (!subject) return null;
    from = subject.from;
  }
  const name = claimantName(text, tokens, from, s);
  const words = name.split(/\s+/);
  const nameTokens = tokens.filter(
    (token) => token.start >= text.indexOf(name, tokens[from]!.start) && token.end <= text.indexOf(name, tokens[from]!.start) + name.length,
  );
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word)) || /^(the|a|an)$/i.test(words[0]!)) return null;
  return nameTokens.every((token) => token.pos === "PROPN") ? name : null;
}

export function attribute(text: string, sentence: Sentence): Attribution {
  return (
    accordingTo(text, sentence) ??
    participle(text, sentence) ??
    reversed(text, sentence) ??
    possessiveStatement(text, sentence) ??
    forward(text, sentence) ?? { claimant: null, pronoun: false, contentStart: sentence.start, contentEnd: sentence.end }
  );
}

/** Is this claimant a name (for pronoun resolution), not a description like "the ministry"? */
export function isNamedSpeaker(claimant: string): boolean {
  const words = claimant.split(/\s+/);
  return words.some((word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && /^(the|a|an)$/i.test(word)));
}

/** What resolveClaimant needs from the article's earlier speakers (a `Speakers`). */
export type EarlierSpeakers = {
  /** The nearest earlier speaker that fits he/she/they/it, or null. */
  resolve(pronoun: string, at: number): string | null;
  /** "Brandt" → "Tomas Brandt" when the article named him earlier; otherwise as given. */
  fullName(name: string, at: number): string;
};

const HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+/u;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** A capitalised name of a body, possibly with "of (the)" or "and" inside: "National Institute of Public Health". */
const PROPER_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?${NAME_WORD})*`, "gu");
/** Nouns of a report whose author is the claimant: "a survey of 640 pharmacies by the X". */
const REPORT_NOUNS =
  "survey|study|report|poll|figures|data|statistics|estimates?|analysis|research|review|audit|census|forecast|index|records|findings|investigation|inquiry|paper|count";
const REPORT_AGENT = new RegExp(
  String.raw`^(?:(?:a|an|the|new|latest|recent)\s+)*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:${REPORT_NOUNS})\b.*?\b(?:by|from)\s+(?:the\s+)?(${NAME_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?${NAME_WORD})*|the\s+\p{Ll}+(?:\s+\p{Ll}+){0,2})(?:\s+(?:on|in|last|this|earlier)\b.*)?$`,
  "u",
);
/** Time adjuncts after a subject: "Prosecutors on Friday", "The court late on Monday". */
const TRAILING_TIME = new RegExp(
  String.raw`\s+(?:(?:late|early)\s+)?(?:on\s+(?:${WEEKDAY}|(?:${MONTH})\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year|${WEEKDAY})|yesterday|today|in\s+(?:${MONTH}))$`,
  "iu",
);
/** Leading adjuncts before a pronoun subject: "At a press conference he", "On Monday she". */
const LEADING_ADJUNCT_PRONOUN = /^(?:(?:at|during|in|on|after|before|later|earlier|speaking)\b[^,]*?\s+|[^,]*,\s*)(he|she|they|it)$/iu;
/** Possessive pronoun + what belongs to the speaker: "Her report", "its researchers", "Their association". */
const POSSESSIVE_OF_SPEAKER =
  /^(his|her|its|their)(?:\s+(?:own\s+|latest\s+|new\s+|annual\s+)?(?:report|study|survey|analysis|figures|data|estimates?|statement|researchers|experts|scientists|authors|staff|lawyers|spokesman|spokeswoman|spokesperson|association|organisation|organization|office|campaign|team|members|union|lawyer))?$/iu;
const PRONOUN_OF: Record<string, string> = { his: "he", her: "she", its: "it", their: "they" };
/** Heads of descriptions that name a person ("the minister"), for finding the name they refer to. */
const PERSON_HEADS =
  /^(?:minister|president|mayor|governor|senator|judge|prosecutor|mediator|director|chair|chairman|chairwoman|chief|commissioner|ambassador|spokesperson|spokesman|spokeswoman|ombudsman|premier|chancellor|secretary|leader|economist|professor|researcher|scientist|lawyer|auditor|inspector|envoy|negotiator|doctor|official|head|ceo)$/iu;
/** People a fact-checker records without a name, as first introduced: "a government source", "a military doctor". */
const UNNAMED_PEOPLE =
  /^(?:source|sources|doctor|official|officials|diplomat|witness|resident|insider|aide|engineer|nurse|teacher|worker)$/u;
/** Modifiers that do not make a description more specific ("the same agency"). */
const EMPTY_MODIFIERS = new Set([
  "same",
  "new",
  "other",
  "whole",
  "entire",
  "first",
  "last",
  "next",
  "former",
  "said",
  "latter",
  "former's",
]);

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsOf = (value: string) => value.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);

/**
 * The entity a fact-checker would record for a claimant phrase, found among the article's
 * earlier mentions (text before `at` and the speakers named so far). In order:
 *
 * - honorifics and a person's affiliation go: "Dr Lise Amundsen of the Marine Institute" → "Lise Amundsen";
 * - time adjuncts after the subject go: "Prosecutors on Friday" → "Prosecutors";
 * - a pronoun after a leading adjunct is resolved: "At a press conference he" → the nearest man;
 * - a report's agent is its author: "figures published by Statistics Ruritania in May" → "Statistics Ruritania";
 * - a possessive pronoun is its owner: "Her report" → the nearest woman, "its researchers" → the body;
 * - a surname's possession gets the full name: "Berg's lawyers" → "Anna Berg's lawyers";
 * - a definite description refers back: "The minister" → "Lena Ortiz" (named earlier as "Finance
 *   Minister Lena Ortiz" or "Lena Ortiz, the finance minister"), "the union" → "Harbour Tenants'
 *   Union", "The source" → "a government source".
 *
 * Anything else comes back as given. Null when a pronoun has no fitting speaker.
 */
export function resolveClaimant(text: string, claimant: string, at: number, speakers: EarlierSpeakers): string | null {
  let name = claimant.trim();
  // "a poll published on Sunday" keeps its time: it is a report, not a subject with an adjunct.
  const untimed = name.replace(TRAILING_TIME, "");
  if (!/\b(?:published|released|issued|conducted|presented)$/u.test(untimed)) name = untimed;
  // "Prime Minister Aurel Dancik" (a title the adjunct kept claimantName from seeing) → "Aurel Dancik".
  const words = name.split(/\s+/);
  const lastTitle = words.findLastIndex((word) => TITLES.has(word.toLowerCase()));
  const rest = words.slice(lastTitle + 1).join(" ");
  if (lastTitle >= 0 && words.every((word) => /^\p{Lu}/u.test(word)) && /\s/.test(rest) && describe(rest).kind === "person") name = rest;
  const leading = LEADING_ADJUNCT_PRONOUN.exec(name);
  if (leading && leading[1]!.length < name.length) return speakers.resolve(leading[1]!, at);
  // Case matters in a name (\p{Lu} under the i flag would match any letter): only the first word is lowered.
  const agent = REPORT_AGENT.exec(name.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()));
  if (agent) name = agent[1]!.trim();
  // "a military doctor at the crossing" → "a military doctor".
  const unnamedPerson = /^((?:a|an)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+))\s+(?:at|in|from|on|near)\s+.+$/u.exec(name);
  if (unnamedPerson && UNNAMED_PEOPLE.test(unnamedPerson[2]!)) name = unnamedPerson[1]!;
  const possessive = POSSESSIVE_OF_SPEAKER.exec(name);
  if (possessive) return speakers.resolve(PRONOUN_OF[possessive[1]!.toLowerCase()]!, at);
  const person = new RegExp(String.raw`^((?:${NAME_WORD}\.?\s+)*${NAME_WORD})\s+of\s+(?:the\s+)?${NAME_WORD}(?:\s+\S+)*$`, "u").exec(name);
  if (person && /\s/.test(person[1]!.replace(HONORIFIC, "")) && describe(person[1]!).kind === "person") name = person[1]!;
  name = name.replace(HONORIFIC, "");
  const owner = new RegExp(String.raw`^(${NAME_WORD})['’]s\s+(.+)$`, "u").exec(name);
  if (owner) {
    const full = speakers.fullName(owner[1]!, at);
    const first = full.split(/\s+/)[0]!;
    if (full !== owner[1] && genderOfFirstName(first) !== null) return `${full}'s ${owner[2]!}`;
    return name;
  }
  return definiteDescription(text.slice(0, at), name) ?? name;
}

/** "The minister", "the union", "the pharmacists' association", "The source": the earlier mention it refers to, or null. */
function definiteDescription(before: string, description: string): string | null {
  const match = /^[Tt]he\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)$/u.exec(description);
  if (!match) return null;
  const words = wordsOf(match[1]!);
  const head = words.at(-1)!;
  type Found = { name: string; at: number };
  const found: Found[] = [];
  if (new RegExp(String.raw`^(?:${REPORT_NOUNS})$`, "u").test(head)) {
    // "The study" → its author, named earlier as "a study … by the Institute of Air Quality".
    const author = new RegExp(
      String.raw`\b${head}\b[^.]*?\b(?:by|from)\s+(?:the\s+)?(${NAME_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?${NAME_WORD})*)`,
      "gu",
    );
    for (const hit of before.matchAll(author)) found.push({ name: hit[1]!, at: hit.index! });
  }
  // A capitalised name that contains every word: "Valorian Pharmacists' Association" for "the pharmacists' association".
  for (const run of before.matchAll(PROPER_RUN)) {
    const runWords = wordsOf(run[0]);
    if (runWords.length < 2 || !words.every((word) => runWords.includes(word))) continue;
    if (PERSON_HEADS.test(head)) {
      // "Finance Minister Lena Ortiz": the name after the title.
      const after = run[0].split(/\s+/).slice(runWords.lastIndexOf(head) + 1);
      if (after.length >= 2 && after.every((word) => /^\p{Lu}/u.test(word))) found.push({ name: after.join(" "), at: run.index! });
      continue;
    }
    // "Valoria’s Supreme Court" → "Supreme Court": the owner is not part of the name.
    // "Mattias Rendl of the Harbour Liaison Office": the body, not the person who works there.
    const [, person, body] = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(run[0]) ?? [];
    const name = person && body && /\s/.test(person) && describe(person).kind === "person" ? body : run[0];
    found.push({ name: name.replace(/^(?:The\s+|\S+['’]s\s+)/u, ""), at: run.index! });
  }
  // Either case of each word's first letter, without the i flag (under which \p{Lu} matches any letter).
  const escaped = words
    .map((word) => `[${word[0]!.toUpperCase()}${escapeRegExp(word[0]!)}]${escapeRegExp(word.slice(1))}`)
    .join(String.raw`\s+`);
  if (PERSON_HEADS.test(head)) {
    // "Lena Ortiz, the finance minister" / "the minister, Lena Ortiz".
    const name = String.raw`(${NAME_WORD}(?:\s+${NAME_WORD})+)`;
    const after = new RegExp(String.raw`${name},\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?${escaped}\b`, "gu");
    const afterTitle = new RegExp(String.raw`\b${escaped},\s+${name}`, "gu");
    for (const pattern of [after, afterTitle]) {
      for (const hit of before.matchAll(pattern)) found.push({ name: hit[1]!.replace(HONORIFIC, ""), at: hit.index! });
    }
  }
  // A lower-case description with more words: "the national election authority", "a government source".
  const described: Found[] = [];
  const longer = new RegExp(String.raw`\b([Tt]he|[Aa]n?)\s+((?:[\p{Ll}'’-]+\s+){1,2})${escaped}\b`, "gu");
  for (const hit of before.matchAll(longer)) {
    const modifiers = wordsOf(hit[2]!);
    if (modifiers.some((word) => EMPTY_MODIFIERS.has(word) || PRONOUNS.has(word) || /^(?:his|her|its|their|of|and|to|by|in)$/.test(word)))
      continue;
    // "a government source" for "the source"; but "a short statement" is not who "the statement" is.
    const article = hit[1]!.toLowerCase();
    if (article !== "the" && !UNNAMED_PEOPLE.test(head)) continue;
    // "the deputy mayor" is Jonas Eck, found above by name.
    if (article === "the" && PERSON_HEADS.test(head)) continue;
    const phrase = `${hit[2]!}${hit[0].slice(hit[1]!.length + 1 + hit[2]!.length)}`.trim();
    described.push({ name: article === "the" ? phrase : `${article} ${phrase}`, at: hit.index! });
  }
  // The nearest full name wins over the nearest lower-case description ("the tenants' union" after "Harbour Tenants' Union").
  const nearest = (list: Found[]) => (list.length === 0 ? null : list.reduce((best, next) => (next.at > best.at ? next : best)).name);
  return nearest(found) ?? nearest(described);
}
