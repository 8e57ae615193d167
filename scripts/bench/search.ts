/**
 * `npm run bench:search`: how fast the forgiving parts of search are on the generated data
 * (`npm run bench:data`: 1,000,000 claims, 200,000 published verdicts), in-process:
 *   node --import tsx scripts/bench/search.ts [--database-url URL] [--runs 20] [--origin http://127.0.0.1:3100]
 * 1. /search with misspelt words (no results as typed, then the corrected search: what the page
 *    runs), with claimant and source names, and a name that matches nothing (with suggestions);
 * 2. the names offered as one types (/search/suggestions);
 * 3. the workspace queue's claim search (words + meaning, with filters) and the plain queue.
 * Prints p50/p95 per query and the size of the search vocabulary. Reads only. With `--origin` (a
 * server on the same database, e.g. the one `npm run bench:public` starts, or `npm start`), each
 * /search query is also timed over HTTP (GET /search?…, the page as a reader gets it), with every
 * query shape: one word, several words, quoted phrases, misspellings, each filter, page 2.
 */
import pg from "pg";
import { ms, percentile } from "./stats";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const databaseUrl = option("database-url", "postgresql://postgres@127.0.0.1:5432/factdesk_bench");
const runs = Number(option("runs", "20"));
const origin = option("origin", "");
const log = (message: string) => console.log(`[bench:search] ${message}`);

async function time<T>(run: () => Promise<T>): Promise<{ first: T; timings: number[] }> {
  const first = await run(); // warm-up, and the result for the table
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    timings.push(performance.now() - start);
  }
  return { first, timings };
}

async function main() {
  process.env.DATABASE_URL = databaseUrl;
  const { loadSearchPage } = await import("@/lib/search/search-page");
  const { suggestClaimants, suggestSources, TYPEAHEAD_LIMIT } = await import("@/lib/search/named-filters");
  const { listClaimsForQueue, parseQueueFilters } = await import("@/lib/claims/queries");
  const { db, searchDb } = await import("@/lib/db");

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const {
    rows: [sizes],
  } = await client.query<{ words: string; claims: string; published: string }>(
    `SELECT (SELECT count(*) FROM "SearchWord") AS words, (SELECT count(*) FROM "Claim") AS claims,
            (SELECT count(*) FROM "Verdict" WHERE status = 'PUBLISHED') AS published`,
  );
  // The most frequent claimant and publisher (as bench:public), named as a reader would.
  const { rows: names } = await client.query<{ id: string; name: string }>(
    `SELECT id, name FROM "Claimant" WHERE id IN ('bc1', 'bc2000') UNION ALL SELECT id, name FROM "Source" WHERE id IN ('bs1', 'bs500')`,
  );
  const {
    rows: [viewer],
  } = await client.query<{ id: string }>(`SELECT id FROM "User" LIMIT 1`);
  await client.end();
  const name = (id: string) => names.find((row) => row.id === id)!.name;
  log(
    `Data: ${sizes!.claims} claims, ${sizes!.published} published verdicts, search vocabulary of ${sizes!.words} words; ${runs} runs each`,
  );

  const table: string[] = origin
    ? ["| query | result | p50 | p95 | HTTP p50 | HTTP p95 |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    : ["| query | result | p50 | p95 |", "| --- | --- | ---: | ---: |"];
  const row = (label: string, result: string, timings: number[], http?: number[]) => {
    const overHttp = http ? ` ${ms(percentile(http, 50))} | ${ms(percentile(http, 95))} |` : origin ? " | |" : "";
    table.push(`| ${label} | ${result} | ${ms(percentile(timings, 50))} | ${ms(percentile(timings, 95))} |${overHttp}`);
    log(
      `${label}: ${result}, p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}` +
        (http ? `; HTTP p50 ${ms(percentile(http, 50))}, p95 ${ms(percentile(http, 95))}` : ""),
    );
  };
  const httpTimes = async (params: Record<string, string>) => {
    if (!origin) return undefined;
    const url = `${origin}/search?${new URLSearchParams(params)}`;
    await (await fetch(url)).text();
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const response = await fetch(url);
      await response.text();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      timings.push(performance.now() - start);
    }
    return timings;
  };

  const pages: Record<string, string>[] = [
    { q: "government" },
    { q: "hospital beds" },
    { q: '"prices doubled"' },
    { q: '"hospital beds" minister' },
    { q: "government", page: "2" },
    { q: "pension", rating: "false" },
    { q: "goverment" },
    { q: "electricty prices" },
    { q: "vacine hospital" },
    { q: "pensoin reform" },
    { q: "government" },
    { q: "zebraquagga" },
    { claimant: name("bc1") },
    { q: "minister", claimant: name("bc1") },
    { claimant: `${name("bc2000")}x` },
    { source: name("bs500") },
    { source: name("bs1") },
    { q: "school", source: name("bs1") },
  ];
  const httpAll: number[] = [];
  for (const params of pages) {
    const { first, timings } = await time(() => loadSearchPage(params));
    const http = await httpTimes(params);
    if (http) httpAll.push(...http);
    const count = first.capped ? ">1000" : String(first.count);
    const result = [
      first.spelling ? `showing “${first.spelling.searched}”, ${count}` : `${count} results`,
      ...first.problems.map(
        (problem) => `${problem.param} left out${problem.suggestions?.length ? `, suggests ${problem.suggestions.join(", ")}` : ""}`,
      ),
    ].join("; ");
    row(`/search?${new URLSearchParams(params)}`, result, timings, http);
  }
  if (origin) log(`All /search queries over HTTP: p50 ${ms(percentile(httpAll, 50))}, p95 ${ms(percentile(httpAll, 95))}`);

  for (const [field, text] of [
    ["claimant", "hal"],
    ["claimant", name("bc1").slice(0, 5)],
    ["source", "val"],
  ] as const) {
    const suggest = field === "claimant" ? suggestClaimants : suggestSources;
    const { first, timings } = await time(() => suggest(searchDb, text, TYPEAHEAD_LIMIT));
    row(`suggestions ${field} “${text}”`, `${first.length} names`, timings);
  }

  const queues: Record<string, string>[] = [
    {},
    { q: "government" },
    { q: "vaccine hospital beds" },
    { q: "wind power output doubled since 2019" },
    { q: "merhar ostvik" },
    { q: "government", status: "todo" },
    { q: "minister", claimant: name("bc1").split(" ").at(-1)! },
    { q: "zebraquagga" },
  ];
  for (const params of queues) {
    const filters = parseQueueFilters(params);
    const { first, timings } = await time(() => listClaimsForQueue(filters, viewer!.id, db));
    row(`/workspace?${new URLSearchParams(params)}`, `${first.capped ? ">1000" : first.total} claims`, timings);
  }

  console.log(`\n${table.join("\n")}`);
  await db.$disconnect();
  await searchDb.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
