import { getGender } from "gender-detection-from-name";

/**
 * The people and bodies an article has named so far, for resolving a later "she", "they" or
 * "Brandt" to the one it refers to (decision 028). A mention is what the text called them, as
 * the claimant would be shown: "Hana Moretti", "the ministry", "a government source".
 */
export type Gender = "female" | "male" | null;
export type Mention = {
  name: string;
  /** Where in the article it was named (UTF-16 offset). */
  at: number;
  /** A person (he/she), a group of people or bodies (they), or a body or thing (it). */
  kind: "person" | "group" | "body";
  gender: Gender;
};

/** Words that make a capitalised name a body, not a person ("the Green Alliance", "Valdor University"). */
const BODY_WORDS =
  /\b(?:office|ministry|department|bank|party|alliance|union|university|council|agency|association|company|corporation|corp|inc|ltd|group|commission|court|committee|institute|authority|service|services|police|government|parliament|assembly|senate|congress|board|bureau|fund|foundation|organisation|organization|federation|league|coalition|trust|hospital|school|college|centre|center|network|press|news|times|post|journal|reuters|who|un|eu|nato|army|navy|force|forces|command|club|firm|agency|statistics|administration|cabinet|secretariat|treasury|energy|airlines|railways?|port|harbour|harbor|city|state|republic|kingdom|county|municipality|region|province|team|tribunal|prosecutor's|prosecutors|ombudsman's|regulator|watchdog|institution|observatory|report|study|survey|data|figures|index)\b/i;
/** Nouns naming a person ("the minister", "a government source", "the director"). */
const PERSON_NOUNS =
  /\b(?:minister|president|senator|mayor|governor|spokesperson|spokesman|spokeswoman|director|chairman|chairwoman|chair|ceo|economist|treasurer|speaker|leader|official|source|adviser|advisor|analyst|expert|executive|head|founder|judge|prosecutor|lawyer|attorney|doctor|nurse|professor|researcher|scientist|chief|commissioner|ambassador|secretary|candidate|lawmaker|legislator|mp|councillor|councilor|diplomat|officer|general|witness|resident|teacher|worker|farmer|owner|manager|author|activist|campaigner|critic|opponent|rival|premier|chancellor|king|queen|prince|princess|man|woman|person|insider|aide|negotiator|envoy|inspector|auditor|coach|captain|mother|father|student|patient|victim|suspect|defendant|detective|sheriff|reporter|journalist|editor|ombudsman)$/i;
const FEMALE_CUES =
  /\b(?:mrs|ms|miss|madam|lady|dame|queen|princess|duchess|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|woman|mother|sister|wife|daughter|grandmother)\.?\s*$/i;
const MALE_CUES =
  /\b(?:mr|sir|lord|king|prince|duke|spokesman|chairman|congressman|businessman|councilman|man|father|brother|husband|son|grandfather)\.?\s*$/i;
/** First names the name list does not know, read by their ending: Slavic and Baltic "-a" names are women's. */
const MALE_A = new Set([
  "luca",
  "nikita",
  "joshua",
  "mustafa",
  "musa",
  "isa",
  "juma",
  "sasha",
  "misha",
  "kostya",
  "ilya",
  "andrea",
  "jonah",
  "ezra",
  "elijah",
  "noah",
]);

export function genderOfFirstName(first: string): Gender {
  const known = getGender(first);
  if (known === "female" || known === "male") return known;
  const lower = first.toLowerCase();
  if (lower.length > 2 && lower.endsWith("a") && !MALE_A.has(lower)) return "female";
  return null;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const ARTICLE = /^(?:the|a|an)$/i;

/** What kind of speaker a claimant is, and (for a named person) their gender. */
export function describe(name: string, before = ""): Omit<Mention, "name" | "at"> {
  const words = name.split(/\s+/).filter(Boolean);
  const last = words.at(-1) ?? "";
  if (BODY_WORDS.test(name))
    return {
      kind: /s$/i.test(last) && !ARTICLE.test(words[0] ?? "") && last.toLowerCase() !== "statistics" ? "group" : "body",
      gender: null,
    };
  const cue = FEMALE_CUES.test(before) ? "female" : MALE_CUES.test(before) ? "male" : null;
  const named = words.length > 0 && words.every(capitalised) && !ARTICLE.test(words[0]!);
  if (named) return { kind: "person", gender: cue ?? (words.length >= 2 ? genderOfFirstName(words[0]!) : null) };
  // A description: "the minister" (a person), "Iraqi officials" (people), "the ministry" (a body).
  if (PERSON_NOUNS.test(last)) return { kind: "person", gender: cue };
  if (/(?:s|people|police|staff)$/i.test(last) && !/(?:ss|us|is)$/i.test(last)) return { kind: "group", gender: null };
  return { kind: "body", gender: null };
}

export class Speakers {
  private mentions: Mention[] = [];

  constructor(private readonly text: string) {}

  /** Remembers a speaker named at `at`; returns the name to show (a surname becomes the full name given earlier). */
  add(name: string, at: number): string {
    const full = this.fullName(name, at);
    const before = this.text.slice(Math.max(0, at - 24), at);
    const known = this.mentions.find((mention) => mention.name === full);
    const described = describe(full, before);
    this.mentions.push({ name: full, at, ...described, gender: described.gender ?? known?.gender ?? null });
    return full;
  }

  /**
   * "Brandt" → "Klaus Brandt" when the article named a Klaus Brandt before `at` (as a speaker or
   * anywhere in its text); otherwise the name as given.
   */
  fullName(name: string, at: number): string {
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return name;
    const speaker = this.mentions.find(
      (mention) => mention.kind === "person" && mention.name.split(/\s+/).length >= 2 && mention.name.endsWith(` ${name}`),
    );
    if (speaker) return speaker.name;
    const first = this.firstFullName(name);
    return first && first.at < at ? first.name : name;
  }

  private fullNames = new Map<string, { name: string; at: number } | null>();

  /** The first "Klaus Brandt" (titles left out) anywhere in the text for the surname "Brandt", once per surname. */
  private firstFullName(surname: string): { name: string; at: number } | null {
    if (this.fullNames.has(surname)) return this.fullNames.get(surname)!;
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(
      String.raw`(?<![\p{L}])((?:(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.|(?:Dr|Mr|Mrs|Ms|Prof|St)\.)[^\S\n]+){1,3})${escaped}(?![\p{L}])`,
      "gu",
    );
    let found: { name: string; at: number } | null = null;
    // A word with a full stop is only an initial or an abbreviated title, so that a sentence
    // boundary never joins a name: "…, said Dr Hanne Vik. Vik said …" is not "Hanne Vik. Vik".
    for (const match of this.text.matchAll(pattern)) {
      const words = match[1]!.trim().split(/\s+/);
      // Titles before the first name are not part of it ("Health Minister Klaus Brandt").
      while (words.length > 0 && (TITLE_WORDS.has(words[0]!.toLowerCase()) || /^\p{Lu}\p{Ll}*\.$/u.test(words[0]!))) words.shift();
      if (words.length > 0 && !words.some((word) => TITLE_WORDS.has(word.toLowerCase()))) {
        found = { name: `${words.join(" ")} ${surname}`, at: match.index! };
        break;
      }
    }
    this.fullNames.set(surname, found);
    return found;
  }

  /**
   * The nearest speaker before `at` that fits the pronoun: "she" a woman (or a person of unknown
   * gender), "he" a man (likewise), "they" people or a body, "it" a body. Null when none fits.
   */
  resolve(pronoun: string, at: number): string | null {
    const lower = pronoun.toLowerCase();
    const fits = (mention: Mention, strict: boolean) => {
      if (lower === "she" || lower === "he") {
        if (mention.kind !== "person") return false;
        const want = lower === "she" ? "female" : "male";
        return strict ? mention.gender === want : mention.gender === null;
      }
      if (lower === "they") return strict ? mention.kind === "group" : mention.kind === "body";
      return strict ? mention.kind === "body" : false;
    };
    const earlier = this.mentions.filter((mention) => mention.at < at);
    // A speaker of the right gender wins over a nearer one whose gender is not known, unless that
    // nearer one is the last speaker of all ("The minister said … She added …").
    for (const strict of [true, false]) {
      for (let i = earlier.length - 1; i >= 0; i--) if (fits(earlier[i]!, strict)) return earlier[i]!.name;
    }
    return null;
  }
}

const TITLE_WORDS = new Set(
  (
    "minister prime deputy president vice senator representative mayor governor dr professor mr mrs ms miss sir dame lady general " +
    "chancellor secretary chief judge justice commissioner ambassador spokesperson spokesman spokeswoman director chairman chairwoman " +
    "chair ceo economist treasurer speaker councillor councilor leader sheriff inspector superintendent captain colonel lieutenant " +
    "sergeant officer premier king queen prince princess rabbi reverend father bishop pope adviser advisor analyst executive head " +
    "founder finance health foreign interior defence defense justice education transport labour labor trade economy opposition " +
    "former acting party state federal national"
  ).split(" "),
);
