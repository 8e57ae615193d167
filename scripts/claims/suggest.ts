/**
 * `npm run -s claims:suggest -- --file article.txt [--all]`
 * Prints the proposed claims of an article as JSON, best first: an array of
 * `{ "text", "claimant", "score", "start", "end", "sentence" }`. `start`/`end` are UTF-16 offsets
 * into the file's text as read (UTF-8, a leading byte-order mark removed, line endings kept), so
 * that `text.slice(start, end)` is the claim; `claimant` is null when unknown. Without --all only
 * claims scoring at or above the check-worthiness model's threshold. Nothing else goes to stdout.
 * Sentences not in English are not scored: each is named on stderr ("not scored: Arabic, 120–181").
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { foreignSentences } from "@/lib/claims/language";
import { splitSentences } from "@/lib/claims/sentences";
import { suggestClaims } from "@/lib/claims/suggest";

const USAGE = "Usage: npm run -s claims:suggest -- --file article.txt [--all]";

function fail(message: string, code: number): never {
  process.stderr.write(`claims:suggest: ${message}\n`);
  process.exit(code);
}

function main() {
  let values: { file?: string; all?: boolean };
  try {
    ({ values } = parseArgs({ options: { file: { type: "string" }, all: { type: "boolean", default: false } }, strict: true }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (!values.file) fail(`--file is required.\n${USAGE}`, 2);

  let bytes: Buffer;
  try {
    bytes = readFileSync(values.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory"
          : code === "EACCES"
            ? "permission denied"
            : String(error);
    fail(`cannot read ${values.file}: ${reason}`, 1);
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes); // drops a leading BOM
  const claims = suggestClaims(text, { all: values.all }).map(({ text, claimant, score, start, end, sentence }) => ({
    text,
    claimant,
    score,
    start,
    end,
    sentence,
  }));
  process.stdout.write(`${JSON.stringify(claims, null, 2)}\n`);
  for (const sentence of foreignSentences(text, splitSentences(text))) {
    process.stderr.write(`claims:suggest: not scored: ${sentence.language}, ${sentence.start}–${sentence.end}\n`);
  }
}

main();
