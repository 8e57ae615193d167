import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/claims/suggest";
import { checkworthinessModel } from "./model";

/**
 * Ranking (issue 15 item 2): verifiable factual claims (figures, events, causal and comparative
 * statements) score above opinions, predictions, hopes and advice. Sentences written for these
 * tests (fictional), none of them in the training data.
 */
const FACTUAL = [
  "The regional government spent 40% more on roads last year than in 2020.",
  "Unemployment in the coastal provinces rose to 9.7% in March, the statistics office said.",
  "The closure of the paper mill cost 1,800 jobs, according to the union.",
  "Inflation fell for the third month in a row in October.",
  "Since the law was changed, asylum applications have dropped by a quarter.",
  "The hospital treated more patients in 2024 than in any year before.",
  "The new bridge was built for half of its original budget.",
  "Exports of timber tripled between 2019 and 2023.",
  "The court fined the company 4 million crowns for polluting the river.",
  "The senator voted against the same pension bill in 2021.",
];

const NOT_FACTUAL = [
  // opinion
  "It was a wonderful evening for everyone.",
  "Critics called the new stadium an embarrassment.",
  "I think this is the right decision for our town.",
  // prediction
  "The talks will probably collapse next week.",
  "Prices will rise again next year, he predicted.",
  // hope
  "The minister hopes the negotiations will succeed.",
  "We hope voters will give us another chance.",
  // advice and calls to act
  "Voters should read the plan carefully before they decide.",
  "The mayor urged residents to stay calm.",
  "We must do better for our children, she said.",
];

describe("ranking of check-worthy sentences", () => {
  const model = checkworthinessModel();
  const factual = model.scoreMany(FACTUAL);
  const other = model.scoreMany(NOT_FACTUAL);

  it("scores every factual claim above every opinion, prediction, hope and advice", () => {
    const lowestFactual = Math.min(...factual);
    NOT_FACTUAL.forEach((sentence, i) => {
      expect({ sentence, below: other[i]! < lowestFactual }).toEqual({ sentence, below: true });
    });
  });

  it("puts the factual claims at or above the threshold and the others below it", () => {
    FACTUAL.forEach((sentence, i) => expect({ sentence, worthy: factual[i]! >= model.threshold }).toEqual({ sentence, worthy: true }));
    NOT_FACTUAL.forEach((sentence, i) => expect({ sentence, worthy: other[i]! >= model.threshold }).toEqual({ sentence, worthy: false }));
  });
});

describe("suggestions for a pasted news article", () => {
  const text = readFileSync(path.join(import.meta.dirname, "fixtures/pasted-article.txt"), "utf8");
  const all = suggestClaims(text, { all: true });
  const scoreOf = (claim: string) => {
    const found = all.find((suggestion) => suggestion.text.includes(claim));
    if (!found) throw new Error(`no suggestion holds "${claim}"`);
    return found.score;
  };

  it("ranks the factual claims above the opinions, predictions, hopes and advice", () => {
    const factual = [
      "the national budget rose 12% last year",
      "health spending per person fell last year",
      "hospital funding had been cut by 300 million crowns",
      "the central bank kept its main rate at 3.5%",
      "Inflation eased to 2.8% in November",
      "Unemployment in the northern provinces rose to 11.2%",
      "cost 2,300 jobs",
      "the economy grew by 3.9% last year",
    ].map(scoreOf);
    const other = ["Economists were divided", "The forecast was optimistic", "The bill will pass next month", "We must act now"].map(
      (claim) => all.find((suggestion) => suggestion.text.includes(claim))?.score ?? 0,
    );
    expect(Math.max(...other)).toBeLessThan(Math.min(...factual));
  });

  it("gives every suggestion a probability strictly inside (0, 1)", () => {
    expect(suggestClaims(text).length).toBeGreaterThan(5);
    for (const suggestion of all) {
      expect(suggestion.score).toBeGreaterThan(0);
      expect(suggestion.score).toBeLessThan(1);
    }
  });
});
