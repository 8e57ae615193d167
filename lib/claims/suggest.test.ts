import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CheckworthinessModel } from "@/lib/checkworthiness/model";
import { suggestClaims, trimClaim, type SuggestedClaim } from "./suggest";

/**
 * A stand-in model so that these tests are about sentences, attribution and spans, not about the
 * learned weights: sentences with a digit score 0.9, others 0.2, threshold 0.5.
 */
const testModel: CheckworthinessModel = {
  threshold: 0.5,
  score: (sentence) => (/\d/.test(sentence) ? 0.9 : 0.2),
  scoreMany: (sentences) => sentences.map((sentence) => (/\d/.test(sentence) ? 0.9 : 0.2)),
};

/** Candidates in reading order (the tests compare spans, not ranking). */
function candidates(text: string): SuggestedClaim[] {
  return suggestClaims(text, { all: true, model: testModel }).sort((a, b) => a.start - b.start);
}

function expectExactSpans(text: string, claims: SuggestedClaim[]) {
  for (const claim of claims) {
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(text.slice(claim.sentenceStart, claim.sentenceEnd)).toBe(claim.sentence);
    expect(claim.start).toBeGreaterThanOrEqual(claim.sentenceStart);
    expect(claim.end).toBeLessThanOrEqual(claim.sentenceEnd);
  }
}

type Expected = [claimant: string | null, claim: string];

/** Hand-written, fictional sentences: sentence → the claims it should yield, claimant first. */
const SENTENCES: [string, Expected[]][] = [
  // Reporting verb, no "that"
  ["Iraqi officials maintained the deal reflects preexisting measures.", [["Iraqi officials", "the deal reflects preexisting measures"]]],
  [
    "The central bank noted inflation had eased to 2.4 percent in March.",
    [["The central bank", "inflation had eased to 2.4 percent in March"]],
  ],
  ["The company insisted its products were safe.", [["The company", "its products were safe"]]],
  ["Defence lawyers contended the evidence had been planted.", [["Defence lawyers", "the evidence had been planted"]]],
  ["The agency stated the water was safe to drink.", [["The agency", "the water was safe to drink"]]],
  ["The government says unemployment is at a record low.", [["The government", "unemployment is at a record low"]]],
  // Reporting verb + "that"
  ["The mayor said that the new bridge cost 40 million euros.", [["The mayor", "the new bridge cost 40 million euros"]]],
  ["Economists stressed that the recovery remained fragile.", [["Economists", "the recovery remained fragile"]]],
  ["The report emphasised that carbon emissions fell for a third year.", [["The report", "carbon emissions fell for a third year"]]],
  ["The governor emphasized that no taxes would rise.", [["The governor", "no taxes would rise"]]],
  [
    "The prime minister asserted that the country had the fastest growing economy in Europe.",
    [["The prime minister", "the country had the fastest growing economy in Europe"]],
  ],
  ["The study suggested that one in five children lives in poverty.", [["The study", "one in five children lives in poverty"]]],
  ["The department acknowledged that the project was two years late.", [["The department", "the project was two years late"]]],
  ["The senator has repeatedly claimed that the border wall is finished.", [["The senator", "the border wall is finished"]]],
  [
    "Vessmark Energy announced that its new plant would power 80,000 homes.",
    [["Vessmark Energy", "its new plant would power 80,000 homes"]],
  ],
  [
    "The auditors argued that the contract had cost taxpayers 12 million.",
    [["The auditors", "the contract had cost taxpayers 12 million"]],
  ],
  ["Teachers' unions warned that class sizes had grown by a fifth.", [["Teachers' unions", "class sizes had grown by a fifth"]]],
  [
    "The coach added that the stadium had sold out for the first time since 2009.",
    [["The coach", "the stadium had sold out for the first time since 2009"]],
  ],
  ["Health officials pointed out that measles cases had doubled.", [["Health officials", "measles cases had doubled"]]],
  // Listener and adjuncts between the verb and the content
  ["Police warned residents that burglaries had tripled since January.", [["Police", "burglaries had tripled since January"]]],
  [
    "Opposition leader Marek Novak told reporters on Monday that hospital waiting lists had doubled.",
    [["Marek Novak", "hospital waiting lists had doubled"]],
  ],
  ["The ministry said in a statement that no schools had closed.", [["The ministry", "no schools had closed"]]],
  [
    "Senator Holt wrote on social media that the bill would cut taxes for 90 percent of families.",
    [["Holt", "the bill would cut taxes for 90 percent of families"]],
  ],
  [
    "The harbour authority said at a press conference on Friday that cargo volumes fell by 7 percent.",
    [["The harbour authority", "cargo volumes fell by 7 percent"]],
  ],
  // Titles, descriptions and appositions
  [
    "Finance Minister Lena Ortiz said the deficit fell to 2.1 percent last year.",
    [["Lena Ortiz", "the deficit fell to 2.1 percent last year"]],
  ],
  ["Lena Ortiz, the finance minister, argued that taxes had not risen.", [["Lena Ortiz", "taxes had not risen"]]],
  ["The union's president, Ana Ruiz, warned that wages had stagnated for a decade.", [["Ana Ruiz", "wages had stagnated for a decade"]]],
  ["On Tuesday, the health ministry announced that 12 new clinics would open.", [["the health ministry", "12 new clinics would open"]]],
  [
    "Dr. Ingrid Sandvik noted that the vaccine had been tested on 30,000 volunteers.",
    [["Ingrid Sandvik", "the vaccine had been tested on 30,000 volunteers"]],
  ],
  ["Union officials, however, warned that 300 jobs were at risk.", [["Union officials", "300 jobs were at risk"]]],
  [
    "Transport Minister Felix Holt called the decision a mistake and said the government had offered 5 million kronor.",
    [["Felix Holt", "the government had offered 5 million kronor"]],
  ],
  // "According to"
  [
    "According to the Kestria statistics office, exports rose 12 percent in 2024.",
    [["the Kestria statistics office", "exports rose 12 percent in 2024"]],
  ],
  [
    "Exports rose 12 percent in 2024, according to the Kestria statistics office.",
    [["the Kestria statistics office", "Exports rose 12 percent in 2024"]],
  ],
  [
    "The river is cleaner than at any time since 1950 according to Valdor University.",
    [["Valdor University", "The river is cleaner than at any time since 1950"]],
  ],
  // "X's statement that …"
  ["Critics questioned the minister's claim that the tunnel cost 2 billion euros.", [["the minister", "the tunnel cost 2 billion euros"]]],
  ["Auditors rejected Mayor Brandt's statement that the budget was balanced.", [["Brandt", "the budget was balanced"]]],
  [
    "The operator's claim that it received no state aid was false, Holt said.",
    [["Holt", "The operator's claim that it received no state aid was false"]],
  ],
  // Reversed forms
  ["Unemployment fell to 4 percent, the minister said.", [["the minister", "Unemployment fell to 4 percent"]]],
  ["Unemployment fell to 4 percent, said Interior Minister Karl Brenner.", [["Karl Brenner", "Unemployment fell to 4 percent"]]],
  [
    "The harbour handled 2 million containers last year, the port authority said on Monday.",
    [["the port authority", "The harbour handled 2 million containers last year"]],
  ],
  // Quoted speech
  ['"The hospital has 400 beds," the director told the committee.', [["the director", "The hospital has 400 beds"]]],
  ["\u201cWe will not raise taxes,\u201d said Mayor Odile Brandt.", [["Odile Brandt", "We will not raise taxes"]]],
  [
    '"Our schools are the best in the region," Ortiz said, citing a survey of parents.',
    [["Ortiz", "Our schools are the best in the region"]],
  ],
  ['Mayor Brandt said: "We built 300 homes in four years."', [["Brandt", "We built 300 homes in four years"]]],
  // Pronouns without an earlier speaker stay unknown
  ["The deficit is the largest in a decade, he said.", [[null, "The deficit is the largest in a decade"]]],
  ["They said the ferry service had carried 2 million passengers.", [[null, "the ferry service had carried 2 million passengers"]]],
  // Coordination: separate assertions split, coordinated phrases stay together
  [
    "Unemployment fell, but wages rose by only 1 percent.",
    [
      [null, "Unemployment fell"],
      [null, "wages rose by only 1 percent"],
    ],
  ],
  [
    "Rents rose by 15 percent, while wages stayed flat.",
    [
      [null, "Rents rose by 15 percent"],
      [null, "wages stayed flat"],
    ],
  ],
  ["Food prices and energy bills rose sharply last winter.", [[null, "Food prices and energy bills rose sharply last winter"]]],
  [
    "The city had 12,000 homeless people in 2023 and 15,000 in 2024.",
    [[null, "The city had 12,000 homeless people in 2023 and 15,000 in 2024"]],
  ],
  [
    "The minister said crime fell by 10 percent, and burglaries halved.",
    [
      ["The minister", "crime fell by 10 percent"],
      ["The minister", "burglaries halved"],
    ],
  ],
  [
    "The minister claimed that the railway was built on time; the auditor found it was three years late.",
    [
      ["The minister", "the railway was built on time"],
      ["the auditor", "it was three years late"],
    ],
  ],
  [
    "The minister said crime fell by 10 percent, and argued that prisons were full.",
    [
      ["The minister", "crime fell by 10 percent"],
      ["The minister", "prisons were full"],
    ],
  ],
  [
    "Economists warned that the recovery was fragile, but said inflation would fall below 2 percent.",
    [
      ["Economists", "the recovery was fragile"],
      ["Economists", "inflation would fall below 2 percent"],
    ],
  ],
  // A dateline is not part of the claim
  [
    "VALDOR \u2014 The tram line carries 60,000 passengers a day, the mayor said.",
    [["the mayor", "The tram line carries 60,000 passengers a day"]],
  ],
  // No attribution: the whole sentence without its final punctuation
  ["The council has spent 3 million on consultants since 2020.", [[null, "The council has spent 3 million on consultants since 2020"]]],
  ["Residents gathered outside the town hall on Monday morning.", [[null, "Residents gathered outside the town hall on Monday morning"]]],
  // A denial does not assert its content; an attribution inside the content keeps the sentence whole
  ["The minister denied that the files were lost.", [[null, "The minister denied that the files were lost"]]],
  ["Prices, the office said, rose by 3 percent.", [["the office", "Prices, the office said, rose by 3 percent"]]],
];

describe("attribution and span rules", () => {
  it("has at least 40 hand-written sentences", () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SENTENCES)("%s", (sentence, expected) => {
    const claims = candidates(sentence);
    expect(claims.map((claim) => [claim.claimant, claim.text])).toEqual(expected);
    expectExactSpans(sentence, claims);
    for (const claim of claims) expect(claim.sentence).toBe(sentence);
  });
});

describe("trimClaim", () => {
  const trimmed = (text: string) => {
    const { start, end } = trimClaim(text, 0, text.length);
    return text.slice(start, end);
  };

  it("drops a leading that, quotes, dashes and trailing punctuation", () => {
    expect(trimmed(' that the plan worked." ')).toBe("the plan worked");
    expect(trimmed("\u201cRates rose?!\u201d")).toBe("Rates rose");
    expect(trimmed("\u2018Rates rose,\u2019")).toBe("Rates rose");
    expect(trimmed("\u2014 prices fell \u2026")).toBe("prices fell");
  });

  it("keeps an apostrophe that ends a word", () => {
    expect(trimmed("wages rose for the workers'")).toBe("wages rose for the workers'");
  });
});

describe("pronouns across sentences", () => {
  it("resolves he/she/they/it to the nearest preceding speaker that fits (it: a body, not a person)", () => {
    const text = [
      "Finance Minister Lena Ortiz said the deficit fell to 2.1 percent.",
      '"Debt is falling too," she said.',
      "Opposition leader Marek Novak said the figures were wrong.",
      "He added that 40,000 jobs had been lost.",
      "The Kestria Statistics Office published its report on Friday.",
      "It said exports had risen for a fifth year.",
    ].join(" ");
    const claims = candidates(text);
    expect(claims.map((claim) => [claim.claimant, claim.text])).toEqual([
      ["Lena Ortiz", "the deficit fell to 2.1 percent"],
      ["Lena Ortiz", "Debt is falling too"],
      ["Marek Novak", "the figures were wrong"],
      ["Marek Novak", "40,000 jobs had been lost"],
      [null, "The Kestria Statistics Office published its report on Friday"],
      ["The Kestria Statistics Office", "exports had risen for a fifth year"],
    ]);
    expectExactSpans(text, claims);
  });

  it("counts a named subject as a possible speaker, gives a surname its full name and keeps the speaker of a quotation that goes on", () => {
    const text = [
      "The mayor of Valdor, Ilse Marrow, welcomed the report.",
      "The tram line carries 60,000 passengers a day, she said.",
      '"We built it in two years," Marrow said.',
      '"Not a single bus route was cut."',
      "",
      '"The figures are wrong."',
    ]
      .join(" ")
      .replace("  ", "\n\n");
    expect(candidates(text).map((claim) => [claim.claimant, claim.text])).toEqual([
      [null, "The mayor of Valdor, Ilse Marrow, welcomed the report"],
      ["Ilse Marrow", "The tram line carries 60,000 passengers a day"],
      ["Ilse Marrow", "We built it in two years"],
      ["Ilse Marrow", "Not a single bus route was cut"],
      [null, "The figures are wrong"],
    ]);
  });

  it('does not take a description ("the ministry") as the named speaker', () => {
    const text = "Mayor Odile Brandt said the bridge was finished. The ministry said it was not. She said 300 workers had built it.";
    const claims = candidates(text);
    expect(claims.at(-1)).toMatchObject({ claimant: "Odile Brandt", text: "300 workers had built it" });
  });

  it("leaves the claimant unknown when no speaker came before", () => {
    expect(candidates("It said the new line carries 50,000 passengers a day.")[0]).toMatchObject({ claimant: null });
  });
});

describe("offsets", () => {
  it("are UTF-16 offsets into the text as given, with CRLF line endings, emoji and curly quotes", () => {
    const text =
      "Deficit falls again \u{1F4F0}\r\n\r\nFinance Minister Lena Ortiz said the deficit fell to 2.1 percent \u{1F4C9}.\r\n" +
      "\u201cThe port handled 2 million containers \u{1F6A2} in 2024,\u201d she said.\r\nUnemployment fell to 4 percent, the minister said.";
    const claims = candidates(text);
    expectExactSpans(text, claims);
    expect(claims.map((claim) => claim.text)).toEqual([
      "Deficit falls again \u{1F4F0}",
      "the deficit fell to 2.1 percent \u{1F4C9}",
      "The port handled 2 million containers \u{1F6A2} in 2024",
      "Unemployment fell to 4 percent",
    ]);
    expect(claims[1]!.start).toBe(text.indexOf("the deficit"));
    expect(claims[2]!.claimant).toBe("Lena Ortiz");
    for (const claim of claims) expect(claim.sentence).not.toMatch(/[\r\n]/);
  });

  it("splits at line breaks (headlines have no full stop) but not inside a hard-wrapped sentence", () => {
    const text = "Bridge costs doubled\nThe new bridge cost 40 million euros,\nthe mayor said.";
    expect(candidates(text).map((claim) => [claim.claimant, claim.text])).toEqual([
      [null, "Bridge costs doubled"],
      ["the mayor", "The new bridge cost 40 million euros"],
    ]);
  });

  it("skips headings and bylines without a verb or a number", () => {
    expect(
      candidates("By Petra Lindqvist, Economics Correspondent\n\nThe bridge cost 40 million euros.").map((claim) => claim.text),
    ).toEqual(["The bridge cost 40 million euros"]);
  });

  it("returns nothing for empty or whitespace-only text", () => {
    expect(candidates("")).toEqual([]);
    expect(candidates(" \r\n\t ")).toEqual([]);
  });
});

describe("ranking and threshold", () => {
  const text = "Residents gathered outside the town hall. The bridge cost 40 million euros. The mood was calm and friendly.";

  it("returns only candidates at or above the threshold, best first; `all` adds the rest", () => {
    expect(suggestClaims(text, { model: testModel }).map((claim) => claim.text)).toEqual(["The bridge cost 40 million euros"]);
    const all = suggestClaims(text, { all: true, model: testModel });
    expect(all.map((claim) => claim.score)).toEqual([0.9, 0.2, 0.2]);
    expect(all[0]!.text).toBe("The bridge cost 40 million euros");
  });
});

describe("npm run claims:suggest", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-suggest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/claims/suggest.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });

  it("prints JSON claims with offsets into the file's text (BOM removed, CRLF kept)", () => {
    const file = path.join(dir, "article.txt");
    const text =
      "Finance Minister Lena Ortiz said the deficit fell to 2.1 percent last year.\r\n\r\n\u201cWe built 300 homes \u{1F3E0} in 2024,\u201d she said.\r\n";
    writeFileSync(file, `\uFEFF${text}`, "utf8");
    const result = run("--file", file, "--all");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const claims = JSON.parse(result.stdout) as {
      text: string;
      claimant: string | null;
      score: number;
      start: number;
      end: number;
      sentence: string;
    }[];
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const claim of claims) {
      expect(Object.keys(claim).sort()).toEqual(["claimant", "end", "score", "sentence", "start", "text"]);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.score).toBeGreaterThanOrEqual(0);
      expect(claim.score).toBeLessThanOrEqual(1);
    }
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: "the deficit fell to 2.1 percent last year", claimant: "Lena Ortiz" }),
        expect.objectContaining({ text: "We built 300 homes \u{1F3E0} in 2024", claimant: "Lena Ortiz" }),
      ]),
    );
    for (let i = 1; i < claims.length; i++) expect(claims[i - 1]!.score).toBeGreaterThanOrEqual(claims[i]!.score);

    const withoutAll = JSON.parse(run("--file", file).stdout) as { score: number }[];
    expect(withoutAll.length).toBeLessThanOrEqual(claims.length);
  });

  it("names sentences not in English on stderr, and proposes nothing from them", () => {
    const file = path.join(dir, "mixed.txt");
    const text = "The bridge cost 40 million euros, the mayor said.\n\nقال الوزير إن الميزانية ارتفعت بنسبة 12 بالمئة العام الماضي.";
    writeFileSync(file, text, "utf8");
    const result = run("--file", file, "--all");
    expect(result.status).toBe(0);
    const start = text.indexOf("قال");
    expect(result.stderr).toBe(`claims:suggest: not scored: Arabic, ${start}–${text.length}\n`);
    expect((JSON.parse(result.stdout) as { text: string }[]).map((claim) => claim.text)).toEqual(["The bridge cost 40 million euros"]);
  });

  it("explains a missing file on stderr and prints nothing on stdout", () => {
    const result = run("--file", path.join(dir, "missing.txt"));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/cannot read .*missing\.txt: no such file/);
    const noArgument = run();
    expect(noArgument.status).toBe(2);
    expect(noArgument.stderr).toMatch(/--file is required/);
  });
});
