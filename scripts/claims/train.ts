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
import { featurise, type FeatureSettings, type SparseVector } from "@/lib/checkworthiness/features";
import { readLabelledSentences, TsvError, type LabelledSentence } from "@/lib/checkworthiness/tsv";
import { bestThreshold, logit, scoresAt, sigmoid, stratifiedFolds, trainLogistic, type TrainOptions } from "@/lib/checkworthiness/training";
import { encodeMember, WEIGHTS_FORMAT, type Member, type WeightsFile } from "@/lib/checkworthiness/weights";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const NEWS_SENTENCES = path.join(PROJECT_ROOT, "lib/checkworthiness/news-sentences.tsv");
const TRAIN_FILE = "ct24_english_train.tsv";

type Candidate = { name: string; settings: FeatureSettings; options: TrainOptions };

const FEATURES: FeatureSettings = { bits: 18, wordNgrams: 2, charNgrams: [3, 5], cues: true, groupWeights: { word: 1, char: 1, cue: 1 } };
const OPTIONS: TrainOptions = { alpha: 0.3, beta: 1, l1: 0, l2: 1, epochs: 10, positiveWeight: 1, seed: 7 };

/** The configurations compared by cross-validation (the first ones are the baselines). */
const CANDIDATES: Candidate[] = [
  { name: "words 1-2", settings: { ...FEATURES, charNgrams: null, cues: false }, options: OPTIONS },
  { name: "words 1-2 + cues", settings: { ...FEATURES, charNgrams: null }, options: OPTIONS },
  { name: "words 1-2 + chars 3-5 + cues", settings: FEATURES, options: OPTIONS },
  { name: "words 1-3 + chars 3-5 + cues", settings: { ...FEATURES, wordNgrams: 3 }, options: OPTIONS },
  { name: "words 1-2 + chars 3-5 + cues ×2", settings: { ...FEATURES, groupWeights: { word: 1, char: 1, cue: 2 } }, options: OPTIONS },
  { name: "words 1-2 + chars 2-5 + cues, 15 passes", settings: { ...FEATURES, charNgrams: [2, 5] }, options: { ...OPTIONS, epochs: 15 } },
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

type Evaluated = { candidate: Candidate; threshold: number; f1: number; foldF1: number[]; newsF1: number; seconds: number };

function crossValidate(candidate: Candidate, sentences: LabelledSentence[], isNews: boolean[], folds: number[], k: number): Evaluated {
  const started = Date.now();
  const vectors = sentences.map((s) => featurise(s.text, candidate.settings));
  const labels = sentences.map((s) => s.worthy);
  const outOfFold = new Float64Array(sentences.length);
  for (let fold = 0; fold < k; fold++) {
    const train = sentences.map((_, i) => i).filter((i) => folds[i] !== fold);
    const model = trainLogistic(
      train.map((i) => vectors[i]!),
      train.map((i) => labels[i]!),
      2 ** candidate.settings.bits,
      candidate.options,
    );
    sentences.forEach((_, i) => {
      if (folds[i] === fold) outOfFold[i] = sigmoid(logit(vectors[i]!, model.weights, model.bias));
    });
  }
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
  return { candidate, threshold, f1, foldF1, newsF1, seconds: (Date.now() - started) / 1000 };
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
  log("| configuration | CV F1 | per fold | threshold | news F1 | time |");
  log("| --- | --- | --- | --- | --- | --- |");
  const results: Evaluated[] = [];
  for (const candidate of CANDIDATES) {
    const r = crossValidate(candidate, sentences, isNews, folds, k);
    results.push(r);
    log(
      `| ${candidate.name} | ${r.f1.toFixed(3)} | ${r.foldF1.map((f) => f.toFixed(3)).join(" ")} | ${r.threshold.toFixed(3)} | ${r.newsF1.toFixed(3)} | ${r.seconds.toFixed(0)} s |`,
    );
  }
  const best = results.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  log(
    `\nChosen: ${best.candidate.name} (CV F1 ${best.f1.toFixed(3)}, threshold ${best.threshold.toFixed(3)}); training on all ${sentences.length} sentences…`,
  );

  const vectors: SparseVector[] = sentences.map((s) => featurise(s.text, best.candidate.settings));
  const fitted = trainLogistic(vectors, labels, 2 ** best.candidate.settings.bits, best.candidate.options);
  const member: Member = { settings: best.candidate.settings, bias: fitted.bias, weights: fitted.weights };
  const file: WeightsFile = {
    format: WEIGHTS_FORMAT,
    threshold: Number(best.threshold.toFixed(6)),
    about: {
      model: "logistic regression (FTRL-proximal) on hashed features; score = sigmoid(mean logit of members)",
      configuration: best.candidate.name,
      options: best.candidate.options,
      trainedOn: { checkThatTrain: data.checkThat.length, news: data.news.length },
      crossValidation: { folds: k, f1: Number(best.f1.toFixed(4)), foldF1: best.foldF1.map((f) => Number(f.toFixed(4))) },
    },
    members: [encodeMember(member)],
  };
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  log(
    `Wrote ${path.relative(process.cwd(), out)} (${(JSON.stringify(file).length / 1024).toFixed(0)} kB, ${file.members[0]!.count} non-zero weights).`,
  );
}

main();
