import { describe, expect, it } from "vitest";
import { featurise, type FeatureSettings } from "./features";
import { bestThreshold, logit, scoresAt, sigmoid, stratifiedFolds, trainLogistic, type TrainOptions } from "./training";

const settings: FeatureSettings = { bits: 14, wordNgrams: 2, charNgrams: [3, 5], cues: true, groupWeights: { word: 1, char: 1, cue: 1 } };
const options: TrainOptions = { alpha: 0.3, beta: 1, l1: 0, l2: 1, epochs: 5, positiveWeight: 1, seed: 7 };
const worthy = [
  "Taxes rose 12 percent in 2019.",
  "The deficit doubled to $2 trillion.",
  "Crime fell by a third since 2010.",
  "We lost 40,000 jobs last year.",
  "Prices are up 9 percent.",
];
const unworthy = [
  "Thank you very much.",
  "I think we can do better.",
  "Let me finish, please.",
  "Good evening, everyone.",
  "I hope you will join us.",
];
const sentences = [...worthy, ...unworthy];
const labels = sentences.map((_, i) => i < worthy.length);

describe("trainLogistic", () => {
  it("is deterministic for a seed and learns a separable toy problem", () => {
    const vectors = sentences.map((s) => featurise(s, settings));
    const a = trainLogistic(vectors, labels, 2 ** settings.bits, options);
    const b = trainLogistic(vectors, labels, 2 ** settings.bits, options);
    expect(Array.from(b.weights)).toEqual(Array.from(a.weights));
    expect(b.bias).toBe(a.bias);
    const scores = vectors.map((v) => sigmoid(logit(v, a.weights, a.bias)));
    expect(scoresAt(scores, labels, 0.5).f1).toBe(1);
  });
});

describe("threshold and folds", () => {
  it("picks the threshold with the best F1 of Yes", () => {
    const scores = [0.9, 0.8, 0.7, 0.6, 0.2, 0.1];
    const truth = [true, true, false, true, false, false];
    // At 0.6: 3 true Yes, 1 false Yes → F1 = 6/7; at 0.8: 2 true Yes, 1 missed → F1 = 0.8.
    expect(bestThreshold(scores, truth)).toEqual({ threshold: 0.6, f1: 6 / 7 });
    expect(scoresAt(scores, truth, 0.6)).toMatchObject({ tp: 3, fp: 1, fn: 0, tn: 2 });
  });

  it("spreads each class evenly over the folds, the same way for the same seed", () => {
    const many = Array.from({ length: 103 }, (_, i) => i % 4 === 0);
    const folds = stratifiedFolds(many, 5, 1);
    expect(stratifiedFolds(many, 5, 1)).toEqual(folds);
    for (let fold = 0; fold < 5; fold++) {
      const yes = many.filter((label, i) => label && folds[i] === fold).length;
      expect(yes === 5 || yes === 6).toBe(true);
    }
  });
});
