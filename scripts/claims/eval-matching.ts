/**
 * `npm run eval:matching -- --data ../shared/data/claim-matching [--write] [--encoder-vectors DIR]`
 *
 * Measures the claim matcher on CheckThat! 2020 task 2 (tweets → checked claims). Everything is
 * chosen on the train queries by 5-fold cross-validation (folds by query); the dev queries are
 * scored once, for the final choice only. Prints MAP@5, MRR and recall@5.
 *
 * Routes measured (cross-validated MAP@5 on train):
 *   - BM25 on the claim text (the lexical candidates' order), and with the headline as second field;
 *   - meaning-vector cosine over every checked claim (no candidates): GloVe, and the Universal
 *     Sentence Encoder when --encoder-vectors names a folder of its vectors (see README);
 *   - the learned re-ranker (logistic regression) over feature sets.
 * --train-only stops before dev (for choosing); --cache FILE keeps the candidates' features between runs.
 * --write stores the chosen model in lib/claims/matching/weights.json (weights only, no texts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { findCandidates } from "@/lib/claims/matching/candidates";
import { describeCandidates, FEATURES, type FeatureName } from "@/lib/claims/matching/features";
import { cosine, meaningVector } from "@/lib/claims/matching/meaning";
import { featureVector, scoreRow, trainRanker, type MatchingModel } from "@/lib/claims/matching/model";
import { indexCheckedClaims, readCheckedClaims, readQueries, withScratchDatabase } from "./checked-claims";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    write: { type: "boolean", default: false },
    "encoder-vectors": { type: "string" },
    cache: { type: "string" },
    "train-only": { type: "boolean", default: false },
  },
});
if (!values.data) {
  process.stderr.write("eval:matching: --data <folder with verified_claims.tsv, train/, dev/> is required\n");
  process.exit(1);
}
const data = values.data;
const log = (message: string) => console.log(message);

type Split = "train" | "dev";
type QueryRows = { id: string; split: Split; relevant: Set<string>; ids: string[]; x: number[][]; extra: number[][]; ms: number };

function readQrels(file: string): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [query, , claim, relevance] = line.trim().split(/\s+/);
    if (!query || !claim || relevance === "0") continue;
    if (!qrels.has(query)) qrels.set(query, new Set());
    qrels.get(query)!.add(claim);
  }
  return qrels;
}

const claims = readCheckedClaims(path.join(data, "verified_claims.tsv"));
const splits = (["train", "dev"] as const).map((split) => ({
  split,
  queries: readQueries(path.join(data, split, "tweets.queries.tsv")),
  qrels: readQrels(path.join(data, split, "tweet-vclaim-pairs.qrels")),
}));

/** Universal Sentence Encoder vectors (512 float32 per text, in file order), when measured. */
function encoderVectors(): { vclaim: Float32Array[]; title: Float32Array[]; train: Float32Array[]; dev: Float32Array[] } | null {
  const dir = values["encoder-vectors"];
  if (!dir) return null;
  const load = (name: string) => {
    const buffer = readFileSync(path.join(dir, `use-${name}.bin`));
    const all = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
    return Array.from({ length: all.length / 512 }, (_, i) => all.subarray(i * 512, (i + 1) * 512));
  };
  const safe = (name: string) => {
    try {
      return load(name);
    } catch {
      return [];
    }
  };
  return { vclaim: load("vclaim"), title: safe("title"), train: load("train"), dev: load("dev") };
}
const encoder = encoderVectors();
const claimIndex = new Map(claims.map((claim, i) => [claim.id, i]));
const EXTRA = encoder ? ["encoderCosine", ...(encoder.title.length ? ["encoderCosineTitle"] : [])] : [];

async function collect(): Promise<QueryRows[]> {
  if (values.cache) {
    try {
      return JSON.parse(readFileSync(values.cache, "utf8"), (key, value) => (key === "relevant" ? new Set(value) : value));
    } catch {
      /* built below */
    }
  }
  const rows = await withScratchDatabase(async (client) => {
    const started = performance.now();
    await indexCheckedClaims(client, claims);
    log(`indexed ${claims.length} checked claims in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const out: QueryRows[] = [];
    for (const { split, queries, qrels } of splits) {
      for (const [qi, query] of queries.entries()) {
        const t = performance.now();
        const { query: prepared, candidates } = await findCandidates(query.text, { client });
        const described = describeCandidates(prepared, candidates);
        const ms = performance.now() - t;
        const extra = described.map((row) => {
          if (!encoder) return [];
          const q = encoder[split][qi]!;
          const i = claimIndex.get(row.candidate.id)!;
          return [cosine(q, encoder.vclaim[i]!), ...(encoder.title.length ? [cosine(q, encoder.title[i]!)] : [])];
        });
        out.push({
          id: query.id,
          split,
          relevant: qrels.get(query.id) ?? new Set(),
          ids: described.map((r) => r.candidate.id),
          x: described.map((r) => featureVector(r)),
          extra,
          ms,
        });
      }
    }
    return out;
  }, log);
  if (values.cache)
    writeFileSync(
      values.cache,
      JSON.stringify(rows, (_, value) => (value instanceof Set ? [...value] : value)),
    );
  return rows;
}

type Metrics = { map5: number; mrr: number; recall5: number };

function metrics(rankings: { relevant: Set<string>; ranked: string[] }[]): Metrics {
  let map5 = 0;
  let mrr = 0;
  let recall5 = 0;
  for (const { relevant, ranked } of rankings) {
    let hits = 0;
    let precisionSum = 0;
    ranked.slice(0, 5).forEach((id, k) => {
      if (relevant.has(id)) precisionSum += ++hits / (k + 1);
    });
    map5 += relevant.size ? precisionSum / Math.min(relevant.size, 5) : 0;
    const first = ranked.findIndex((id) => relevant.has(id));
    mrr += first >= 0 ? 1 / (first + 1) : 0;
    recall5 += relevant.size ? hits / relevant.size : 0;
  }
  const n = rankings.length || 1;
  return { map5: map5 / n, mrr: mrr / n, recall5: recall5 / n };
}

const format = (m: Metrics) => `MAP@5 ${m.map5.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  recall@5 ${m.recall5.toFixed(3)}`;

function rankBy(query: QueryRows, score: (x: number[], extra: number[]) => number): string[] {
  return query.ids
    .map((id, i) => ({ id, s: score(query.x[i]!, query.extra[i]!) }))
    .sort((a, b) => b.s - a.s)
    .map((r) => r.id);
}

const featureIndex = (name: string) => {
  const i = (FEATURES as readonly string[]).indexOf(name);
  return i >= 0 ? i : FEATURES.length + EXTRA.indexOf(name);
};
const pick = (names: string[]) => (x: number[], extra: number[]) => names.map((name) => [...x, ...extra][featureIndex(name)]!);

const FOLDS = 5;
function foldOf(index: number): number {
  return index % FOLDS;
}

/** Out-of-fold scores of every candidate of every train query for a feature set. */
function crossValidate(
  train: QueryRows[],
  names: string[],
  l2: number,
): { rankings: { relevant: Set<string>; ranked: string[] }[]; top: { score: number; correct: boolean }[]; truth: number[] } {
  const select = pick(names);
  const rankings: { relevant: Set<string>; ranked: string[] }[] = [];
  const top: { score: number; correct: boolean }[] = [];
  const truth: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = train.filter((_, i) => foldOf(i) !== fold);
    const model = fitModel(fit, names, l2, select);
    for (const query of train.filter((_, i) => foldOf(i) === fold)) {
      const scored = query.ids.map((id, i) => ({ id, s: scoreRow(model, select(query.x[i]!, query.extra[i]!)) })).sort((a, b) => b.s - a.s);
      rankings.push({ relevant: query.relevant, ranked: scored.map((r) => r.id) });
      if (scored[0]) top.push({ score: scored[0].s, correct: query.relevant.has(scored[0].id) });
      for (const r of scored) if (query.relevant.has(r.id)) truth.push(r.s);
    }
  }
  return { rankings, top, truth };
}

function fitModel(queries: QueryRows[], names: string[], l2: number, select = pick(names)): MatchingModel {
  const groups = queries.map((query) => ({
    rows: query.ids.map((_, i) => select(query.x[i]!, query.extra[i]!)),
    relevant: query.ids.map((id) => query.relevant.has(id)),
  }));
  return { ...trainRanker(groups, names as FeatureName[], { l2 }), sameThreshold: 1, relatedThreshold: 0 };
}

/** The lowest top-1 score at and above which the top candidate was right ≥ 90% of the time. */
function thresholdFor(top: { score: number; correct: boolean }[], precision: number): number {
  const sorted = [...top].sort((a, b) => b.score - a.score);
  let correct = 0;
  let threshold = 1;
  sorted.forEach((row, i) => {
    if (row.correct) correct++;
    if (correct / (i + 1) >= precision) threshold = row.score;
  });
  return threshold;
}

async function main() {
  const started = performance.now();
  const all = await collect();
  const train = all.filter((q) => q.split === "train");
  const dev = all.filter((q) => q.split === "dev");
  const ms = all.map((q) => q.ms).sort((a, b) => a - b);
  log(
    `candidates + features: median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(1)} ms a query (${all.length} queries, 10k claims)`,
  );
  const recall = (queries: QueryRows[]) => queries.filter((q) => q.ids.some((id) => q.relevant.has(id))).length / queries.length;
  log(`lexical candidates (≤100) hold the right claim for ${(recall(train) * 100).toFixed(1)}% of train queries`);

  log("\nRoutes, 5-fold cross-validation on the 800 train queries:");
  const lexical = (names: string[]) =>
    metrics(train.map((q) => ({ relevant: q.relevant, ranked: rankBy(q, (x, e) => pick(names)(x, e).reduce((a, b) => a + b, 0)) })));
  log(`  BM25, claim text                               ${format(lexical(["bm25"]))}`);
  log(`  BM25, claim text + headline (sum)              ${format(lexical(["bm25", "bm25Title"]))}`);

  // Meaning vectors over every checked claim: no lexical candidates at all.
  const trainQueries = splits[0]!.queries;
  const cpu = process.cpuUsage();
  const claimVectors = claims.map((claim) => meaningVector(`${claim.claim} ${claim.title}`));
  const used = process.cpuUsage(cpu);
  const glovePerClaim = (used.user + used.system) / 1000 / claims.length; // CPU, not wall clock: the machine may be shared
  const byVector = (vectors: Float32Array[], queryVector: (i: number) => Float32Array) =>
    metrics(
      trainQueries.map((query, i) => {
        const q = queryVector(i);
        const ranked = vectors
          .map((v, j) => ({ id: claims[j]!.id, s: cosine(q, v) }))
          .sort((a, b) => b.s - a.s)
          .slice(0, 5)
          .map((r) => r.id);
        return { relevant: splits[0]!.qrels.get(query.id) ?? new Set(), ranked };
      }),
    );
  log(
    `  GloVe cosine over all claims (text + headline) ${format(byVector(claimVectors, (i) => meaningVector(trainQueries[i]!.text)))}  (${(glovePerClaim * 1000).toFixed(0)} µs of CPU a claim)`,
  );
  if (encoder) log(`  Encoder cosine over all claims (text only)     ${format(byVector(encoder.vclaim, (i) => encoder.train[i]!))}`);

  const sets: Record<string, string[]> = {
    "lexical (BM25, coverage, trigram, rank)": ["bm25", "bm25Relative", "coverage", "trigram", "lexicalRank"],
    "lexical + headline": ["bm25", "bm25Relative", "coverage", "trigram", "lexicalRank", "bm25Title", "coverageTitle"],
    "lexical + headline + GloVe": [
      "bm25",
      "bm25Relative",
      "coverage",
      "trigram",
      "lexicalRank",
      "bm25Title",
      "coverageTitle",
      "cosine",
      "cosineRelative",
      "cosineTitle",
    ],
    "all shipped features (+ figures, names, negation)": [...FEATURES],
  };
  if (encoder) sets["all + encoder cosine"] = [...FEATURES, ...EXTRA];
  const results: { name: string; names: string[]; l2: number; m: Metrics; cv: ReturnType<typeof crossValidate> }[] = [];
  for (const [name, names] of Object.entries(sets)) {
    for (const l2 of [1]) {
      const cv = crossValidate(train, names, l2);
      const m = metrics(cv.rankings);
      results.push({ name, names, l2, m, cv });
      log(`  re-ranker: ${`${name}, L2 ${l2}`.padEnd(58)} ${format(m)}`);
    }
  }
  // Shipped: the best set the app can compute (no encoder vectors in the app).
  const shippable = results.filter((r) => r.names.every((n) => (FEATURES as readonly string[]).includes(n)));
  const best = shippable.reduce((a, b) => (b.m.map5 > a.m.map5 ? b : a));
  const model = fitModel(train, best.names, best.l2);
  model.sameThreshold = thresholdFor(best.cv.top, 0.9);
  const truth = [...best.cv.truth].sort((a, b) => a - b);
  model.relatedThreshold = truth[Math.floor(truth.length * 0.05)]!;
  log(`\nChosen: ${best.name}, L2 ${best.l2} (CV ${format(best.m)})`);
  log(
    `  "likely the same claim" at score ≥ ${model.sameThreshold.toFixed(3)} (top candidate right ≥ 90% of the time out of fold; ${best.cv.top.filter((t) => t.score >= model.sameThreshold).length}/${best.cv.top.length} train queries reach it)`,
  );
  log(`  shown as related at score ≥ ${model.relatedThreshold.toFixed(3)} (95% of the right claims score above, out of fold)`);

  if (values.write) {
    const file = path.resolve("lib/claims/matching/weights.json");
    const round = (n: number) => Number(n.toPrecision(6));
    const out = {
      ...model,
      mean: model.mean.map(round),
      scale: model.scale.map(round),
      weights: model.weights.map(round),
      bias: round(model.bias),
      sameThreshold: round(model.sameThreshold),
      relatedThreshold: round(model.relatedThreshold),
    };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    log(`wrote ${file}`);
  }
  if (values["train-only"]) return; // while choosing: the dev split stays unseen
  const devRankings = dev.map((q) => ({ relevant: q.relevant, ranked: rankBy(q, (x, e) => scoreRow(model, pick(best.names)(x, e))) }));
  log(`\nDev (${dev.length} queries, scored once, chosen model): ${format(metrics(devRankings))}`);
  log(`lexical candidates hold the right claim for ${(recall(dev) * 100).toFixed(1)}% of dev queries`);

  log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main().catch((error) => {
  process.stderr.write(`eval:matching: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
