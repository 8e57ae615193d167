import { describe, expect, it } from "vitest";
import { calibrate, calibrationError, fitPlatt } from "./calibration";
import { featureDot } from "./features";
import { checkworthinessModel } from "./model";
import { seededRandom, sigmoid } from "./training";
import { decodeMember, type WeightsFile } from "./weights";
import shipped from "./weights.json";

/** Logits of an over-confident model: the true probability is sigmoid(logit / 3 − 0.5). */
function overconfident(n: number, seed: number) {
  const random = seededRandom(seed);
  const logits: number[] = [];
  const labels: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = (random() - 0.5) * 24;
    logits.push(x);
    labels.push(random() < sigmoid(x / 3 - 0.5));
  }
  return { logits, labels };
}

describe("Platt calibration", () => {
  const { logits, labels } = overconfident(20000, 11);
  const { a, b } = fitPlatt(logits, labels);

  it("recovers the true scale and offset of an over-confident model", () => {
    expect(a).toBeCloseTo(1 / 3, 1);
    expect(b).toBeCloseTo(-0.5, 1);
  });

  it("is strictly increasing and stays inside (0, 1)", () => {
    let previous = -Infinity;
    for (let x = -40; x <= 40; x += 0.25) {
      const p = calibrate(x, a, b);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(p).toBeGreaterThan(previous);
      previous = p;
    }
  });

  it("lowers the calibration error of over-confident scores", () => {
    const raw = logits.map((x) => sigmoid(x));
    const calibrated = logits.map((x) => calibrate(x, a, b));
    expect(calibrationError(calibrated, labels)).toBeLessThan(0.02);
    expect(calibrationError(raw, labels)).toBeGreaterThan(calibrationError(calibrated, labels) * 3);
  });

  it("weighs sentences by the weights given, whatever their scale", () => {
    // Half the sentences follow the over-confident model, half a calibrated one; weighing the
    // first half 100 times as much fits (nearly) the first.
    const other = overconfident(20000, 5);
    const xs = [...logits, ...other.logits];
    const ys = [...labels, ...other.logits.map((x, i) => (i % 2 === 0) === x > 0)];
    for (const scale of [1, 1e-6]) {
      const weights = xs.map((_, i) => (i < logits.length ? 100 : 1) * scale);
      const fitted = fitPlatt(xs, ys, weights);
      expect(fitted.a).toBeCloseTo(1 / 3, 1);
      expect(fitted.b).toBeCloseTo(-0.5, 1);
    }
  });

  it("keeps the scores of a model that is already calibrated", () => {
    const random = seededRandom(3);
    const xs = Array.from({ length: 20000 }, () => (random() - 0.5) * 10);
    const ys = xs.map((x) => random() < sigmoid(x));
    const fitted = fitPlatt(xs, ys);
    expect(fitted.a).toBeCloseTo(1, 1);
    expect(fitted.b).toBeCloseTo(0, 1);
  });
});

describe("the shipped model's scores", () => {
  const model = checkworthinessModel();

  it("are calibrated probabilities in (0, 1), ordered like the model's logit", () => {
    const sentences = [
      "Thank you.",
      "I think we can do better.",
      "The bill will pass next month.",
      "Unemployment fell last year.",
      "Unemployment fell to 3.5 percent last year, the lowest in 50 years.",
    ];
    for (const score of model.scoreMany(sentences)) {
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(1);
    }
  });

  it("are the Platt-calibrated logit of the members, with the threshold on the same scale", () => {
    const file = shipped as unknown as WeightsFile;
    expect(file.calibration!.a).toBeGreaterThan(0);
    expect(model.threshold).toBe(file.threshold);
    const member = decodeMember(file.members[0]!);
    const sentence = "Exports grew by 4% in the third quarter, twice as fast as imports.";
    const logit = member.bias + featureDot(sentence, member.settings, member.weights);
    expect(model.score(sentence)).toBeCloseTo(calibrate(logit, file.calibration!.a, file.calibration!.b), 10);
  });
});
