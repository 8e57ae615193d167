import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../db/embedded";
import {
  alignSpans,
  GoldDataError,
  loadGoldSet,
  normaliseClaimant,
  parseGoldArticle,
  scoreArticle,
  summarise,
  tokenF1,
  tokensOf,
  wordTokens,
  type GoldArticle,
} from "./suggest-gold";

const dir = mkdtempSync(path.join(tmpdir(), "factdesk-suggest-gold-"));

const TEXT =
  'Brandt said funding fell by 300 million crowns and that waiting lists had doubled. "We will fix this," he said. The bill will pass next month.';

/** An article's JSON; `claims` are unchecked, to write bad ones too. */
function article(claims: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ id: "tiny", split: "train", title: "Tiny", text: TEXT, claims, ...extra });
}

const GOLD = [
  { text: "funding fell by 300 million crowns", claimant: "Tomas Brandt", checkworthy: true },
  { text: "waiting lists had doubled", claimant: "Tomas Brandt", checkworthy: true },
  { text: "The bill will pass next month", claimant: "", checkworthy: false },
];

/** A suggestion over the exact text `span` of TEXT. */
function at(span: string, claimant: string | null) {
  const start = TEXT.indexOf(span);
  if (start < 0 || TEXT.indexOf(span, start + 1) >= 0) throw new Error(`not once: ${span}`);
  return { start, end: start + span.length, claimant };
}

describe("the gold set loader", () => {
  it("finds each claim's offsets from its exact text", () => {
    const parsed = parseGoldArticle(article(GOLD), "tiny.json");
    expect(parsed.claims.map(({ start, end }) => [start, end])).toEqual([
      [12, 46],
      [56, 81],
      [112, 141],
    ]);
    for (const claim of parsed.claims) expect(TEXT.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("fails loudly on a span that is missing, repeated, padded or given twice, and on bad fields", () => {
    const fails = (json: string) => () => parseGoldArticle(json, "bad.json");
    expect(fails(article([{ text: "funding rose", claimant: "", checkworthy: true }]))).toThrow(
      'bad.json: claims[0] "funding rose": not found in the article text',
    );
    expect(fails(article([{ text: "said", claimant: "", checkworthy: true }]))).toThrow(
      'bad.json: claims[0] "said": found 2 times in the article text (make the span unique)',
    );
    expect(fails(article([{ text: " waiting lists", claimant: "", checkworthy: true }]))).toThrow(/starts or ends with whitespace/);
    expect(fails(article([GOLD[0]!, GOLD[0]!]))).toThrow("bad.json: claims[0] and claims[1] are the same span");
    expect(fails(article(GOLD, { split: "dev" }))).toThrow(/^bad\.json: split: /);
    expect(fails(article([{ text: "waiting lists", claimant: "", checkworthy: "yes" }]))).toThrow(/claims\.0\.checkworthy/);
    expect(fails(article([{ text: "waiting lists", claimant: "", checkworthy: true, start: 3 }]))).toThrow(/claims\.0/);
    expect(fails("{ not json")).toThrow(/^bad\.json: not JSON/);
    expect(fails(article(GOLD))).not.toThrow();
  });

  it("reads every *.json of a folder, sorted by id, and refuses duplicate ids and empty folders", () => {
    const folder = path.join(dir, "set");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "b.json"), article(GOLD, { id: "b" }));
    writeFileSync(path.join(folder, "a.json"), article(GOLD, { id: "a", split: "test" }));
    writeFileSync(path.join(folder, "README.md"), "not an article");
    expect(loadGoldSet(folder).map((a) => [a.id, a.split, a.file])).toEqual([
      ["a", "test", "a.json"],
      ["b", "train", "b.json"],
    ]);
    writeFileSync(path.join(folder, "c.json"), article(GOLD, { id: "a" }));
    expect(() => loadGoldSet(folder)).toThrow(/id a is also the id of/);
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    expect(() => loadGoldSet(empty)).toThrow(GoldDataError);
    expect(() => loadGoldSet(path.join(dir, "absent"))).toThrow(/no such folder/);
  });

  it("loads the shipped gold set: 30+ articles of 300–700 words, 400+ claims, both splits", () => {
    const articles = loadGoldSet(path.join(PROJECT_ROOT, "scripts", "claims", "suggest-gold"));
    expect(articles.length).toBeGreaterThanOrEqual(30);
    const claims = articles.flatMap((a) => a.claims);
    expect(claims.length).toBeGreaterThanOrEqual(400);
    expect(claims.filter((c) => c.checkworthy).length).toBeGreaterThanOrEqual(300);
    expect(claims.filter((c) => !c.checkworthy).length).toBeGreaterThanOrEqual(100);
    expect(articles.filter((a) => a.split === "test").length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((a) => a.split === "train").length).toBeGreaterThanOrEqual(20);
    for (const a of articles) {
      const words = a.text.split(/\s+/).filter(Boolean).length;
      expect(words, a.id).toBeGreaterThanOrEqual(300);
      expect(words, a.id).toBeLessThanOrEqual(700);
      for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe("the metrics", () => {
  const gold: GoldArticle = parseGoldArticle(article(GOLD), "tiny.json");
  const glued = at("funding fell by 300 million crowns and that waiting lists had doubled", "Brandt");
  const bill = at("The bill will pass next month", null);
  const lists = at("waiting lists had doubled", "tomas  BRANDT");

  it("counts word tokens by position and scores token F1", () => {
    const tokens = wordTokens(TEXT);
    expect(tokens).toHaveLength(26);
    const claim = tokensOf(tokens, gold.claims[0]!);
    expect([...claim]).toEqual([2, 3, 4, 5, 6, 7]);
    // A span cutting into a word still counts that word.
    expect([...tokensOf(tokens, { start: 14, end: 22 })]).toEqual([2, 3]); // "nding fe"
    const sentence = tokensOf(tokens, { start: 0, end: 82 });
    expect(sentence.size).toBe(14);
    expect(tokenF1(sentence, claim)).toBeCloseTo((2 * (6 / 14)) / (6 / 14 + 1), 12); // 0.6
    expect(tokenF1(claim, claim)).toBe(1);
    expect(tokenF1(claim, tokensOf(tokens, gold.claims[2]!))).toBe(0);
  });

  it("pairs suggestions and gold claims one to one, best token F1 first", () => {
    const tokens = wordTokens(TEXT);
    const predicted = [glued, bill, lists].map((s) => tokensOf(tokens, s));
    const goldTokens = gold.claims.slice(0, 2).map((c) => tokensOf(tokens, c));
    expect(alignSpans(predicted, goldTokens)).toEqual([
      { p: 0, g: 0, f1: 2 / 3, shared: 6 },
      { p: 2, g: 1, f1: 1, shared: 4 },
    ]);
  });

  it("normalises claimants: case, spacing, curly apostrophes, a leading 'the'", () => {
    expect(normaliseClaimant("The  Health Ministry")).toBe("health ministry");
    expect(normaliseClaimant("Kestria’s government")).toBe("kestria's government");
    expect(normaliseClaimant(null)).toBe("");
    expect(normaliseClaimant("Theo Berg")).toBe("theo berg");
  });

  it("scores an article: span F1 over tokens, claimant accuracy over pairs, recall@k, non-claims shown", () => {
    const score = scoreArticle(gold, [glued, bill, lists]);
    expect(score).toMatchObject({
      goldCheckworthy: 2,
      suggested: 3,
      sharedTokens: 10,
      predictedTokens: 22,
      goldTokens: 10,
      claimantRight: 1,
      claimantPairs: 2,
      k: 10,
      foundAtK: 2,
      nonClaims: 1,
      nonClaimsShown: 1,
      // The bill (rank 1) is below both check-worthy claims (rank 0, through the glued suggestion).
      orderPairs: 2,
      orderRight: 2,
    });
    expect(score.wrongClaimant).toEqual([{ gold: gold.claims[0], suggested: "Brandt" }]);
    const one = summarise([score]);
    expect(one.precision).toBeCloseTo(10 / 22, 12);
    expect(one.recall).toBe(1);
    expect(one.spanF1).toBeCloseTo(0.625, 12);
    expect(one.claimantAccuracy).toBe(0.5);
    expect(one.recallAtK).toBe(1);
    expect(one.rankingOrder).toBe(1);
  });

  it("ranking order: check-worthy claims above non-claims, the same suggestion half, neither ranked not counted", () => {
    // The bill first; the funding claim unranked (below everything), the lists second.
    expect(scoreArticle(gold, [bill, lists])).toMatchObject({ orderPairs: 2, orderRight: 0 });
    // The lists above the bill; the funding claim unranked, below it.
    expect(scoreArticle(gold, [lists, bill])).toMatchObject({ orderPairs: 2, orderRight: 1 });
    expect(scoreArticle(gold, [])).toMatchObject({ orderPairs: 0, orderRight: 0 });
    expect(summarise([scoreArticle(gold, [])]).rankingOrder).toBe(0);
    // One suggestion over a claim and a quote of feeling finds both (token F1 2/3 each): half.
    const quoted = parseGoldArticle(
      article([GOLD[0]!, GOLD[1]!, { text: "We will fix this", claimant: "Tomas Brandt", checkworthy: false }]),
      "q.json",
    );
    const tie = scoreArticle(quoted, [at('waiting lists had doubled. "We will fix this', null)]);
    expect(tie).toMatchObject({ orderPairs: 2, orderRight: 0.5, nonClaimsShown: 1, foundAtK: 1 });
  });

  it("recall@k looks at the first k suggestions only, k = max(minimum, gold check-worthy claims)", () => {
    // k = max(1, 2) = 2: the bill and the waiting lists; the funding claim is third.
    const score = scoreArticle(gold, [bill, lists, glued], 1);
    expect(score.k).toBe(2);
    expect(score.foundAtK).toBe(1);
    expect(score.missed.map((c) => c.text)).toEqual(["funding fell by 300 million crowns"]);
    // A whole sentence gluing two claims finds the shorter one only when its token F1 reaches 0.5.
    const sentence = at('Brandt said funding fell by 300 million crowns and that waiting lists had doubled. "We', "Tomas Brandt");
    const glues = scoreArticle(gold, [sentence]);
    expect(glues.foundAtK).toBe(1); // F1 with the funding claim 2·6/(15+6) = 0.571; with the lists 8/19 = 0.421
    expect(glues.missed.map((c) => c.text)).toEqual(["waiting lists had doubled"]);
    expect(scoreArticle(gold, []).foundAtK).toBe(0);
  });

  it("adds up articles (micro) and also averages recall@k per article (macro)", () => {
    const a = scoreArticle(gold, [glued, bill, lists]);
    const b = scoreArticle(gold, [bill]);
    const both = summarise([a, b]);
    expect(both.precision).toBeCloseTo(10 / 28, 12);
    expect(both.recall).toBeCloseTo(10 / 20, 12);
    expect(both.claimantAccuracy).toBe(0.5);
    expect(both.recallAtK).toBe(0.5);
    expect(both.recallAtKMacro).toBe(0.5);
    const c = scoreArticle(gold, [lists]);
    expect(summarise([a, c]).recallAtK).toBe(0.75);
    expect(summarise([]).spanF1).toBe(0);
  });
});

describe("npm run eval:suggest", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "claims", "eval-suggest.ts"), ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });

  it("prints per-article and overall figures for a split", () => {
    const folder = path.join(dir, "cli");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "tiny.json"), article(GOLD));
    writeFileSync(path.join(folder, "other.json"), article(GOLD, { id: "other", split: "test" }));
    const result = run(["--data", folder, "--split", "train", "--verbose"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^tiny +2 +\d+ /m);
    expect(result.stdout).not.toMatch(/^other /m);
    expect(result.stdout).toMatch(/^train: 1 articles, 2 check-worthy claims, \d+ suggestions$/m);
    expect(result.stdout).toMatch(/^span F1 [01]\.\d{3} \(precision [01]\.\d{3}, recall [01]\.\d{3}, over tokens\)$/m);
    expect(result.stdout).toMatch(/^claimant accuracy [01]\.\d{3} \(\d+\/\d+ matched claims\)$/m);
    expect(result.stdout).toMatch(/^non-claims shown \d\/1 .*; ranking order [01]\.\d{3} /m);
    expect(result.stdout).toMatch(/^recall@k [01]\.\d{3} \(\d\/2; mean of articles [01]\.\d{3}; k = max\(10, check-worthy claims\)\)$/m);
  });

  it("refuses bad data and bad arguments on stderr with exit 1", () => {
    const folder = path.join(dir, "cli-bad");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "bad.json"), article([{ text: "funding rose", claimant: "", checkworthy: true }]));
    const bad = run(["--data", folder]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe('eval:suggest: bad.json: claims[0] "funding rose": not found in the article text\n');
    const none = run([]);
    expect(none.stderr).toMatch(/^eval:suggest: --data is required/);
    expect(none.status).toBe(1);
    const split = run(["--data", folder, "--split", "dev"]);
    expect(split.status).toBe(1);
    expect(split.stderr).toMatch(/--split must be train, test or all/);
  });
});
