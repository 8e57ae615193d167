/**
 * Calibration of the check-worthiness scores: Platt scaling, p = sigmoid(a × logit + b), fitted
 * by Newton's method on out-of-fold logits (scores of sentences the model did not train on), so
 * that a score of 70% means that about 70 in 100 training sentences so scored were check-worthy.
 * With a > 0 it is strictly increasing: the ranking and the F1 at the (mapped) threshold stay those
 * of the raw logit. Platt's smoothed targets ((positives + 1) / (positives + 2) and
 * 1 / (negatives + 2)) keep it from reaching 0 or 1. Optional weights per sentence let one domain
 * (our news sentences) count as much as another (the debates) although it has far fewer sentences.
 */
import { sigmoid } from "./training";

export type Calibration = { a: number; b: number };

export const calibrate = (logit: number, a: number, b: number) => sigmoid(a * logit + b);

export function fitPlatt(logits: ArrayLike<number>, labels: boolean[], weights?: ArrayLike<number>): Calibration {
  // Weights scaled to a mean of 1, so that the smoothed targets count sentences, not weights.
  let total = 0;
  if (weights) for (let i = 0; i < labels.length; i++) total += weights[i]!;
  const unit = weights && total > 0 ? labels.length / total : 1;
  const weightOf = (i: number) => (weights ? weights[i]! * unit : 1);
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]) positives += weightOf(i);
    else negatives += weightOf(i);
  }
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const loss = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i < labels.length; i++) {
      const z = a * logits[i]! + b;
      const t = labels[i] ? hi : lo;
      // −[t log σ(z) + (1 − t) log(1 − σ(z))], written stably.
      sum += weightOf(i) * (Math.max(z, 0) - t * z + Math.log1p(Math.exp(-Math.abs(z))));
    }
    return sum;
  };
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    // Gradient and Hessian of the log loss in (a, b).
    let ga = 0,
      gb = 0,
      haa = 0,
      hab = 0,
      hbb = 0;
    for (let i = 0; i < labels.length; i++) {
      const x = logits[i]!;
      const p = sigmoid(a * x + b);
      const weight = weightOf(i);
      const d = (p - (labels[i] ? hi : lo)) * weight;
      const w = Math.max(p * (1 - p), 1e-12) * weight;
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    haa += 1e-9;
    hbb += 1e-9;
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    // Backtracking: halve the Newton step until the loss does not grow.
    const before = loss(a, b);
    let step = 1;
    while (step > 1e-6 && loss(a - step * da, b - step * db) > before) step /= 2;
    a -= step * da;
    b -= step * db;
    if (Math.abs(step * da) < 1e-10 && Math.abs(step * db) < 1e-10) break;
  }
  return { a, b };
}

/**
 * Expected calibration error: the mean |share of "Yes" − mean score| over `bins` equal-width
 * score bins, weighted by their size.
 */
export function calibrationError(scores: ArrayLike<number>, labels: boolean[], bins = 10): number {
  return reliability(scores, labels, bins).error;
}

/** Per score bin: sentences, mean score and share of "Yes"; and the expected calibration error. */
export function reliability(scores: ArrayLike<number>, labels: boolean[], bins = 10) {
  const count = new Array<number>(bins).fill(0);
  const sum = new Array<number>(bins).fill(0);
  const yes = new Array<number>(bins).fill(0);
  for (let i = 0; i < labels.length; i++) {
    const bin = Math.min(bins - 1, Math.floor(scores[i]! * bins));
    count[bin]!++;
    sum[bin]! += scores[i]!;
    if (labels[i]) yes[bin]!++;
  }
  let error = 0;
  for (let k = 0; k < bins; k++) if (count[k]! > 0) error += Math.abs(yes[k]! - sum[k]!);
  return {
    error: error / Math.max(1, labels.length),
    bins: count.map((n, k) => ({ from: k / bins, count: n, meanScore: n > 0 ? sum[k]! / n : NaN, shareYes: n > 0 ? yes[k]! / n : NaN })),
  };
}
