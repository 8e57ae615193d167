/**
 * Monitoring benchmark (not run in CI): `npm run bench:monitor [-- --feeds 50 --items 200 --words 600 --workers 1,2]`
 *
 * A local news site (scripts/testing/news-site.ts) serves `feeds` RSS feeds of `items` generated
 * articles of about `words` words each (defaults: 50 × 200 = 10,000 articles). For each worker
 * count, a fresh database (on TEST_DATABASE_ADMIN_URL's server, default the local one) gets the
 * feeds, then that many worker processes (scripts/worker.ts) take everything in end to end: poll →
 * fetch → extract → suggest → store → repeat check. Prints articles per minute and the workers'
 * peak memory (RSS). The site is one host, so the per-host gap is set to 0 (FACTDESK_FETCH_GAP_MS);
 * with the default gap of 1 s one site gives at most 60 articles a minute, however many workers.
 * `--keep <name>` names the database and keeps it afterwards (to study the queries with EXPLAIN;
 * drop it yourself), e.g. `--workers 2 --keep factdesk_bench_monitor`.
 */
import fs from "node:fs";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { listTodaysClaims, parseTodayFilters } from "@/lib/monitoring/today";
import { createDatabase, dropDatabase, uniqueDatabaseName, databaseUrl as urlOf } from "../testing/database";
import { articleHtml, rssFeed, startNewsSite } from "../testing/news-site";
import { startWorkerProcess, waitFor } from "../testing/workers";
import { prisma } from "../prisma-cli";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}
const settings = z
  .object({ feeds: z.coerce.number().int().min(1), items: z.coerce.number().int().min(1), words: z.coerce.number().int().min(50) })
  .parse({ feeds: option("feeds", "50"), items: option("items", "200"), words: option("words", "600") });
const keep = option("keep", "");
const workerCounts = option("workers", "1,2")
  .split(",")
  .map((n) => Number(n));

function rssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function run(workers: number) {
  const site = await startNewsSite();
  const name = keep || uniqueDatabaseName("factdesk_benchmon");
  const url = urlOf(name);
  await createDatabase(name);
  prisma(["migrate", "deploy"], url);
  const db = createPrismaClient(url);
  try {
    const source = await db.source.create({ data: { name: "Valdor Courier", domain: "127.0.0.1", kind: "NEWS" } });
    for (let f = 0; f < settings.feeds; f++) {
      const paths = Array.from({ length: settings.items }, (_, i) => `/f${f}/story-${i}`);
      paths.forEach((p, i) => site.route(p, { html: articleHtml(f * settings.items + i, settings.words) }));
      site.route(`/f${f}.xml`, { feed: rssFeed(site.origin, paths) });
      await db.feed.create({ data: { sourceId: source.id, url: `${site.origin}/f${f}.xml`, maxItemsPerPoll: settings.items } });
    }
    const total = settings.feeds * settings.items;
    const started = performance.now();
    const processes = await Promise.all(Array.from({ length: workers }, () => startWorkerProcess(url, site.hostPort)));
    let peakKb = 0;
    const sampler = setInterval(() => {
      for (const worker of processes) peakKb = Math.max(peakKb, rssKb(worker.child.pid!));
    }, 500);
    let last = 0;
    await waitFor(
      `all ${total} articles are taken in`,
      async () => {
        const done = await db.feedItem.count({ where: { state: { not: "PENDING" } } });
        if (done - last >= total / 10) {
          last = done;
          console.log(`  ${workers} worker(s): ${done}/${total} after ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
        // End to end: the last articles' repeat checks too.
        return done >= total && (await db.suggestion.count({ where: { state: "OPEN", repeatCheckedAt: null } })) === 0;
      },
      6 * 3600 * 1000,
    );
    const minutes = (performance.now() - started) / 60_000;
    clearInterval(sampler);
    await Promise.all(processes.map((worker) => worker.stop()));
    const articles = await db.article.count();
    const suggestions = await db.suggestion.count();
    const unchecked = await db.suggestion.count({ where: { repeatCheckedAt: null } });
    await timeTodaysClaims(db, source.id);
    console.log(
      `${workers} worker(s): ${articles} articles (${suggestions} suggestions, ${unchecked} not repeat-checked) in ${(minutes * 60).toFixed(1)} s = ${Math.round(articles / minutes)} articles/minute; peak worker memory ${Math.round(peakKb / 1024)} MB (RSS)`,
    );
  } finally {
    await db.$disconnect();
    await site.close();
    if (keep) console.log(`Kept the database ${name}`);
    else await dropDatabase(name);
  }
}

/** Today's claims over what was just taken in: p50/p95 of 30 loads per filter shape, in process. */
async function timeTodaysClaims(db: PrismaClient, sourceId: string) {
  const shapes: Record<string, Record<string, string>> = {
    "default (last 24 hours)": {},
    "minimum score 80%": { minScore: "80" },
    "one source": { source: sourceId },
    "claimant name part": { claimant: "minister" },
    "page 5": { page: "5" },
  };
  for (const [label, params] of Object.entries(shapes)) {
    const filters = parseTodayFilters(params);
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      await listTodaysClaims(filters, db);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!.toFixed(1);
    console.log(`  Today's claims, ${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  }
}

async function main() {
  console.log(`Monitoring benchmark: ${settings.feeds} feeds × ${settings.items} articles of ~${settings.words} words`);
  for (const workers of workerCounts) await run(workers);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
