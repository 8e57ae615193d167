/**
 * `npm run eval:claims -- --data DIR [--file other.tsv]`
 *
 * Scores DIR/ct24_english_dev.tsv (CLEF CheckThat! 2024, English dev split) with the SHIPPED
 * check-worthiness model (lib/checkworthiness/weights.json) at its shipped threshold, and prints
 * precision, recall and F1 of the "Yes" class with the counts.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkworthinessModel } from "@/lib/checkworthiness/model";
import { readLabelledSentences, TsvError } from "@/lib/checkworthiness/tsv";
import { scoresAt } from "@/lib/checkworthiness/training";

const DEV_FILE = "ct24_english_dev.tsv";

function fail(message: string): never {
  console.error(`eval:claims: ${message}`);
  process.exit(1);
}

function main() {
  const { values } = parseArgs({ options: { data: { type: "string" }, file: { type: "string" } } });
  if (!values.data) fail(`--data DIR is required (the folder with ${DEV_FILE}, e.g. ../shared/data/checkworthiness)`);
  const dataDir = path.resolve(values.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) fail(`the data folder ${dataDir} does not exist`);
  const file = path.join(dataDir, values.file ?? DEV_FILE);
  let sentences;
  try {
    sentences = readLabelledSentences(file);
  } catch (error) {
    if (error instanceof TsvError) fail(error.message);
    throw error;
  }
  const loading = performance.now();
  const model = checkworthinessModel();
  const loaded = performance.now() - loading;
  const started = performance.now();
  const scores = model.scoreMany(sentences.map((s) => s.text));
  const elapsed = performance.now() - started;
  const labels = sentences.map((s) => s.worthy);
  const r = scoresAt(scores, labels, model.threshold);
  console.log(
    `Check-worthiness on ${path.basename(file)}: ${sentences.length} sentences, ${labels.filter(Boolean).length} Yes; threshold ${model.threshold.toFixed(3)}`,
  );
  console.log(`  true Yes ${r.tp}, false Yes ${r.fp}, missed Yes ${r.fn}, true No ${r.tn}`);
  console.log(`  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  (the "Yes" class)`);
  // Speed after warm-up (what the claim suggester sees): the median of five more passes.
  // CPU time too: on a busy machine the wall clock also counts other processes.
  const passes = Array.from({ length: 5 }, () => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    model.scoreMany(sentences.map((s) => s.text));
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
  }).sort((a, b) => a.wall - b.wall);
  const warm = passes[2]!.wall;
  const warmCpu = passes[2]!.cpu;
  console.log(
    `  speed: weights decoded in ${loaded.toFixed(0)} ms; first pass ${elapsed.toFixed(0)} ms; warm ${warm.toFixed(0)} ms, ${((warm / sentences.length) * 1000).toFixed(1)} µs a sentence (CPU ${((warmCpu / sentences.length) * 1000).toFixed(1)} µs)`,
  );
}

main();
