import { checkworthinessModel, type CheckworthinessModel } from "@/lib/checkworthiness/model";
import { attribute, contentAfterBareReportingVerb, mainVerb, namedSubject, resolveClaimant, subjectOf } from "./attribution";
import { nonEnglish } from "./language";
import { Speakers } from "./speakers";
import { splitSentences, type Sentence, type Token } from "./sentences";

export type SuggestedClaim = {
  text: string;
  claimant: string | null;
  score: number;
  /** UTF-16 offsets into the article text: `text.slice(start, end) === claim.text`. */
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
};

/** A candidate needs this many words: "Yes." and "Really?" are not claims; "Unemployment fell" may be. */
const MIN_WORDS = 2;

const LEADING = /^(?:\s|["“”„«»‹›'‘’—–-]|\.\.\.|…)+/u;
/** A dateline: "VALDOR — ", "NEW HARBOUR, Kestria – ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{0,40}\p{Lu}(?:,\s+[\p{L}\s]{1,40}?)?\s+[—–]\s+/u;
const TRAILING = /(?:\s|[.,;:!?…"“”»›—–-])+$/u;

/**
 * The claim span within [start, end): without a leading "that", surrounding whitespace, quote
 * marks and dashes, or trailing punctuation. A closing single quote stays when it may be an
 * apostrophe ("the workers'") unless an opening one was removed.
 */
export function trimClaim(text: string, start: number, end: number): { start: number; end: number } {
  let openedSingle = false;
  for (let guard = 0; guard < 8; guard++) {
    const before = [start, end];
    const lead = LEADING.exec(text.slice(start, end));
    if (lead) {
      if (/['‘]/.test(lead[0])) openedSingle = true;
      start += lead[0].length;
    }
    const that = /^that\s+/i.exec(text.slice(start, end)) ?? DATELINE.exec(text.slice(start, end));
    if (that) start += that[0].length;
    const trail = TRAILING.exec(text.slice(start, end));
    if (trail) end -= trail[0].length;
    if (openedSingle && /['’]$/.test(text.slice(start, end))) end -= 1;
    if (before[0] === start && before[1] === end) break;
  }
  // A quotation inside the claim is kept whole: 'Valoria was "the fastest-growing economy"'.
  const inner = text.slice(start, end);
  const opens = (inner.match(/[“„«]/gu) ?? []).length - (inner.match(/[”»]/gu) ?? []).length;
  const straight = (inner.match(/"/g) ?? []).length % 2 === 1 && !inner.startsWith('"');
  if (opens > 0 || straight) {
    const close = /^[.,;:!?]?["”»]/u.exec(text.slice(end, end + 2));
    if (close) end += close[0].length;
  }
  return { start, end: Math.max(start, end) };
}

type Span = { start: number; end: number; claimant: string | null; pronoun: boolean };

const CONTRAST = new Set(["but", "yet", "while", "whereas", "although", "though"]);
const SUBJECT_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/**
 * Coordinated parts stay one claim ("unemployment fell and wages rose", "prices of food and
 * energy rose") unless they are separate assertions, which here means: two clauses, each with its
 * own subject and verb, joined by a semicolon or by a comma with "and", "but", "yet", "while",
 * "whereas", "although" or "though" ("Unemployment fell, but wages rose"). After "and" or a
 * semicolon the second part keeps the speaker; after a contrast it is the writer's own unless it
 * has an attribution of its own ("…, but critics said the figures were wrong").
 */
function splitCoordinated(text: string, sentence: Sentence, span: Span): Span[] {
  const tokens = sentence.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  const hasVerb = (part: Token[]) => part.some((token) => token.pos === "VERB" || token.pos === "AUX");
  for (let i = 1; i < tokens.length - 2; i++) {
    const token = tokens[i]!;
    const semicolon = token.value === ";";
    const connector =
      token.value === "," &&
      ["CCONJ", "SCONJ"].includes(tokens[i + 1]!.pos) &&
      (tokens[i + 1]!.lower === "and" || CONTRAST.has(tokens[i + 1]!.lower));
    if (!semicolon && !connector) continue;
    const rightFrom = semicolon ? i + 1 : i + 2;
    let rightTo = tokens.length;
    for (let k = rightFrom; k < tokens.length; k++)
      if (tokens[k]!.value === "," || tokens[k]!.value === ";") {
        rightTo = k;
        break;
      }
    const right = tokens.slice(rightFrom, rightTo);
    if (!hasVerb(tokens.slice(0, i))) continue;
    // "…, and argued that …" / "…, but said …": the same speaker's second assertion.
    const bare = connector ? contentAfterBareReportingVerb(text, tokens, rightFrom, span.end) : null;
    if (bare !== null) {
      const rest: Sentence = { start: bare, end: span.end, tokens: tokens.filter((t) => t.start >= bare) };
      return [{ ...span, end: token.start }, ...splitCoordinated(text, rest, { ...span, start: bare })];
    }
    if (right.length < 2 || !SUBJECT_START.has(right[0]!.pos) || !hasVerb(right)) continue;
    // Subject then verb: the right part does not start with its verb.
    if (right[0]!.pos === "VERB" || right[0]!.pos === "AUX") continue;
    const left: Span = { ...span, end: token.start };
    const rightStart = tokens[rightFrom]!.start;
    const rightSentence: Sentence = { start: rightStart, end: span.end, tokens: tokens.slice(rightFrom) };
    const own = attribute(text, rightSentence);
    const inherits = !semicolon && tokens[i + 1]!.lower === "and";
    const rightSpan: Span =
      own.claimant !== null || own.pronoun
        ? { start: own.contentStart, end: own.contentEnd, claimant: own.claimant, pronoun: own.pronoun }
        : { start: rightStart, end: span.end, claimant: inherits ? span.claimant : null, pronoun: inherits ? span.pronoun : false };
    return [left, ...splitCoordinated(text, rightSentence, rightSpan)];
  }
  return [span];
}

type Candidate = Omit<SuggestedClaim, "score">;

const QUOTE_START = /^["“„«]/u;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** Discourse connectives that open a sentence and are not part of its claim ("Meanwhile, the bank …"). */
const CONNECTIVE =
  /^(?:meanwhile|for example|for instance|in particular|also|in addition|additionally|moreover|furthermore|besides|however|nevertheless|nonetheless|still|indeed|in fact|separately|elsewhere|in other news|what is more|what's more|specifically|likewise|similarly|instead|overall|notably|importantly|crucially|of course|after all|in turn|as a result|by contrast|in contrast|on the other hand|at the same time|and|but|so|yet)\b,?\s+/iu;
/** A framing phrase ("On foreign policy, …", "As for the budget, …"): a topic, never a claim. Not a time ("On Tuesday, …"). */
const FRAMING =
  /^(?:on|as for|as to|regarding|concerning|on the (?:issue|question|subject|matter) of|in terms of|when it comes to|with regard to|turning to)\s+(?![^,]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d))[^,.;:!?]{1,60},\s+/iu;
/** Connectives that go on reporting the same speaker ("For example, …"); "Meanwhile" and the like change the subject. */
const CONTINUES =
  /^(?:for example|for instance|in particular|also|in addition|additionally|moreover|furthermore|besides|what is more|what's more|specifically|indeed|in fact)\b/iu;
const CHANGES_SUBJECT = /^(?:meanwhile|separately|elsewhere|in other news|by contrast|in contrast|on the other hand)\b/iu;
/**
 * Advice and appeals, and speech acts without content, assert no fact: "He cautioned against
 * complacency, urging more inspections.", "Minister Ruta Vell pointed to the treaty's results."
 */
const ADVICE =
  /\b(?:urg(?:e|es|ed|ing)|caution(?:s|ed|ing)?\s+against|warn(?:s|ed|ing)?\s+against|call(?:s|ed|ing)?\s+(?:for|on)|recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:for|to)|plead(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|pointed\s+to|defended|spoke\s+(?:to|about|at|of)|addressed)\b/iu;
/** Verbs that show the subject speaking even without reported content ("Minister Ruta Vell pointed to …"). */
const SPEECH_ACTS = new Set(
  "pointed defended cited praised criticised criticized welcomed disputed rejected dismissed cautioned urged called spoke addressed denied questioned hailed attacked blamed described".split(
    " ",
  ),
);

/** What a speaker does next in the same sentence ("… and accused the government of …"). */
const SPEAKER_ACTS = new Set(
  "accused called urged criticised criticized demanded blamed attacked denied rejected dismissed praised vowed pledged promised appealed challenged questioned refused".split(
    " ",
  ),
);

/** Leading connectives and framing phrases left out of a span. */
function stripLead(text: string, start: number, end: number): number {
  for (let guard = 0; guard < 3; guard++) {
    const rest = text.slice(start, end);
    const match = CONNECTIVE.exec(rest) ?? FRAMING.exec(rest);
    if (!match || match[0].length >= rest.length - 1) break;
    start += match[0].length;
  }
  return start;
}

/** "A government source" starts a sentence in capitals but is shown as "a government source". */
const unnamed = (claimant: string) => claimant.replace(/^(A|An)\s/u, (article) => article.toLowerCase());

/**
 * "X said A and that B": two assertions of the same speaker, split at "and that" / "but that".
 * Returns [end of A, start of B] pairs in the span.
 */
function thatConjunctions(sentence: Sentence, span: Span): Span[] {
  const tokens = sentence.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
  const parts: Span[] = [];
  let from = span.start;
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!["and", "but"].includes(tokens[i]!.lower)) continue;
    // "She said that spending fell and accused the government of …": the speaker's next act, not content.
    if (span.claimant !== null && SPEAKER_ACTS.has(tokens[i + 1]!.lower) && tokens[i + 1]!.pos === "VERB") {
      const before = tokens[i - 1]!.value === "," ? tokens[i - 1]! : tokens[i]!;
      parts.push({ ...span, start: from, end: before.start });
      return parts;
    }
    if (tokens[i + 1]!.lower !== "that") continue;
    const before = i > 0 && tokens[i - 1]!.value === "," ? tokens[i - 1]! : tokens[i]!;
    parts.push({ ...span, start: from, end: before.start });
    from = tokens[i + 2]!.start;
  }
  parts.push({ ...span, start: from });
  return parts;
}

/** Every candidate claim of `text` in reading order, without scores. */
export function claimCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  const speakers = new Speakers(text);
  let previousQuote: { claimant: string | null; end: number } | null = null;
  /** The speaker the current paragraph is reporting, and where their last sentence ended. */
  let reporting: { claimant: string; end: number } | null = null;
  let previousEnd = 0;
  for (const sentence of splitSentences(text)) {
    const newParagraph = PARAGRAPH_BREAK.test(text.slice(previousEnd, sentence.start));
    previousEnd = sentence.end;
    if (newParagraph) reporting = null;
    // Not in English: not scored, and marked in the reader (foreignSentences), never proposed.
    if (nonEnglish(text.slice(sentence.start, sentence.end))) continue;
    const lead = text.slice(sentence.start, sentence.end);
    const attribution = attribute(text, sentence);
    let claimant = attribution.claimant;
    if (attribution.pronoun && claimant) claimant = speakers.resolve(claimant, sentence.start);
    else if (claimant !== null) {
      // "The minister" → "Lena Ortiz", "Her report" → "Clara Berg"… (resolveClaimant, decision 028).
      const resolved = resolveClaimant(text, unnamed(claimant), sentence.start, speakers);
      claimant = resolved === null ? null : speakers.add(resolved, sentence.start + Math.max(0, lead.indexOf(claimant)));
    } else {
      const subject = subjectOf(text, sentence);
      const resolved =
        subject?.claimant && !subject.pronoun ? resolveClaimant(text, unnamed(subject.claimant), sentence.start, speakers) : null;
      if (subject?.claimant && resolved !== null) {
        const named = namedSubject(text, sentence);
        if (named || /^(the|a|an)\s/i.test(subject.claimant) || /^\p{Lu}/u.test(subject.claimant)) {
          const name = speakers.add(named ? unnamed(named) : resolved, subject.at);
          const verb = mainVerb(sentence);
          // "Minister Ruta Vell pointed to the treaty's results": the paragraph goes on reporting her.
          if (verb && (SPEECH_ACTS.has(verb) || ADVICE.test(lead))) reporting = { claimant: name, end: sentence.end };
        }
      }
    }
    // Advice, appeals and references ("urging more inspections", "pointed to the results") assert nothing.
    if (attribution.claimant === null && !attribution.pronoun && ADVICE.test(lead)) continue;
    // A quotation that goes on in the next sentence of the paragraph keeps its speaker:
    // "We did it," she said. "Not a single hospital has closed."
    const quoted = QUOTE_START.test(lead);
    const unattributed = attribution.claimant === null && !attribution.pronoun;
    if (unattributed && quoted && previousQuote && !PARAGRAPH_BREAK.test(text.slice(previousQuote.end, sentence.start))) {
      claimant = previousQuote.claimant;
    }
    // The paragraph's speaker goes on: "For example, the new patrols halved smuggling."
    if (unattributed && claimant === null && reporting && CONTINUES.test(lead)) claimant = reporting.claimant;
    if (CHANGES_SUBJECT.test(lead)) reporting = null;
    if (!unattributed && claimant !== null) reporting = { claimant, end: sentence.end };
    previousQuote = quoted && claimant !== null ? { claimant, end: sentence.end } : null;
    const first: Span = { start: attribution.contentStart, end: attribution.contentEnd, claimant, pronoun: false };
    const spans = attribution.whole ? [first] : thatConjunctions(sentence, first).flatMap((part) => splitCoordinated(text, sentence, part));
    for (const span of spans) {
      // A clause with its own speaker ("…, and its researchers said …") is resolved like the sentence's.
      const spanClaimant = span.pronoun
        ? span.claimant
          ? speakers.resolve(span.claimant, sentence.start)
          : null
        : span.claimant !== null && span.claimant !== claimant
          ? resolveClaimant(text, unnamed(span.claimant), sentence.start, speakers)
          : span.claimant;
      const trimmed = trimClaim(text, span.start, span.end);
      const { start, end } = trimClaim(text, stripLead(text, trimmed.start, trimmed.end), trimmed.end);
      const claimText = text.slice(start, end);
      if ((claimText.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS || !/\p{L}/u.test(claimText)) continue;
      // Unattributed, without a verb or a number: a heading, a byline or a caption, not an assertion.
      const spanTokens = sentence.tokens.filter((token) => token.start >= start && token.end <= end);
      const asserts = spanTokens.some((token) => token.pos === "VERB" || token.pos === "AUX" || token.pos === "NUM");
      if (spanClaimant === null && !asserts && !/\p{N}/u.test(claimText)) continue;
      candidates.push({
        text: claimText,
        claimant: spanClaimant,
        start,
        end,
        sentence: text.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      });
    }
  }
  return candidates;
}

let defaultModel: CheckworthinessModel | null = null;

/**
 * Check-worthy claims in an article, best first. Without `all`, only candidates scoring at or
 * above the model's threshold.
 *
 * What is scored: the model learned from whole sentences, and the sentence scored better than the
 * bare claim text on the CheckThat! 2024 dev split (F1 of "Yes", shipped model of 26 November:
 * 0.699 scoring each candidate's sentence, 0.681 its claim text, 0.694 their mean; 0.700 as
 * shipped below; the claim text loses recall: "said" and the speaker are cues of a checkable
 * statement). So a claim gets its sentence's score; when a sentence holds several claims, each
 * gets the mean of the sentence's and its own score, so that the parts are ranked apart.
 */
export function suggestClaims(text: string, options: { all?: boolean; model?: CheckworthinessModel } = {}): SuggestedClaim[] {
  const model = options.model ?? (defaultModel ??= checkworthinessModel());
  const candidates = claimCandidates(text);
  const perSentence = new Map<number, { sentence: string; count: number }>();
  for (const candidate of candidates) {
    const entry = perSentence.get(candidate.sentenceStart) ?? { sentence: candidate.sentence, count: 0 };
    entry.count++;
    perSentence.set(candidate.sentenceStart, entry);
  }
  const sentenceStarts = [...perSentence.keys()];
  const sentenceScores = new Map(
    model.scoreMany(sentenceStarts.map((start) => perSentence.get(start)!.sentence)).map((score, i) => [sentenceStarts[i]!, score]),
  );
  const shared = candidates.filter((candidate) => perSentence.get(candidate.sentenceStart)!.count > 1);
  const ownScores = new Map(model.scoreMany(shared.map((candidate) => candidate.text)).map((score, i) => [shared[i]!, score]));
  const scored = candidates.map((candidate) => {
    const sentenceScore = sentenceScores.get(candidate.sentenceStart)!;
    const own = ownScores.get(candidate);
    return { ...candidate, score: own === undefined ? sentenceScore : (sentenceScore + own) / 2 };
  });
  const factual = scored.filter((candidate) => !unverifiable(candidate.text));
  const predictions = scored.filter((candidate) => unverifiable(candidate.text) === "prediction");
  const judgements = scored.filter((candidate) => unverifiable(candidate.text) === "judgement");
  const byScore = (a: SuggestedClaim, b: SuggestedClaim) => b.score - a.score || a.start - b.start;
  const kept = (candidate: SuggestedClaim) => options.all || candidate.score >= model.threshold;
  // Whatever the model thinks of them: predictions and promises come after every factual claim
  // (a promise may be worth following up); advice and bare judgements are never proposed.
  return [
    ...factual.filter(kept).sort(byScore),
    ...predictions.filter(kept).sort(byScore),
    ...(options.all ? judgements.sort(byScore) : []),
  ];
}

/** Words of judgement that, alone with a copula, make a sentence nobody can check ("The forecast was optimistic"). */
const JUDGEMENT = new Set(
  (
    "divided split optimistic pessimistic upbeat gloomy cautious positive negative good bad great excellent poor strong weak mixed " +
    "uncertain unclear calm tense friendly hostile disappointing encouraging impressive worrying concerning troubling controversial " +
    "popular unpopular important significant historic remarkable difficult challenging tough robust solid fragile bright bleak " +
    "confident hopeful sceptical skeptical wrong right unfair fair ambitious modest disappointed pleased happy unhappy angry " +
    "satisfied dissatisfied promising welcome unwelcome unacceptable acceptable shocking surprising"
  ).split(" "),
);
const PREDICTION =
  /\b(?:will|won't|shall|(?:is|are|was|were)\s+(?:going|expected|set|likely|unlikely|due|poised|bound)\s+to|hopes?\s+to|hoped\s+to)\b/iu;
const ADVISES = /\b(?:should|ought\s+to|must\s+not)\b/iu;
const COPULA =
  /^(?:[\p{L}'’-]+\s+){1,4}(?:is|are|was|were|seemed|seems|remained|remains|appeared|appears|looked|looks|felt|feels|became|becomes)\s+(.+)$/iu;

/**
 * Not a verifiable factual claim: a prediction or promise ("The bill will pass next month"), or
 * a judgement: advice ("Ministers should act") or a statement with nothing to check ("Economists
 * were divided", "The forecast was optimistic": a copula and words of judgement, no figure, no name).
 */
export function unverifiable(claim: string): "prediction" | "judgement" | null {
  if (ADVISES.test(claim)) return "judgement";
  if (PREDICTION.test(claim)) return "prediction";
  const copula = COPULA.exec(claim);
  if (!copula || /\d/.test(claim) || /\s\p{Lu}/u.test(claim)) return null;
  const words = copula[1]!
    .toLowerCase()
    .split(/\s+/)
    .filter(
      (word) =>
        !/ly$/.test(word) && !["and", "or", "but", "very", "more", "less", "too", "quite", "rather", "deeply", "still"].includes(word),
    );
  return words.length > 0 && words.every((word) => JUDGEMENT.has(word)) ? "judgement" : null;
}
