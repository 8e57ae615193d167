/**
 * The check-worthiness featuriser: one sentence → a sparse vector of hashed features. Training
 * (scripts/claims/train.ts) and scoring (model.ts) go through the same `extract` with the settings
 * stored beside the weights, so a model is always scored with the features it learned from.
 *
 * Groups of features, each hashed with its own seed and scaled to unit length (times its weight):
 * - word n-grams of the normalised tokens (lower case, every digit written 0, so "3.5" and "7.2"
 *   are one token "0.0" and "1998" is "0000"), with sentence start and end as tokens;
 * - character n-grams of the normalised tokens joined by single spaces;
 * - cues that make a sentence checkable: numbers and their kinds (percent, money, year, decimal,
 *   large quantities), comparisons and superlatives, reported speech, hedges and first-person
 *   opinion, questions, capitalised names, length.
 * Speed matters (the claim suggester scores hundreds of sentences per article): one pass over the
 * characters makes the tokens, their hashes and the character buffer; hashing works on character
 * codes (FNV-1a + a murmur finaliser) into reused typed arrays, so no substring is allocated.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { WORD_VECTORS_FILE } from "@/lib/claims/matching/word-vectors";

export type FeatureSettings = {
  /** The hash dimension is 2^bits. */
  bits: number;
  /** Word n-grams from 1 up to this length (0: none). */
  wordNgrams: number;
  /** Character n-grams with these inclusive lengths, or null for none. */
  charNgrams: [number, number] | null;
  /** Hand-made cue features. */
  cues: boolean;
  /** Each group's vector has this length (L2). */
  groupWeights: { word: number; char: number; cue: number };
  /**
   * A sentence vector from the GloVe word vectors the matcher ships (lib/claims/matching/
   * word-vectors.bin): the SIF-weighted mean of the words' vectors (weight r / (r + sif) for the
   * word of frequency rank r, so frequent words count less), scaled to length `weight`, as dense
   * features at indices 2^bits … 2^bits + dimensions − 1. Absent: no vector features.
   */
  vectors?: { weight: number; sif: number; dimensions: number };
  /** Cues of predictions, hopes, advice and opinion (future tense, modals, "urge", "hope"…). */
  stanceCues?: boolean;
};

/** The length of the weight vector for these settings: the hash dimension plus the dense features. */
export function featureDimension(settings: FeatureSettings): number {
  return 2 ** settings.bits + (settings.vectors?.dimensions ?? 0);
}

export type SparseVector = { indices: Int32Array; values: Float32Array };

const SEED_WORD = [0x1b873593, 0x2c1b3c6d, 0x297a2d39, 0x3f84d5b5];
const SEED_CHAR = 0x85ebca6b;
const SEED_CUE = 0xc2b2ae35;
const START = 0x5a5a5a5a;
const END = 0xa5a5a5a5;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return fmix(h);
}

function combine(a: number, b: number, seed: number): number {
  return fmix(Math.imul(a ^ seed, 0x9e3779b1) + b);
}

// Word classes for the cues, looked up by the token's hash (the same hash as its unigram feature).
const CLASS = {
  number: 1,
  comparative: 2,
  superlative: 4,
  quantity: 8,
  reporting: 16,
  opinion: 32,
  person: 64,
  percentWord: 128,
  currency: 256,
  magnitude: 512,
  comparison: 1024,
  firstPerson: 2048,
  stanceVerb: 4096,
  cent: 8192,
  per: 16384,
  future: 32768,
  modal: 65536,
  hope: 131072,
  advice: 262144,
  judgement: 524288,
  past: 1048576,
};
const WORD_CLASSES: [number, string][] = [
  [
    CLASS.comparative,
    "more less fewer higher lower larger smaller bigger greater better worse faster slower cheaper increase increased decrease decreased rose fell doubled tripled halved grew dropped declined cut raised up down",
  ],
  [CLASS.superlative, "most least highest lowest largest smallest biggest best worst first only record ever never fastest greatest"],
  [
    CLASS.quantity,
    "percent per million millions billion billions trillion thousand thousands hundred hundreds dollars dollar half third quarter twice times number rate average tax taxes budget deficit debt jobs unemployment years year months days once",
  ],
  [
    CLASS.number,
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens",
  ],
  [
    CLASS.reporting,
    "said says say told according claimed claims stated reported announced showed shows found estimated estimates data figures statistics study survey report official officials census",
  ],
  [
    CLASS.opinion,
    "think believe feel hope want wish going will should must can could would need let thank thanks please sorry welcome agree disagree mean know guess",
  ],
  [CLASS.person, "i me my we us our you your"],
  [CLASS.percentWord, "percent % percentage"],
  [CLASS.currency, "dollars dollar euros euro pounds"],
  [CLASS.magnitude, "million millions billion billions trillion thousand thousands"],
  [CLASS.comparison, "than compared since"],
  [CLASS.firstPerson, "i we"],
  [CLASS.stanceVerb, "think believe feel hope want will would am are"],
  [CLASS.cent, "cent"],
  [CLASS.per, "per"],
  [CLASS.future, "will won't wo shall gonna tomorrow next soon forecast forecasts predicted predicts expected expects expect likely"],
  [CLASS.modal, "should must might may could would ought shouldn't mustn't"],
  [CLASS.hope, "hope hopes hoped hoping wish wishes confident optimistic pessimistic believes believed trust"],
  [
    CLASS.advice,
    "urge urged urging urges call called calling calls recommend recommended recommends advise advised advising cautioned warned warning warns demanded demand demands asked appealed let",
  ],
  [
    CLASS.judgement,
    "good bad great terrible wonderful disgrace disgraceful shameful important clear wrong right fair unfair divided optimistic pessimistic amazing tremendous horrible beautiful ridiculous absurd crucial best worst",
  ],
  [
    CLASS.past,
    "was were had did rose fell grew dropped increased decreased doubled halved cut raised spent lost won voted passed signed killed died reached recorded",
  ],
];
const classOf = new Map<number, number>();
for (const [bit, words] of WORD_CLASSES) {
  for (const word of words.split(" ")) {
    const h = hashString(word, SEED_WORD[0]!);
    classOf.set(h, (classOf.get(h) ?? 0) | bit);
  }
}
const CUE_HASH = new Map<string, number>();
function cue(name: string): number {
  let h = CUE_HASH.get(name);
  if (h === undefined) {
    h = hashString(name, SEED_CUE);
    CUE_HASH.set(name, h);
  }
  return h;
}
const BUCKETS = ["0", "1", "2-3", "2-3", "4+"];
/** The cue "name:bucket of n" (0, 1, 2-3, 4+). */
const counted = (name: string, n: number) => cue(`${name}:${BUCKETS[Math.min(n, 4)]!}`);

// Reused buffers (scoring is synchronous, so one set is enough).
let featureIndex = new Int32Array(1024);
let featureValue = new Float32Array(1024);
let featureCount = 0;
let tokenHash = new Int32Array(256);
let tokenStart = new Int32Array(256);
let tokenFlags = new Int32Array(256);
let chars = new Uint16Array(1024);

const TOKEN_DIGIT = 1;
const TOKEN_JOINED_DIGITS = 2;
const TOKEN_SYMBOL = 4;

function add(hash: number, mask: number) {
  if (featureCount === featureIndex.length) {
    const index = new Int32Array(featureCount * 2);
    index.set(featureIndex);
    featureIndex = index;
    const value = new Float32Array(featureCount * 2);
    value.set(featureValue);
    featureValue = value;
  }
  // The top bit decides the sign, so collisions cancel out on average instead of adding up.
  featureIndex[featureCount] = hash & mask;
  featureValue[featureCount++] = hash & 0x80000000 ? -1 : 1;
}

/** Scales the features added since `from` to length `weight`. */
function endGroup(from: number, weight: number) {
  const n = featureCount - from;
  if (n === 0) return;
  const scale = weight / Math.sqrt(n);
  for (let i = from; i < featureCount; i++) featureValue[i]! *= scale;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
const lowerAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
};

/** Fills the feature buffers with the sentence's features; returns their number. */
function extract(sentence: string, settings: FeatureSettings): number {
  featureCount = 0;
  const mask = (1 << settings.bits) - 1;
  // Only ASCII letters and digits make words, so lower-casing A-Z is all the case folding needed
  // (and offsets stay those of `sentence`).
  const length = sentence.length;
  if (chars.length < length * 2 + 2) chars = new Uint16Array(length * 2 + 2);
  if (tokenHash.length < length + 1) {
    tokenHash = new Int32Array(length + 1);
    tokenStart = new Int32Array(length + 1);
    tokenFlags = new Int32Array(length + 1);
  }

  // Tokens: runs of letters/digits (digits as 0), joined by ' . , between word characters; the
  // symbols $ € £ % are tokens of their own. `chars` gets " tok tok … tok ".
  let tokens = 0;
  let charLength = 0;
  chars[charLength++] = 32;
  let i = 0;
  let quote = false;
  while (i < length) {
    let c = lowerAt(sentence, i);
    if (c === 0x2019 || c === 0x2018) c = 39;
    if (c === 34 || c === 0x201c || c === 0x201d) quote = true;
    if (isWordChar(c)) {
      let h = (FNV_OFFSET ^ SEED_WORD[0]!) >>> 0;
      let flags = 0;
      tokenStart[tokens] = i;
      for (;;) {
        if (isDigit(c)) {
          flags |= TOKEN_DIGIT;
          c = 48;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        chars[charLength++] = c;
        i++;
        if (i >= length) break;
        c = lowerAt(sentence, i);
        if (c === 0x2019) c = 39;
        if (isWordChar(c)) continue;
        if ((c === 39 || c === 46 || c === 44) && i + 1 < length && isWordChar(lowerAt(sentence, i + 1))) {
          if (c !== 39 && flags & TOKEN_DIGIT && isDigit(lowerAt(sentence, i + 1))) flags |= TOKEN_JOINED_DIGITS;
          continue;
        }
        break;
      }
      tokenHash[tokens] = fmix(h);
      tokenFlags[tokens++] = flags;
      chars[charLength++] = 32;
    } else {
      if (c === 36 || c === 0x20ac || c === 0xa3 || c === 37) {
        tokenStart[tokens] = i;
        tokenHash[tokens] = hashString(String.fromCharCode(c), SEED_WORD[0]!);
        tokenFlags[tokens++] = TOKEN_SYMBOL | (c === 37 ? 0 : 8);
        chars[charLength++] = c;
        chars[charLength++] = 32;
      }
      i++;
    }
  }

  if (settings.wordNgrams > 0) {
    const from = featureCount;
    for (let t = 0; t < tokens; t++) add(tokenHash[t]! >>> 0, mask);
    for (let n = 2; n <= settings.wordNgrams; n++) {
      const seed = SEED_WORD[n - 1]!;
      // Positions -1 and `tokens` are the sentence start and end.
      for (let t = -1; t + n <= tokens + 1; t++) {
        let h = t < 0 ? START : tokenHash[t]! >>> 0;
        for (let j = 1; j < n; j++) h = combine(h, t + j >= tokens ? END : tokenHash[t + j]! >>> 0, seed);
        add(h, mask);
      }
    }
    endGroup(from, settings.groupWeights.word);
  }

  if (settings.charNgrams) {
    const from = featureCount;
    const [min, max] = settings.charNgrams;
    for (let s = 0; s + min <= charLength; s++) {
      let h = (FNV_OFFSET ^ SEED_CHAR) >>> 0;
      for (let n = 1; n <= max && s + n <= charLength; n++) {
        h = Math.imul(h ^ chars[s + n - 1]!, FNV_PRIME);
        if (n >= min) add(fmix(h ^ n), mask);
      }
    }
    endGroup(from, settings.groupWeights.char);
  }

  if (settings.cues) {
    const from = featureCount;
    let numbers = 0,
      comparative = 0,
      superlative = 0,
      quantity = 0,
      reporting = 0,
      opinion = 0,
      person = 0;
    let percent = false,
      money = false,
      year = false,
      decimal = false,
      large = false,
      comparison = false,
      stance = false,
      capitalised = false;
    for (let t = 0; t < tokens; t++) {
      const flags = tokenFlags[t]!;
      const cls = classOf.get(tokenHash[t]! >>> 0) ?? 0;
      const next = t + 1 < tokens ? (classOf.get(tokenHash[t + 1]! >>> 0) ?? 0) : 0;
      const nextFlags = t + 1 < tokens ? tokenFlags[t + 1]! : 0;
      if (flags & TOKEN_DIGIT || cls & CLASS.number) numbers++;
      if (cls & CLASS.comparative) comparative++;
      if (cls & CLASS.superlative) superlative++;
      if (cls & CLASS.quantity) quantity++;
      if (cls & CLASS.reporting) reporting++;
      if (cls & CLASS.opinion) opinion++;
      if (cls & CLASS.person) person++;
      if (cls & CLASS.comparison) comparison = true;
      if (flags & TOKEN_JOINED_DIGITS) decimal = true;
      if (flags & TOKEN_DIGIT) {
        if (next & CLASS.percentWord) percent = true;
        if (next & CLASS.per && t + 2 < tokens && (classOf.get(tokenHash[t + 2]! >>> 0) ?? 0) & CLASS.cent) percent = true;
        if (next & CLASS.currency) money = true;
        if (next & CLASS.magnitude) large = true;
        const start = tokenStart[t]!;
        const a = sentence.charCodeAt(start);
        const b = sentence.charCodeAt(start + 1);
        const end = start + 4;
        if (
          ((a === 49 && isDigit(b)) || (a === 50 && b === 48)) &&
          isDigit(sentence.charCodeAt(start + 2)) &&
          isDigit(sentence.charCodeAt(start + 3)) &&
          !isWordChar(lowerAt(sentence, end) || 32)
        )
          year = true;
      }
      if (flags & 8 && nextFlags & TOKEN_DIGIT) money = true;
      if (cls & CLASS.firstPerson && next & CLASS.stanceVerb) stance = true;
      if (t > 0) {
        const first = sentence.charCodeAt(tokenStart[t]!);
        if (first >= 65 && first <= 90) capitalised = true;
      }
    }
    add(counted("numbers", numbers), mask);
    add(counted("comparative", comparative), mask);
    add(counted("superlative", superlative), mask);
    add(counted("quantity", quantity), mask);
    add(counted("reporting", reporting), mask);
    add(counted("opinion", opinion), mask);
    add(counted("person", person), mask);
    if (percent) add(cue("percent"), mask);
    if (money) add(cue("money"), mask);
    if (year) add(cue("year"), mask);
    if (decimal) add(cue("decimal"), mask);
    if (large) add(cue("large-number"), mask);
    if (comparison) add(cue("comparison"), mask);
    if (quote) add(cue("quote"), mask);
    if (stance) add(cue("stance"), mask);
    if (capitalised) add(cue("capitalised"), mask);
    if (tokens > 0 && (classOf.get(tokenHash[0]! >>> 0) ?? 0) & CLASS.firstPerson) add(cue("starts-first-person"), mask);
    let last = length - 1;
    while (last >= 0 && lowerAt(sentence, last) <= 32) last--;
    if (lowerAt(sentence, last) === 63) add(cue("question"), mask);
    if (lowerAt(sentence, last) === 33) add(cue("exclamation"), mask);
    add(cue(`length:${tokens < 5 ? "<5" : tokens < 10 ? "<10" : tokens < 20 ? "<20" : tokens < 35 ? "<35" : "35+"}`), mask);
    endGroup(from, settings.groupWeights.cue);
  }

  if (settings.stanceCues) {
    const from = featureCount;
    let future = 0,
      modal = 0,
      hope = 0,
      advice = 0,
      judgement = 0,
      past = 0,
      digits = 0;
    for (let t = 0; t < tokens; t++) {
      const cls = classOf.get(tokenHash[t]! >>> 0) ?? 0;
      if (cls & CLASS.future) future++;
      if (cls & CLASS.modal) modal++;
      if (cls & CLASS.hope) hope++;
      if (cls & CLASS.advice) advice++;
      if (cls & CLASS.judgement) judgement++;
      if (cls & CLASS.past) past++;
      if (tokenFlags[t]! & TOKEN_DIGIT) digits++;
    }
    const figure = digits > 0 ? "figure" : "no-figure";
    add(counted("future", future), mask);
    add(counted("modal", modal), mask);
    add(counted("hope", hope), mask);
    add(counted("advice", advice), mask);
    add(counted("judgement", judgement), mask);
    add(counted("past", past), mask);
    // Combinations: a prediction or a hope without a figure is rarely checkable; a past-tense
    // statement with a figure usually is.
    add(cue(`future+modal:${future + modal > 0 ? 1 : 0}:${figure}`), mask);
    add(cue(`hope+advice:${hope + advice > 0 ? 1 : 0}:${figure}`), mask);
    add(cue(`past:${past > 0 ? 1 : 0}:${figure}`), mask);
    endGroup(from, settings.groupWeights.cue);
  }

  if (settings.vectors) {
    const table = vectorRows();
    const { dimensions, values } = table;
    if (dimensions !== settings.vectors.dimensions)
      throw new Error(`The word vectors have ${dimensions} dimensions, the model ${settings.vectors.dimensions}`);
    const sum = denseSum.length === dimensions ? denseSum.fill(0) : (denseSum = new Float64Array(dimensions));
    let found = 0;
    for (let t = 0; t < tokens; t++) {
      if (tokenFlags[t]! & (TOKEN_DIGIT | TOKEN_SYMBOL)) continue;
      const row = rowOf(table, tokenHash[t]!);
      if (row < 0) continue;
      const weight = (row + 1) / (row + 1 + settings.vectors.sif);
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) sum[d]! += weight * values[offset + d]!;
      found++;
    }
    if (found > 0) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += sum[d]! * sum[d]!;
      const scale = norm > 0 ? settings.vectors.weight / Math.sqrt(norm) : 0;
      const base = 2 ** settings.bits;
      for (let d = 0; d < dimensions; d++) {
        add(0, 0);
        featureIndex[featureCount - 1] = base + d;
        featureValue[featureCount - 1] = sum[d]! * scale;
      }
    }
  }
  return featureCount;
}

let denseSum = new Float64Array(0);
type VectorRows = { dimensions: number; values: Int8Array; keys: Int32Array; rows: Int32Array; mask: number };
let rows: VectorRows | undefined;

/**
 * The matcher's word vectors (lib/claims/matching/word-vectors.ts has the file layout), keyed by
 * the featuriser's token hash (the same hash as the word's unigram) in an open-addressing table of
 * typed arrays, read straight from the file's bytes (the words are ASCII): a few milliseconds at
 * first use, no strings or Map, lookups without allocating.
 */
function vectorRows(): VectorRows {
  if (!rows) {
    const file = readFileSync(path.join(process.cwd(), WORD_VECTORS_FILE));
    if (file.toString("ascii", 0, 4) !== "GLV1") throw new Error(`${WORD_VECTORS_FILE} is not a word-vector file`);
    const count = file.readUInt32LE(4);
    const dimensions = file.readUInt32LE(8);
    const namesEnd = 16 + file.readUInt32LE(12);
    const values = new Int8Array(file.buffer, file.byteOffset + namesEnd, count * dimensions);
    const size = 2 ** Math.ceil(Math.log2(count * 2 + 2));
    const keys = new Int32Array(size);
    const table = new Int32Array(size).fill(-1);
    const mask = size - 1;
    let row = 0;
    let h = (FNV_OFFSET ^ SEED_WORD[0]!) >>> 0;
    for (let i = 16; i <= namesEnd; i++) {
      const byte = i < namesEnd ? file[i]! : 10;
      if (byte !== 10) {
        h = Math.imul(h ^ byte, FNV_PRIME);
        continue;
      }
      const key = fmix(h) | 0;
      let slot = key & mask;
      while (table[slot]! >= 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      keys[slot] = key;
      table[slot] = row++;
      h = (FNV_OFFSET ^ SEED_WORD[0]!) >>> 0;
    }
    rows = { dimensions, values, keys, rows: table, mask };
  }
  return rows;
}

function rowOf(table: VectorRows, hash: number): number {
  const key = hash | 0;
  let slot = key & table.mask;
  for (;;) {
    const row = table.rows[slot]!;
    if (row < 0 || table.keys[slot] === key) return row;
    slot = (slot + 1) & table.mask;
  }
}

export function featurise(sentence: string, settings: FeatureSettings): SparseVector {
  const count = extract(sentence, settings);
  return { indices: featureIndex.slice(0, count), values: featureValue.slice(0, count) };
}

/** The dot product of the sentence's features with `weights` (scoring without allocating). */
export function featureDot(sentence: string, settings: FeatureSettings, weights: Float32Array): number {
  const count = extract(sentence, settings);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += weights[featureIndex[k]!]! * featureValue[k]!;
  return sum;
}
