/**
 * `npm run -s claims:match -- --claims checked.tsv --queries queries.tsv`
 *
 * Finds, for each query, the checked claims it repeats, with the app's matcher: the checked claims
 * (id, vclaim, title; header line; CSV-style double quotes, which may hold line breaks) are stored
 * as the app stores claims, in a scratch database created and dropped here (on DATABASE_URL's
 * server, else the embedded PostgreSQL); each query (id, text; header line) is matched with
 * findSimilarClaims. Prints each query's top 5 as TREC run lines:
 *   query_id<TAB>Q0<TAB>claim_id<TAB>rank<TAB>score<TAB>factdesk
 * Nothing else goes to stdout; errors go to stderr with exit code 1.
 */
import { parseArgs } from "node:util";
import { findSimilarClaims } from "@/lib/claims/similar";
import { indexCheckedClaims, readCheckedClaims, readQueries, withScratchDatabase } from "./checked-claims";

const USAGE = "Usage: npm run -s claims:match -- --claims checked.tsv --queries queries.tsv";

function fail(message: string): never {
  process.stderr.write(`claims:match: ${message}\n`);
  process.exit(1);
}

async function main() {
  let values: { claims?: string; queries?: string };
  try {
    ({ values } = parseArgs({ options: { claims: { type: "string" }, queries: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (!values.claims || !values.queries) fail(`--claims and --queries are required.\n${USAGE}`);
  let claims, queries;
  try {
    claims = readCheckedClaims(values.claims);
    queries = readQueries(values.queries);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const lines = await withScratchDatabase(
    async (client) => {
      await indexCheckedClaims(client, claims);
      const out: string[] = [];
      for (const query of queries) {
        const matches = await findSimilarClaims(query.text, { client, limit: 5, keepLowScores: true });
        matches.forEach((match, i) => out.push(`${query.id}\tQ0\t${match.id}\t${i + 1}\t${match.similarity.toFixed(6)}\tfactdesk`));
      }
      return out;
    },
    () => {},
  ).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
