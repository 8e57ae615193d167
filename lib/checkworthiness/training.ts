/**
 * Training the check-worthiness model: logistic regression on hashed features, fitted with
 * FTRL-proximal (per-coordinate learning rates, L1 + L2), several seeded passes in shuffled order;
 * k-fold cross-validation and the F1-best threshold. Used by scripts/claims/train.ts.
 */
import type { SparseVector } from "./features";

export type TrainOptions = {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  /** Loss weight of a "Yes" example (1: as many as a "No"). */
  positiveWeight: number;
  seed: number;
};

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, x))));

export function logit(vector: SparseVector, weights: Float32Array, bias: number): number {
  let sum = bias;
  const { indices, values } = vector;
  for (let k = 0; k < indices.length; k++) sum += weights[indices[k]!]! * values[k]!;
  return sum;
}

export function trainLogistic(
  vectors: SparseVector[],
  labels: boolean[],
  dimension: number,
  options: TrainOptions,
): { weights: Float32Array; bias: number } {
  const { alpha, beta, l1, l2 } = options;
  const z = new Float64Array(dimension + 1);
  const n = new Float64Array(dimension + 1);
  const biasIndex = dimension;
  const random = seededRandom(options.seed);
  const weightOf = (i: number, useL1: boolean) => {
    const zi = z[i]!;
    const l1i = useL1 ? l1 : 0;
    if (Math.abs(zi) <= l1i) return 0;
    return -(zi - Math.sign(zi) * l1i) / ((beta + Math.sqrt(n[i]!)) / alpha + l2);
  };
  const order = vectors.map((_, i) => i);
  const current = new Float64Array(256);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const row of shuffled(order, random)) {
      const { indices, values } = vectors[row]!;
      let sum = weightOf(biasIndex, false);
      const wBias = sum;
      const w = indices.length <= current.length ? current : new Float64Array(indices.length);
      for (let k = 0; k < indices.length; k++) {
        w[k] = weightOf(indices[k]!, true);
        sum += w[k]! * values[k]!;
      }
      const y = labels[row] ? 1 : 0;
      const g = (sigmoid(sum) - y) * (y ? options.positiveWeight : 1);
      // Bias, then each feature: FTRL-proximal update of z and n.
      {
        const sigma = (Math.sqrt(n[biasIndex]! + g * g) - Math.sqrt(n[biasIndex]!)) / alpha;
        z[biasIndex]! += g - sigma * wBias;
        n[biasIndex]! += g * g;
      }
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k]!;
        const gi = g * values[k]!;
        const sigma = (Math.sqrt(n[i]! + gi * gi) - Math.sqrt(n[i]!)) / alpha;
        z[i]! += gi - sigma * w[k]!;
        n[i]! += gi * gi;
      }
    }
  }
  const weights = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++) weights[i] = weightOf(i, true);
  return { weights, bias: weightOf(biasIndex, false) };
}

export type Counts = { tp: number; fp: number; fn: number; tn: number };
export type Scores = Counts & { precision: number; recall: number; f1: number };

export function scoresAt(scores: ArrayLike<number>, labels: boolean[], threshold: number): Scores {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const predicted = scores[i]! >= threshold;
    if (predicted && labels[i]) c.tp++;
    else if (predicted) c.fp++;
    else if (labels[i]) c.fn++;
    else c.tn++;
  }
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** The threshold (a score seen in `scores`) with the best F1 of the "Yes" class. */
export function bestThreshold(scores: ArrayLike<number>, labels: boolean[]): { threshold: number; f1: number } {
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = labels.filter(Boolean).length;
  let tp = 0;
  let best = { threshold: 0.5, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]!]) tp++;
    const next = order[k + 1];
    // Only between distinct scores: everything at or above this score is "Yes".
    if (next !== undefined && scores[next]! === scores[order[k]!]!) continue;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > best.f1) best = { threshold: scores[order[k]!]!, f1 };
  }
  return best;
}

/** Stratified fold number (0..k-1) of each example, seeded. */
export function stratifiedFolds(labels: boolean[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const folds = new Array<number>(labels.length);
  for (const wanted of [true, false]) {
    const members = shuffled(
      labels.map((label, i) => (label === wanted ? i : -1)).filter((i) => i >= 0),
      random,
    );
    members.forEach((index, position) => {
      folds[index] = position % k;
    });
  }
  return folds;
}
