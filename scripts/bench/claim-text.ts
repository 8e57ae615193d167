/**
 * Fictional, news-style text for the claims benchmark (scripts/bench/claims.ts): varied claims and
 * long articles, reproducible from a seed. All names and places are made up.
 */

/** A small seeded PRNG (mulberry32), so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "val",
  "kes",
  "tria",
  "mer",
  "id",
  "or",
  "har",
  "bour",
  "ald",
  "brin",
  "dor",
  "sel",
  "vik",
  "ost",
  "ran",
  "kel",
  "mor",
  "tal",
  "wen",
  "lund",
];
const FIRST = [
  "Ilse",
  "Mattias",
  "Celia",
  "Rafael",
  "Jonah",
  "Ingrid",
  "Piet",
  "Nadia",
  "Tomas",
  "Greta",
  "Anton",
  "Lena",
  "Marek",
  "Sofia",
  "Emil",
  "Hanna",
  "Oskar",
  "Vera",
  "Felix",
  "Mira",
];
const LAST = [
  "Marrow",
  "Rendl",
  "Brannigan",
  "Oduya",
  "Petrakis",
  "Sandvik",
  "Haldane",
  "Holt",
  "Varga",
  "Lindqvist",
  "Okafor",
  "Moreau",
  "Novak",
  "Brenner",
  "Castell",
  "Duarte",
  "Eklund",
  "Ortiz",
];
const TITLES = [
  "Finance Minister",
  "Health Minister",
  "Mayor",
  "Senator",
  "opposition leader",
  "the union's president",
  "Governor",
  "the central bank's chief economist",
  "Interior Minister",
  "spokesperson",
];
const SUBJECTS = [
  "unemployment",
  "violent crime",
  "the budget deficit",
  "inflation",
  "hospital waiting times",
  "rents",
  "electricity prices",
  "the number of nurses",
  "school attendance",
  "youth unemployment",
  "carbon emissions",
  "the national debt",
  "petrol prices",
  "the murder rate",
  "housing starts",
  "exports to the north",
  "tourism revenue",
  "the prison population",
  "bus ridership",
  "measles cases",
  "average wages",
  "the minimum wage",
  "pension spending",
  "the defence budget",
  "asylum applications",
  "road deaths",
  "wind power output",
  "coal imports",
  "student fees",
  "food prices",
  "mortgage rates",
  "child poverty",
];
const PLACES_SUFFIX = ["ia", "a", "en", "or", "mere", "land", "stad"];
const CHANGE = ["rose", "fell", "doubled", "halved", "increased", "dropped", "climbed", "declined", "tripled", "stayed flat"];
const UNITS = ["percent", "per cent", "points", "million", "billion", "thousand"];
const TIMES = [
  "last year",
  "since 2019",
  "between 2018 and 2023",
  "in the past decade",
  "over five years",
  "this quarter",
  "since the election",
  "in 2024",
  "during the pandemic",
  "under the previous government",
];
const EXTRAS = [
  "the highest level on record",
  "the lowest since records began",
  "more than any other region",
  "according to official figures",
  "despite the new spending",
  "while wages stagnated",
  "after the reform took effect",
  "faster than in neighbouring countries",
  "the first such fall in a decade",
  "which cost taxpayers more than expected",
];
const OTHER_CLAIMS = [
  "{place} has more {noun} per person than any other country in the region",
  "The new {noun} programme created {n} jobs in its first year",
  "Every household in {place} will pay {n} more a year for {noun}",
  "{place} spends twice as much on {noun} as on schools",
  "No {noun} has been built in {place} since {year}",
  "The government cut funding for {noun} by {n} {unit}",
  "Half of all {noun} in {place} are now run by private firms",
  "The {noun} reform saved {n} {unit} in its first two years",
  "{place} is the only region where {noun} fell during the crisis",
  "More people now work in {noun} than in farming",
];
const NOUNS = [
  "hospitals",
  "bridges",
  "wind farms",
  "schools",
  "prisons",
  "railways",
  "libraries",
  "clinics",
  "power plants",
  "ports",
  "housing",
  "child care",
  "police stations",
  "water pipes",
  "ferries",
];

export class TextGenerator {
  constructor(private readonly random: () => number) {}

  pick<T>(items: readonly T[], skew = 1): T {
    return items[Math.floor(Math.pow(this.random(), skew) * items.length)]!;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  place(): string {
    const name = this.pick(SYLLABLES) + this.pick(SYLLABLES) + this.pick(PLACES_SUFFIX);
    return name[0]!.toUpperCase() + name.slice(1);
  }

  person(): string {
    return `${this.pick(FIRST)} ${this.pick(LAST)}`;
  }

  titledPerson(): string {
    return `${this.pick(TITLES)} ${this.person()}`;
  }

  number(): string {
    const r = this.random();
    if (r < 0.4) return String(this.int(2, 95));
    if (r < 0.7) return `${this.int(1, 40)}.${this.int(1, 9)}`;
    return this.int(1000, 250000).toLocaleString("en-GB");
  }

  /** One checkable, claim-like sentence without final punctuation. */
  claim(): string {
    if (this.random() < 0.3) {
      const template = this.pick(OTHER_CLAIMS);
      return template
        .replace("{place}", this.place())
        .replace("{noun}", this.pick(NOUNS))
        .replace("{n}", this.number())
        .replace("{unit}", this.pick(UNITS))
        .replace("{year}", String(this.int(1990, 2022)));
    }
    const subject = this.pick(SUBJECTS, 1.5);
    const where = this.random() < 0.6 ? ` in ${this.place()}` : "";
    const change = this.pick(CHANGE);
    const amount = change === "stayed flat" ? "" : ` by ${this.number()} ${this.pick(UNITS, 1.4)}`;
    const extra = this.random() < 0.4 ? `, ${this.pick(EXTRAS)}` : "";
    const sentence = `${subject}${where} ${change}${amount} ${this.pick(TIMES)}${extra}`;
    return sentence[0]!.toUpperCase() + sentence.slice(1);
  }

  /** A news sentence: a claim, attributed in one of the common ways, or plain narrative. */
  newsSentence(): string {
    const claim = this.claim();
    const lower = claim[0]!.toLowerCase() + claim.slice(1);
    switch (this.int(0, 9)) {
      case 0:
        return `${this.titledPerson()} said ${lower}.`;
      case 1:
        return `"${claim}," ${this.person()} told reporters.`;
      case 2:
        return `${claim}, according to the ${this.place()} statistics office.`;
      case 3:
        return `${this.person()} argued that ${lower}, but critics disputed the figures.`;
      case 4:
        return `The ministry insisted that ${lower}.`;
      case 5:
        return `${claim}, she said.`;
      case 6:
        return `Residents gathered outside the town hall on ${this.pick(["Monday", "Tuesday", "Friday", "Saturday"])} morning.`;
      case 7:
        return `The meeting lasted ${this.int(2, 5)} hours and ended without a vote.`;
      default:
        return `${claim}.`;
    }
  }

  /** A news-style article of about `words` words in paragraphs. */
  article(words: number): string {
    const paragraphs: string[] = [];
    let count = 0;
    while (count < words) {
      const sentences: string[] = [];
      for (let i = this.int(2, 5); i > 0; i--) {
        const sentence = this.newsSentence();
        sentences.push(sentence);
        count += sentence.split(/\s+/).length;
      }
      paragraphs.push(sentences.join(" "));
    }
    return paragraphs.join("\n\n") + "\n";
  }
}
