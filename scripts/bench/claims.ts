/**
 * Claims benchmark (not run in CI):
 *   1. suggestion time for a generated ~5,000-word news article (goal: under 200 ms after warm-up);
 *   2. the claim matcher: encoding cost a claim, index build time (rows and indexes, meaning
 *      vectors, statistics) and lookup time with 100,000 claims by default, `--claims 1000000` for
 *      the goal (p95 under 50 ms at 1,000,000 claims).
 *
 *   node --import tsx scripts/bench/claims.ts [--database-url URL] [--claims 100000] [--runs 20] [--queries 200] [--keep] [--verbose]
 *                                            [--meanings [N]]
 *
 * The database named in the URL (default: factdesk_bench_claims on DATABASE_URL's server, else on
 * postgresql://postgres@127.0.0.1:5432) is DROPPED and created again, migrated and filled with
 * generated, fictional claims. `--keep` reuses it when it already holds the claims (also the
 * 1,000,000 claims of `npm run bench:data`: `--keep --database-url …/factdesk_bench`); with
 * `--meanings` it then computes the meaning vectors its claims lack (the index build of a database
 * filled without them), all of them or the first N (`--meanings 100000`, then extrapolated);
 * `--verbose` lists the reworded queries whose claim was not found.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { meaningVector } from "@/lib/claims/matching/meaning";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";
import { findSimilarClaims } from "@/lib/claims/similar";
import { suggestClaims } from "@/lib/claims/suggest";
import { createPrismaClient } from "@/lib/db";
import { prisma } from "../prisma-cli";
import { seededRandom, TextGenerator } from "./claim-text";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

function defaultDatabaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = "/factdesk_bench_claims";
  url.search = "";
  return url.toString();
}

const databaseUrl = option("database-url", defaultDatabaseUrl());
const claimCount = Number(option("claims", "100000"));
const runs = Number(option("runs", "20"));
const queryCount = Number(option("queries", "200"));
const keep = process.argv.includes("--keep");

const log = (message: string) => console.log(`[bench:claims] ${message}`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function prepareDatabase(generator: TextGenerator): Promise<string[]> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name: ${name}`);

  if (keep) {
    const existing = new pg.Client({ connectionString: databaseUrl });
    const texts = await existing
      .connect()
      .then(() => existing.query<{ text: string }>(`SELECT text FROM "Claim" ORDER BY id`))
      .then((result) => result.rows.map((row) => row.text))
      .catch(() => [] as string[])
      .finally(() => existing.end());
    if (texts.length >= claimCount) {
      log(`Reusing ${name} (${texts.length} claims)`);
      const at = process.argv.indexOf("--meanings");
      if (at >= 0) await buildMissingMeanings(Number(process.argv[at + 1]) || Infinity, texts.length);
      return texts;
    }
  }

  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  log(`(Re)creating database ${name} on ${target.host}`);
  await adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminClient.query(`CREATE DATABASE "${name}"`);
  await adminClient.end();
  log("Applying migrations");
  prisma(["migrate", "deploy"], databaseUrl);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('bench_author', 'bench@factdesk.example', 'Bench Reviewer', 'REVIEWER', now())`,
    );
    const claimants = Array.from({ length: 2000 }, () => generator.titledPerson());
    await client.query(
      `INSERT INTO "Claimant" (id, name, slug, "updatedAt") SELECT 'bc' || i, n, 'bench-claimant-' || i, now() FROM unnest($1::text[]) WITH ORDINALITY AS x(n, i)`,
      [claimants],
    );
    const texts: string[] = [];
    const started = performance.now();
    const batch = 5000;
    for (let offset = 0; offset < claimCount; offset += batch) {
      const rows = Array.from({ length: Math.min(batch, claimCount - offset) }, () => `${generator.claim()}.`);
      texts.push(...rows);
      const claimantIds = rows.map(() => (generator.int(0, 9) < 8 ? `bc${generator.int(1, claimants.length)}` : null));
      await client.query(
        `INSERT INTO "Claim" (id, text, "claimantId", status, "createdById", "updatedAt")
         SELECT 'bcl' || lpad(($3::int + i)::text, 7, '0'), t, c,
                (ARRAY['NEW','NEW','IN_REVIEW','PUBLISHED','DISMISSED'])[1 + ($3::int + i) % 5]::"ClaimStatus",
                'bench_author', now()
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(t, c, i)`,
        [rows, claimantIds, offset],
      );
    }
    // Published claims get a published verdict with a rating.
    await client.query(
      `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, status, "authorId", "publishedAt", "updatedAt")
       SELECT 'bv' || substr(id, 4), id, 'bench-' || substr(id, 4),
              (ARRAY['rating_false','rating_mostly_false','rating_half_true','rating_mostly_true','rating_true','rating_misleading'])[1 + (hashtext(id) & 65535) % 6],
              'Generated conclusion.', 'PUBLISHED', 'bench_author', now(), now()
         FROM "Claim" WHERE status = 'PUBLISHED'`,
    );
    log(
      `Inserted ${claimCount} claims (rows, search vectors, GIN and trigram indexes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await buildMeanings(claimCount);
    const analysed = performance.now();
    await client.query("VACUUM ANALYZE");
    log(`VACUUM ANALYZE (word statistics for the matcher) in ${((performance.now() - analysed) / 1000).toFixed(1)} s`);
    return texts;
  } finally {
    await client.end();
  }
}

/**
 * The meaning vectors, written by the app's function (refreshClaimMeanings) in batches of 1,000
 * claims as a background job would; prints the time and the CPU a claim costs to encode.
 */
async function buildMeanings(count: number) {
  const client = createPrismaClient(databaseUrl);
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const batch = 1000;
    for (let offset = 0; offset < count; offset += batch) {
      const ids = Array.from({ length: Math.min(batch, count - offset) }, (_, i) => `bcl${String(offset + i + 1).padStart(7, "0")}`);
      await refreshClaimMeanings(client, ids);
    }
    const used = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    log(
      `Meaning vectors for ${count} claims in ${seconds.toFixed(1)} s (${((seconds * 1e6) / count).toFixed(0)} µs a claim wall clock, ` +
        `${((used.user + used.system) / count).toFixed(0)} µs of Node CPU a claim including the batch queries)`,
    );
  } finally {
    await client.$disconnect();
  }
}

/**
 * The meaning vectors a kept database's claims lack (bench:data writes claims without them), by
 * the app's function in batches of 1,000, in id order, at most `limit` claims; prints the rate
 * and what all `total` claims take at that rate.
 */
async function buildMissingMeanings(limit: number, total: number) {
  const client = createPrismaClient(databaseUrl);
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let done = 0;
    let last = "";
    while (done < limit) {
      const rows = await client.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Claim" WHERE id > ${last} AND meaning IS NULL ORDER BY id LIMIT ${Math.min(1000, limit - done)}`;
      if (rows.length === 0) break;
      await refreshClaimMeanings(
        client,
        rows.map((row) => row.id),
      );
      done += rows.length;
      last = rows.at(-1)!.id;
      if (done % 50_000 === 0) log(`  ${done} meaning vectors in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    log(
      `Meaning vectors for ${done} claims in ${seconds.toFixed(1)} s (${((seconds * 1e6) / Math.max(done, 1)).toFixed(0)} µs a claim wall clock, ` +
        `${((used.user + used.system) / Math.max(done, 1)).toFixed(0)} µs of Node CPU a claim including the batch queries)` +
        (done > 0 && done < total ? `; all ${total} at this rate: ${((seconds * total) / done / 60).toFixed(1)} min` : ""),
    );
    const analysed = performance.now();
    await client.$executeRawUnsafe(`VACUUM ANALYZE "Claim"`);
    log(`VACUUM ANALYZE "Claim" in ${((performance.now() - analysed) / 1000).toFixed(1)} s`);
  } finally {
    await client.$disconnect();
  }
}

/** CPU a claim costs to encode (GloVe mean vector), without the database. */
function timeEncoding(generator: TextGenerator) {
  const texts = Array.from({ length: 5000 }, () => `${generator.claim()}.`);
  for (const text of texts.slice(0, 500)) meaningVector(text);
  const cpu = process.cpuUsage();
  for (const text of texts) meaningVector(text);
  const used = process.cpuUsage(cpu);
  log(`Encoding: ${((used.user + used.system) / texts.length).toFixed(1)} µs of CPU a claim (meaningVector, ${texts.length} claims)`);
}

/** A query a reviewer might type for an existing claim: re-cased, cut, reworded, reordered; or a new claim. */
function variant(text: string, generator: TextGenerator): { query: string; fresh: boolean } {
  const words = text.replace(/[.,](?=\s|$)/g, "").split(" "); // punctuation, not decimal points
  switch (generator.int(0, 4)) {
    case 0:
      return { query: text.toLowerCase(), fresh: false };
    case 1:
      return { query: words.slice(0, Math.max(3, words.length - generator.int(1, 3))).join(" "), fresh: false };
    case 2:
      return {
        query: words.map((word) => ({ rose: "increased", fell: "dropped", percent: "%", last: "past" })[word] ?? word).join(" "),
        fresh: false,
      };
    case 3:
      return {
        query: `${words.slice(Math.floor(words.length / 2)).join(" ")} ${words.slice(0, Math.floor(words.length / 2)).join(" ")}`,
        fresh: false,
      };
    default:
      return { query: generator.claim(), fresh: true };
  }
}

function timeSuggestions(generator: TextGenerator) {
  const article = generator.article(5000);
  const words = article.split(/\s+/).filter(Boolean).length;
  const warm = suggestClaims(article, { all: true });
  for (let i = 0; i < 3; i++) suggestClaims(article, { all: true });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    suggestClaims(article, { all: true });
    times.push(performance.now() - t);
  }
  log(
    `Suggest (${words} words, ${warm.length} candidates, ${suggestClaims(article).length} above threshold), ${runs} runs after warm-up: ` +
      `median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} (goal < 200 ms)`,
  );
}

async function timeSimilar(texts: string[], generator: TextGenerator) {
  const client = createPrismaClient(databaseUrl);
  try {
    // Each query is a variant of a stored claim (or a new claim); `sources` holds the claim it came from.
    const sources: (string | null)[] = [];
    const queries = Array.from({ length: queryCount }, () => {
      const source = texts[generator.int(0, texts.length - 1)]!;
      const { query, fresh } = variant(source, generator);
      sources.push(fresh ? null : source);
      return query;
    });
    for (const query of queries.slice(0, 20)) await findSimilarClaims(query, { client });
    const times: number[] = [];
    const cpu = process.cpuUsage();
    let found = 0;
    let foundSource = 0;
    for (const [i, query] of queries.entries()) {
      const t = performance.now();
      const results = await findSimilarClaims(query, { client });
      times.push(performance.now() - t);
      if (results.length > 0) found++;
      if (sources[i] !== null && results.some((result) => result.text === sources[i])) foundSource++;
      else if (sources[i] !== null && process.argv.includes("--verbose")) log(`  missed: "${query}" (from "${sources[i]}")`);
    }
    const used = process.cpuUsage(cpu);
    log(`  Node CPU a lookup (re-ranking in Node): ${((used.user + used.system) / 1000 / queries.length).toFixed(1)} ms`);
    const slowest = times
      .map((time, i) => ({ time, query: queries[i]! }))
      .sort((a, b) => b.time - a.time)
      .slice(0, 3);
    for (const { time, query } of slowest) log(`  slow: ${ms(time)} "${query}"`);
    log(
      `Similar claims (${texts.length} claims, ${queries.length} queries, ${found} with results, ` +
        `${foundSource} of ${sources.filter((source) => source !== null).length} variants found their claim): ` +
        `p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))} (goal p95 < 50 ms)`,
    );
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  const generator = new TextGenerator(seededRandom(20261127));
  timeSuggestions(generator);
  timeEncoding(generator);
  const texts = await prepareDatabase(generator);
  await timeSimilar(texts, generator);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
