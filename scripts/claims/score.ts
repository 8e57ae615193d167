/**
 * `npm run -s claims:score -- --tsv in.tsv`
 *
 * Reads a TSV with a header and the columns Sentence_id and Text (any order, other columns
 * ignored; BOM and CRLF accepted) and prints to stdout a TSV `Sentence_id<TAB>score<TAB>label`
 * (header line first; label Yes when the score is at or above the shipped threshold, else No).
 * Errors go to stderr with exit code 1.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { checkworthinessModel } from "@/lib/checkworthiness/model";
import { readTsvColumns, TsvError } from "@/lib/checkworthiness/tsv";

function fail(message: string): never {
  console.error(`claims:score: ${message}`);
  process.exit(1);
}

function main() {
  const { values } = parseArgs({ options: { tsv: { type: "string" } } });
  if (!values.tsv) fail("--tsv FILE is required (a TSV with a header and the columns Sentence_id and Text)");
  let rows;
  try {
    rows = readTsvColumns(path.resolve(values.tsv), ["Sentence_id", "Text"]);
  } catch (error) {
    if (error instanceof TsvError) fail(error.message);
    throw error;
  }
  const model = checkworthinessModel();
  const scores = model.scoreMany(rows.map((row) => row.Text));
  const lines = ["Sentence_id\tscore\tlabel"];
  rows.forEach((row, i) => {
    const score = scores[i]!;
    lines.push(`${row.Sentence_id.trim()}\t${score.toFixed(4)}\t${score >= model.threshold ? "Yes" : "No"}`);
  });
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
