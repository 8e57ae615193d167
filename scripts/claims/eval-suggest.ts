/**
 * `npm run eval:suggest -- --data scripts/claims/suggest-gold [--split train|test|all] [--all] [--verbose]`
 *
 * Runs the app's claim suggester (`suggestClaims` of lib/claims/suggest.ts, what the reader shows
 * for a pasted article: claims at or above the model's threshold, best first) on each article of
 * the gold set and prints, per article and overall, span F1 (with its precision and recall),
 * claimant accuracy and recall@k of the check-worthy claims; definitions in
 * scripts/claims/suggest-gold.ts and the gold set's README. No database: the suggester is pure.
 * --all scores every candidate (`suggestClaims(text, { all: true })`, below the threshold too), to
 * see ranking apart from the threshold. --verbose also lists the missed claims and the wrong
 * claimants. Bad data or bad arguments: a message on stderr and exit 1.
 */
import { parseArgs } from "node:util";
import { suggestClaims } from "@/lib/claims/suggest";
import { GoldDataError, loadGoldSet, scoreArticle, summarise, type ArticleScore, type Prediction } from "./suggest-gold";

const USAGE = "Usage: npm run eval:suggest -- --data DIR [--split train|test|all] [--all] [--verbose]";

function fail(message: string, code = 1): never {
  process.stderr.write(`eval:suggest: ${message}\n`);
  process.exit(code);
}

const fixed = (n: number) => n.toFixed(3);
const pad = (value: string | number, width: number) => String(value).padStart(width);

async function main() {
  let values: { data?: string; split?: string; all?: boolean; verbose?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: "string" },
        split: { type: "string", default: "all" },
        all: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.data) fail(`--data is required.\n${USAGE}`);
  const split = values.split ?? "all";
  if (!["train", "test", "all"].includes(split)) fail(`--split must be train, test or all, not ${JSON.stringify(split)}.\n${USAGE}`);

  let articles;
  try {
    articles = loadGoldSet(values.data).filter((article) => split === "all" || article.split === split);
  } catch (error) {
    if (error instanceof GoldDataError) fail(error.message);
    throw error;
  }
  if (articles.length === 0) fail(`${values.data}: no article in split ${split}`);

  const scores: ArticleScore[] = [];
  console.log(
    `${"article".padEnd(28)} ${pad("gold", 4)} ${pad("sugg", 4)} ${pad("spanP", 6)} ${pad("spanR", 6)} ${pad("spanF1", 6)} ${pad("claimant", 9)} ${pad("recall@k", 11)} ${pad("non-claims", 10)} ${pad("order", 5)}`,
  );
  for (const article of articles) {
    // Awaited so that the command keeps working if the suggester becomes asynchronous.
    const suggestions: Prediction[] = (await Promise.resolve(suggestClaims(article.text, { all: values.all }))).map(
      ({ start, end, claimant }) => ({ start, end, claimant }),
    );
    const score = scoreArticle(article, suggestions);
    scores.push(score);
    const one = summarise([score]);
    console.log(
      `${article.id.padEnd(28)} ${pad(score.goldCheckworthy, 4)} ${pad(score.suggested, 4)} ${pad(fixed(one.precision), 6)} ${pad(fixed(one.recall), 6)} ${pad(fixed(one.spanF1), 6)} ${pad(`${score.claimantRight}/${score.claimantPairs}`, 9)} ${pad(`${score.foundAtK}/${score.goldCheckworthy}@${score.k}`, 11)} ${pad(`${score.nonClaimsShown}/${score.nonClaims}`, 10)} ${pad(score.orderPairs ? fixed(one.rankingOrder) : "-", 5)}`,
    );
    if (values.verbose) {
      for (const claim of score.missed) console.log(`    missed: [${claim.claimant || "-"}] ${claim.text}`);
      for (const { gold, suggested } of score.wrongClaimant)
        console.log(`    claimant: ${JSON.stringify(suggested)} instead of ${JSON.stringify(gold.claimant)}: ${gold.text}`);
    }
  }
  const all = summarise(scores);
  const sum = (pick: (s: ArticleScore) => number) => scores.reduce((total, s) => total + pick(s), 0);
  console.log("");
  console.log(
    `${split}${values.all ? " (every candidate, --all)" : ""}: ${articles.length} articles, ${sum((s) => s.goldCheckworthy)} check-worthy claims, ${sum((s) => s.suggested)} suggestions`,
  );
  console.log(`span F1 ${fixed(all.spanF1)} (precision ${fixed(all.precision)}, recall ${fixed(all.recall)}, over tokens)`);
  console.log(
    `claimant accuracy ${fixed(all.claimantAccuracy)} (${sum((s) => s.claimantRight)}/${sum((s) => s.claimantPairs)} matched claims)`,
  );
  console.log(
    `recall@k ${fixed(all.recallAtK)} (${sum((s) => s.foundAtK)}/${sum((s) => s.goldCheckworthy)}; mean of articles ${fixed(all.recallAtKMacro)}; k = max(10, check-worthy claims))`,
  );
  console.log(
    `non-claims shown ${sum((s) => s.nonClaimsShown)}/${sum((s) => s.nonClaims)} (opinions, predictions… labelled not check-worthy); ranking order ${fixed(all.rankingOrder)} (check-worthy above non-claims, share of pairs)`,
  );
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
