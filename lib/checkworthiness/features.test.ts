import { describe, expect, it } from "vitest";
import { featureDimension, featurise, featureDot, type FeatureSettings } from "./features";

const settings: FeatureSettings = { bits: 18, wordNgrams: 2, charNgrams: [3, 5], cues: true, groupWeights: { word: 1, char: 1, cue: 1 } };
const sentence = "Officials said unemployment fell to 4.1% in 1998, costing $3 billion.";

const asPairs = (v: { indices: Int32Array; values: Float32Array }) => Array.from(v.indices, (index, k) => [index, v.values[k]]);

describe("featurise", () => {
  it("gives the same vector for the same sentence, whatever came before", () => {
    const first = asPairs(featurise(sentence, settings));
    featurise("Thank you all for being here tonight, and a very long sentence after it to grow the buffers ".repeat(20), settings);
    expect(asPairs(featurise(sentence, settings))).toEqual(first);
  });

  it("keeps indices inside the hash dimension", () => {
    for (const bits of [10, 18, 20]) {
      const { indices } = featurise(sentence, { ...settings, bits });
      expect(indices.length).toBeGreaterThan(100);
      for (const index of indices) expect(index >= 0 && index < 2 ** bits).toBe(true);
    }
  });

  it("scales each group to its weight", () => {
    const words = featurise("alpha beta gamma delta", {
      ...settings,
      charNgrams: null,
      cues: false,
      groupWeights: { word: 2, char: 1, cue: 1 },
    });
    // 4 unigrams + 5 bigrams (with sentence start and end), no repeats: length 2.
    expect(words.indices.length).toBe(9);
    expect(Math.hypot(...words.values)).toBeCloseTo(2, 5);
  });

  it("treats every number alike but tells numbers from words", () => {
    const a = asPairs(featurise("Prices rose 3.5 percent in 2019.", settings));
    expect(asPairs(featurise("Prices rose 7.2 percent in 2021.", settings))).toEqual(a);
    expect(asPairs(featurise("Prices rose by percent in 2021.", settings))).not.toEqual(a);
  });

  it("ignores case in word and character n-grams (capitals inside a sentence are a cue)", () => {
    const noCues = { ...settings, cues: false };
    expect(asPairs(featurise("prices ROSE in Ohio", noCues))).toEqual(asPairs(featurise("Prices rose in ohio", noCues)));
    expect(asPairs(featurise("prices rose in Ohio", settings))).not.toEqual(asPairs(featurise("prices rose in ohio", settings)));
  });

  it("adds number cues: a percentage weighs on different features than the same sentence without it", () => {
    const cuesOnly: FeatureSettings = { ...settings, wordNgrams: 0, charNgrams: null };
    const withPercent = new Set(featurise("Unemployment fell to 4 percent.", cuesOnly).indices);
    const without = new Set(featurise("Unemployment fell a lot.", cuesOnly).indices);
    expect([...withPercent].filter((i) => !without.has(i)).length).toBeGreaterThanOrEqual(3);
  });

  it("scores with the same features it returns", () => {
    const weights = new Float32Array(2 ** settings.bits).map((_, i) => Math.sin(i));
    const { indices, values } = featurise(sentence, settings);
    let expected = 0;
    indices.forEach((index, k) => (expected += weights[index]! * values[k]!));
    expect(featureDot(sentence, settings, weights)).toBeCloseTo(expected, 4);
  });

  it("copes with empty and non-Latin text", () => {
    expect(featurise("", settings).indices.length).toBeGreaterThan(0);
    expect(() => featurise("Ölpreise stiegen um 5 % — 油价上涨。", settings)).not.toThrow();
  });

  it("adds a unit-length GloVe sentence vector after the hashed features, the same for the same words", () => {
    const withVectors: FeatureSettings = { ...settings, vectors: { weight: 1, sif: 100, dimensions: 100 } };
    expect(featureDimension(withVectors)).toBe(2 ** 18 + 100);
    const dense = (text: string) => {
      const { indices, values } = featurise(text, withVectors);
      return Array.from(indices, (index, k) => [index, values[k]!] as const).filter(([index]) => index >= 2 ** 18);
    };
    const a = dense("Unemployment fell sharply last year.");
    expect(a.map(([index]) => index)).toEqual(Array.from({ length: 100 }, (_, d) => 2 ** 18 + d));
    expect(Math.hypot(...a.map(([, value]) => value))).toBeCloseTo(1, 5);
    expect(dense("UNEMPLOYMENT fell sharply last year")).toEqual(a);
    // Related words, related vectors: closer to a sentence about jobs than to one about football.
    const dot = (x: typeof a, y: typeof a) => x.reduce((sum, [, value], d) => sum + value * y[d]![1], 0);
    expect(dot(a, dense("Joblessness dropped steeply in 2023."))).toBeGreaterThan(dot(a, dense("The striker scored twice tonight.")));
    // No known word: no vector features.
    expect(dense("Zzqx 42 %")).toEqual([]);
  });

  it("adds stance cues only when asked", () => {
    const stance: FeatureSettings = { ...settings, wordNgrams: 0, charNgrams: null, stanceCues: true };
    const plain = featurise("The bill will pass next month.", { ...stance, stanceCues: false }).indices.length;
    expect(featurise("The bill will pass next month.", stance).indices.length).toBe(plain + 9);
  });
});
