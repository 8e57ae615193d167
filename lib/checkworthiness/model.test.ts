import { describe, expect, it } from "vitest";
import { featurise } from "./features";
import { checkworthinessModel, modelFromWeights } from "./model";
import { decodeMember, encodeMember, WEIGHTS_FORMAT } from "./weights";
import shipped from "./weights.json";

describe("the shipped check-worthiness model", () => {
  const model = checkworthinessModel();

  it("is one instance with a threshold strictly between 0 and 1", () => {
    expect(checkworthinessModel()).toBe(model);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it("scores every sentence in [0, 1], the same one by one or many at once", () => {
    const sentences = ["", "Yes.", "The deficit tripled to $1.4 trillion in 2009.", "Ölpreise stiegen um 5 %.", "word ".repeat(500)];
    const many = model.scoreMany(sentences);
    sentences.forEach((sentence, i) => {
      const score = model.score(sentence);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(many[i]).toBe(score);
    });
  });

  it("puts a statistical claim above the threshold and thanks below it", () => {
    expect(model.score("Unemployment fell to 3.5 percent last year, the lowest in 50 years.")).toBeGreaterThanOrEqual(model.threshold);
    expect(model.score("Thank you all for being here tonight.")).toBeLessThan(model.threshold);
  });

  it("recognises news-style reported claims and news-style non-claims", () => {
    expect(model.score("Officials said unemployment fell to 4.1% last year.")).toBeGreaterThanOrEqual(model.threshold);
    expect(model.score("The ministry reported that 12,000 homes were built in 2023, twice as many as in 2020.")).toBeGreaterThanOrEqual(
      model.threshold,
    );
    expect(model.score("I think we can do better, and I hope people will give us the chance.")).toBeLessThan(model.threshold);
    expect(model.score("The spokesperson did not reply to a request for comment.")).toBeLessThan(model.threshold);
  });

  it("ships only numbers and settings: no text beyond the field names", () => {
    expect(shipped.format).toBe(WEIGHTS_FORMAT);
    expect(JSON.stringify(shipped).length).toBeLessThan(3 * 1024 * 1024);
    for (const member of shipped.members) {
      expect(Object.keys(member).sort()).toEqual(["bias", "count", "indices", "scale", "settings", "values"]);
    }
  });
});

describe("weights encoding", () => {
  it("round-trips sparse weights within the int16 quantisation step", () => {
    const settings = { bits: 12, wordNgrams: 1, charNgrams: null, cues: false, groupWeights: { word: 1, char: 1, cue: 1 } };
    const weights = new Float32Array(2 ** 12);
    for (let i = 0; i < weights.length; i += 7) weights[i] = Math.sin(i) * 3;
    const encoded = encodeMember({ settings, bias: -0.5, weights });
    const decoded = decodeMember(encoded);
    expect(decoded.bias).toBe(-0.5);
    decoded.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!)).toBeLessThanOrEqual(encoded.scale));
  });

  it("scores with the sigmoid of the mean logit of its members", () => {
    const settings = { bits: 10, wordNgrams: 1, charNgrams: null, cues: false, groupWeights: { word: 1, char: 1, cue: 1 } };
    const weights = new Float32Array(2 ** 10).fill(0);
    const { indices, values } = featurise("tax", settings);
    weights[indices[0]!] = 2 / values[0]!;
    const model = modelFromWeights({
      format: WEIGHTS_FORMAT,
      threshold: 0.5,
      about: {},
      members: [encodeMember({ settings, bias: 0, weights }), encodeMember({ settings, bias: 1, weights: new Float32Array(2 ** 10) })],
    });
    expect(model.score("tax")).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 3);
    expect(model.score("other")).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 3);
  });
});
