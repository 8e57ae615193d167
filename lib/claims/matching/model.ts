import { FEATURES, type FeatureName, type PreparedCandidate } from "./features";

/**
 * The re-ranker: a linear score over the pair features, calibrated to a probability (see
 * trainRanker), trained on CheckThat! 2020 task 2
 * (tweets matched to checked claims) by `npm run eval:matching -- --write`. Its output is the
 * probability that the candidate is the claim the text repeats; `sameThreshold` is where, out of
 * fold on the training queries, the best candidate was the right one 9 times in 10.
 */
export type MatchingModel = {
  features: FeatureName[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** At or above: "likely the same claim" (unless a figure, year, name, negation or direction differs). */
  sameThreshold: number;
  /** Below: not shown at all. */
  relatedThreshold: number;
};

export function featureVector(row: PreparedCandidate, names: readonly FeatureName[] = FEATURES): number[] {
  return names.map((name) => row.features[name]);
}

export function scoreRow(model: MatchingModel, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

type Trained = Omit<MatchingModel, "sameThreshold" | "relatedThreshold">;

/** One query's candidates (feature rows) and which of them are the claim it repeats. */
export type RankingGroup = { rows: number[][]; relevant: boolean[] };

/**
 * Learns the re-ranker in two steps, both by Newton's method (a few dozen features, so each step
 * solves a small linear system exactly: deterministic, no learning rate):
 *   1. a linear ranking score, listwise: the softmax over each query's candidates should put its
 *      mass on the right claim (conditional logit; L2 penalty `l2`). Pointwise logistic
 *      regression over all pairs ranked worse in cross-validation (decision 015);
 *   2. calibration (Platt): a logistic curve from that score to the probability that a candidate
 *      is the claim, fitted on every candidate, so scores mean the same from one query to another.
 */
export function trainRanker(groups: RankingGroup[], names: FeatureName[], options: { l2?: number; iterations?: number } = {}): Trained {
  const l2 = options.l2 ?? 1;
  const d = names.length;
  const all = groups.flatMap((group) => group.rows);
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of all) for (let i = 0; i < d; i++) mean[i]! += x[i]! / all.length;
  for (const x of all) for (let i = 0; i < d; i++) scale[i]! += (x[i]! - mean[i]!) ** 2 / all.length;
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]!) || 1;
  const standard = groups
    .filter((group) => group.relevant.some(Boolean))
    .map((group) => ({ rows: group.rows.map((x) => x.map((v, i) => (v - mean[i]!) / scale[i]!)), relevant: group.relevant }));

  /** The penalised negative log-likelihood of the right claims under each query's softmax. */
  const objective = (weights: number[]) => {
    let total = (l2 / 2) * weights.reduce((sum, v) => sum + v * v, 0);
    for (const group of standard) {
      const z = group.rows.map((x) => x.reduce((sum, v, i) => sum + v * weights[i]!, 0));
      const top = Math.max(...z);
      const logTotal = top + Math.log(z.reduce((sum, v) => sum + Math.exp(v - top), 0));
      const positives = group.relevant.filter(Boolean).length;
      z.forEach((v, n) => {
        if (group.relevant[n]) total -= (v - logTotal) / positives;
      });
    }
    return total;
  };
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < (options.iterations ?? 30); iteration++) {
    const gradient = w.map((v) => l2 * v);
    const hessian = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    for (const group of standard) {
      const z = group.rows.map((x) => x.reduce((sum, v, i) => sum + v * w[i]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / total);
      const positives = group.relevant.filter(Boolean).length;
      const expected = new Array<number>(d).fill(0);
      group.rows.forEach((x, n) => x.forEach((v, i) => (expected[i]! += p[n]! * v)));
      group.rows.forEach((x, n) => {
        for (let i = 0; i < d; i++) {
          if (group.relevant[n]) gradient[i]! -= x[i]! / positives;
          for (let j = 0; j <= i; j++) hessian[i]![j]! += p[n]! * x[i]! * x[j]!;
        }
      });
      gradient.forEach((_, i) => (gradient[i]! += expected[i]!));
      for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) hessian[i]![j]! -= expected[i]! * expected[j]!;
    }
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) hessian[i]![j] = hessian[j]![i]!;
    const step = solve(hessian, gradient);
    let t = 1;
    while (t > 1e-6 && objective(w.map((v, i) => v - t * step[i]!)) > objective(w)) t /= 2;
    w = w.map((v, i) => v - t * step[i]!);
    if (t * Math.max(...step.map(Math.abs)) < 1e-7) break;
  }

  // Platt scaling of the linear score s: p = sigmoid(a·s + b), fitted on every candidate; Newton
  // steps are halved until the log-likelihood improves (s spans a wide range, so a full step can
  // overshoot into saturation).
  let a = 0;
  let b = 0;
  const scored = standard.flatMap((group) =>
    group.rows.map((x, n) => ({ s: x.reduce((sum, v, i) => sum + v * w[i]!, 0), y: group.relevant[n] ? 1 : 0 })),
  );
  const logLikelihood = (pa: number, pb: number) =>
    scored.reduce((sum, { s, y }) => {
      const z = pa * s + pb;
      return sum + y * z - (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
    }, 0);
  let current = logLikelihood(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (const { s, y } of scored) {
      const p = 1 / (1 + Math.exp(-(a * s + b)));
      const r = p * (1 - p);
      ga += (p - y) * s;
      gb += p - y;
      haa += r * s * s;
      hab += r * s;
      hbb += r;
    }
    const [da, db] = solve(
      [
        [haa, hab],
        [hab, hbb],
      ],
      [ga, gb],
    );
    let t = 1;
    while (t > 1e-6 && logLikelihood(a - t * da!, b - t * db!) < current) t /= 2;
    a -= t * da!;
    b -= t * db!;
    const next = logLikelihood(a, b);
    if (next - current < 1e-9) break;
    current = next;
  }
  return { features: names, mean, scale, bias: b, weights: w.map((v) => v * a) };
}

/** Gaussian elimination with partial pivoting (the system is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= n; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}
