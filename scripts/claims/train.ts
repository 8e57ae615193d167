/**
 * `npm run claims:train -- --data DIR [--out lib/checkworthiness/weights.json] [--folds 5]`
 *
 * Trains the check-worthiness model on DIR/ct24_english_train.tsv (CLEF CheckThat! 2024, English)
 * plus our own hand-labelled news sentences (lib/checkworthiness/news-sentences.tsv):
 * 1. k-fold cross-validation (stratified, seeded) of each candidate configuration on the training
 *    split only, printing F1 of the "Yes" class at the threshold that is best over all
 *    out-of-fold scores; the dev split is never looked at here (scripts/claims/eval.ts reports it);
 * 2. the best configuration is trained on all training sentences, and its weights and the
 *    cross-validated threshold are written to --out. Deterministic: same data, same file.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { calibrate, calibrationError, fitPlatt, reliability } from "@/lib/checkworthiness/calibration";
import { featureDimension, featureDot, featurise, type FeatureSettings, type SparseVector } from "@/lib/checkworthiness/features";
import { readLabelledSentences, TsvError, type LabelledSentence } from "@/lib/checkworthiness/tsv";
import { bestThreshold, logit, scoresAt, sigmoid, stratifiedFolds, trainLogistic, type TrainOptions } from "@/lib/checkworthiness/training";
import { encodeMember, WEIGHTS_FORMAT, type Member, type WeightsFile } from "@/lib/checkworthiness/weights";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const NEWS_SENTENCES = path.join(PROJECT_ROOT, "lib/checkworthiness/news-sentences.tsv");
const TRAIN_FILE = "ct24_english_train.tsv";
/** The weight of our news sentences in fitting the calibration (the CheckThat! sentences: the rest). */
const NEWS_CALIBRATION_SHARE = 0.5;

type Candidate = { name: string; settings: FeatureSettings; options: TrainOptions };

const FEATURES: FeatureSettings = { bits: 18, wordNgrams: 2, charNgrams: [3, 5], cues: true, groupWeights: { word: 1, char: 1, cue: 1 } };
const OPTIONS: TrainOptions = { alpha: 0.3, beta: 1, l1: 0, l2: 1, epochs: 10, positiveWeight: 1, seed: 7 };

/** The configurations compared by cross-validation (the first ones are the baselines). */
const SHIPPED_007: FeatureSettings = { ...FEATURES, charNgrams: [2, 5] };
const PASSES_15: TrainOptions = { ...OPTIONS, epochs: 15 };
const CANDIDATES: Candidate[] = [
  { name: "words 1-2 + chars 2-5 + cues, 15 passes (decision 007)", settings: SHIPPED_007, options: PASSES_15 },
  { name: "+ stance cues", settings: { ...SHIPPED_007, stanceCues: true }, options: PASSES_15 },
  { name: "+ GloVe SIF vector", settings: { ...SHIPPED_007, vectors: { weight: 1, sif: 100, dimensions: 100 } }, options: PASSES_15 },
  {
    name: "+ GloVe SIF vector + stance cues",
    settings: { ...SHIPPED_007, stanceCues: true, vectors: { weight: 1, sif: 100, dimensions: 100 } },
    options: PASSES_15,
  },
];

function fail(message: string): never {
  console.error(`claims:train: ${message}`);
  process.exit(1);
}

function log(message: string) {
  console.error(message);
}

export function readTrainingData(dataDir: string): { checkThat: LabelledSentence[]; news: LabelledSentence[] } {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new TsvError(`the data folder ${dataDir} does not exist (give --data DIR, the folder with ${TRAIN_FILE})`);
  }
  const checkThat = readLabelledSentences(path.join(dataDir, TRAIN_FILE));
  const news = existsSync(NEWS_SENTENCES) ? readLabelledSentences(NEWS_SENTENCES) : [];
  return { checkThat, news };
}

type Evaluated = {
  candidate: Candidate;
  /** On the raw logit scale. */
  threshold: number;
  f1: number;
  foldF1: number[];
  newsF1: number;
  seconds: number;
  /** Out-of-fold logits of every training sentence. */
  outOfFold: Float64Array;
  /** CPU µs to featurise and score a sentence (warm). */
  microseconds: number;
};

function crossValidate(candidate: Candidate, sentences: LabelledSentence[], isNews: boolean[], folds: number[], k: number): Evaluated {
  const started = Date.now();
  const vectors = sentences.map((s) => featurise(s.text, candidate.settings));
  const labels = sentences.map((s) => s.worthy);
  const outOfFold = new Float64Array(sentences.length);
  let lastModel: { weights: Float32Array; bias: number } | undefined;
  for (let fold = 0; fold < k; fold++) {
    const train = sentences.map((_, i) => i).filter((i) => folds[i] !== fold);
    const model = trainLogistic(
      train.map((i) => vectors[i]!),
      train.map((i) => labels[i]!),
      featureDimension(candidate.settings),
      candidate.options,
    );
    sentences.forEach((_, i) => {
      if (folds[i] === fold) outOfFold[i] = logit(vectors[i]!, model.weights, model.bias);
    });
    if (fold === 0) lastModel = model;
  }
  const sample = sentences.slice(0, 3000).map((s) => s.text);
  const cpu = process.cpuUsage();
  for (const text of sample) sigmoid(lastModel!.bias + featureDot(text, candidate.settings, lastModel!.weights));
  const used = process.cpuUsage(cpu);
  const microseconds = (used.user + used.system) / sample.length;
  // The threshold and F1 are those of the CheckThat! sentences (what the lab scores); the news
  // sentences are reported at that threshold.
  const ct = sentences.map((_, i) => i).filter((i) => !isNews[i]);
  const { threshold, f1 } = bestThreshold(
    ct.map((i) => outOfFold[i]!),
    ct.map((i) => labels[i]!),
  );
  const foldF1 = Array.from({ length: k }, (_, fold) => {
    const members = ct.filter((i) => folds[i] === fold);
    return scoresAt(
      members.map((i) => outOfFold[i]!),
      members.map((i) => labels[i]!),
      threshold,
    ).f1;
  });
  const news = sentences.map((_, i) => i).filter((i) => isNews[i]);
  const newsF1 =
    news.length > 0
      ? scoresAt(
          news.map((i) => outOfFold[i]!),
          news.map((i) => labels[i]!),
          threshold,
        ).f1
      : NaN;
  return { candidate, threshold, f1, foldF1, newsF1, seconds: (Date.now() - started) / 1000, outOfFold, microseconds };
}

function main() {
  const { values } = parseArgs({
    options: { data: { type: "string" }, out: { type: "string" }, folds: { type: "string" } },
  });
  if (!values.data) fail(`--data DIR is required (the folder with ${TRAIN_FILE}, e.g. ../shared/data/checkworthiness)`);
  const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, "lib/checkworthiness/weights.json"));
  const k = Number(values.folds ?? 5);
  if (!Number.isInteger(k) || k < 2) fail("--folds must be a whole number of at least 2");

  let data: ReturnType<typeof readTrainingData>;
  try {
    data = readTrainingData(path.resolve(values.data));
  } catch (error) {
    if (error instanceof TsvError) fail(error.message);
    throw error;
  }
  const sentences = [...data.checkThat, ...data.news];
  const isNews = sentences.map((_, i) => i >= data.checkThat.length);
  const labels = sentences.map((s) => s.worthy);
  log(
    `Training sentences: ${data.checkThat.length} CheckThat! (${data.checkThat.filter((s) => s.worthy).length} Yes) + ${data.news.length} news (${data.news.filter((s) => s.worthy).length} Yes)`,
  );
  const folds = stratifiedFolds(labels, k, 20241);

  log(`\n${k}-fold cross-validation on the training split (F1 of "Yes" on the CheckThat! sentences at the pooled best threshold):`);
  log("| configuration | CV F1 | per fold | news F1 | CPU a sentence | time |");
  log("| --- | --- | --- | --- | --- | --- |");
  const results: Evaluated[] = [];
  for (const candidate of CANDIDATES) {
    const r = crossValidate(candidate, sentences, isNews, folds, k);
    results.push(r);
    log(
      `| ${candidate.name} | ${r.f1.toFixed(3)} | ${r.foldF1.map((f) => f.toFixed(3)).join(" ")} | ${r.newsF1.toFixed(3)} | ${r.microseconds.toFixed(0)} µs | ${r.seconds.toFixed(0)} s |`,
    );
  }
  const best = results.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  // Calibration: Platt scaling on the chosen configuration's out-of-fold logits (all training
  // sentences, the CheckThat! ones and ours); the threshold maps through it.
  // Articles are news, not debates: our news sentences weigh as much in the fit as all the
  // CheckThat! sentences together (NEWS_CALIBRATION_SHARE), so that the scores also mean what they
  // say on news, where a figure in a sentence makes the debate-trained model over-confident.
  const newsCount = isNews.filter(Boolean).length;
  const weights = isNews.map((news) =>
    newsCount === 0 ? 1 : news ? NEWS_CALIBRATION_SHARE / newsCount : (1 - NEWS_CALIBRATION_SHARE) / (isNews.length - newsCount),
  );
  const calibration = fitPlatt(best.outOfFold, labels, weights);
  const threshold = calibrate(best.threshold, calibration.a, calibration.b);
  const raw = Array.from(best.outOfFold, (x) => sigmoid(x));
  const calibrated = Array.from(best.outOfFold, (x) => calibrate(x, calibration.a, calibration.b));
  log(
    `\nChosen: ${best.candidate.name} (CV F1 ${best.f1.toFixed(3)}); Platt calibration a ${calibration.a.toFixed(3)}, b ${calibration.b.toFixed(3)}; threshold ${threshold.toFixed(3)} (calibrated).`,
  );
  for (const [domain, member] of [
    ["CheckThat!", (i: number) => !isNews[i]],
    ["news", (i: number) => isNews[i]!],
  ] as const) {
    const pick = <T>(xs: T[]) => xs.filter((_, i) => member(i));
    const [r, c, l] = [pick(raw), pick(calibrated), pick(labels)];
    const share95 = (scores: number[]) => ((scores.filter((p) => p >= 0.95).length / scores.length) * 100).toFixed(1);
    log(
      `Out of fold, ${domain}: expected calibration error ${calibrationError(r, l).toFixed(3)} before, ${calibrationError(c, l).toFixed(3)} after; scores ≥ 0.95: ${share95(r)}% before, ${share95(c)}% after.`,
    );
    log(
      `  reliability after (bin: sentences, mean score, share Yes): ${reliability(c, l, 5)
        .bins.map((bin) => `${bin.from.toFixed(1)}: ${bin.count}, ${bin.meanScore.toFixed(2)}, ${bin.shareYes.toFixed(2)}`)
        .join("; ")}`,
    );
  }
  log(`Training on all ${sentences.length} sentences…`);

  const vectors: SparseVector[] = sentences.map((s) => featurise(s.text, best.candidate.settings));
  const fitted = trainLogistic(vectors, labels, featureDimension(best.candidate.settings), best.candidate.options);
  const member: Member = { settings: best.candidate.settings, bias: fitted.bias, weights: fitted.weights };
  const file: WeightsFile = {
    format: WEIGHTS_FORMAT,
    threshold: Number(threshold.toFixed(6)),
    calibration: { a: Number(calibration.a.toFixed(6)), b: Number(calibration.b.toFixed(6)) },
    about: {
      model:
        "logistic regression (FTRL-proximal) on hashed features (and a GloVe sentence vector when configured); score = sigmoid(a × mean logit of members + b), Platt-calibrated out of fold",
      configuration: best.candidate.name,
      options: best.candidate.options,
      trainedOn: { checkThatTrain: data.checkThat.length, news: data.news.length },
      crossValidation: { folds: k, f1: Number(best.f1.toFixed(4)), foldF1: best.foldF1.map((f) => Number(f.toFixed(4))) },
      calibration: { method: "Platt, out of fold", newsShare: NEWS_CALIBRATION_SHARE },
    },
    members: [encodeMember(member)],
  };
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  log(
    `Wrote ${path.relative(process.cwd(), out)} (${(JSON.stringify(file).length / 1024).toFixed(0)} kB, ${file.members[0]!.count} non-zero weights).`,
  );
}

main();
