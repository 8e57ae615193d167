/**
 * Public-side benchmark (not run in CI). Needs the data of scripts/bench/generate-data.ts.
 *
 *   node --import tsx scripts/bench/public.ts [--database-url URL] [--port 3100] [--duration 10] [--connections 10] [--varnish]
 *
 * 1. Builds the app into .next-bench (when the sources changed) and serves it with the production
 *    server (scripts/serve.ts, as `npm start`) on the bench database.
 * 2. With autocannon: requests/s and p50/p99 latency of the home page and a verdict page, each
 *    measured right after a static file from public/ on the same server (the ceiling), asking
 *    for compressed pages as a browser does.
 * 3. Search: p50/p95 latency of every query shape (28 queries), called in-process (the function
 *    /search uses, through Prisma on the bench database) and over HTTP (GET /search?…).
 * 4. With `--varnish`: Debian's varnishd (xkey vmod) with deploy/varnish/factdesk.vcl in front of
 *    the server (port + 1; the app purges it, CDN_PURGE): requests/s of the home and verdict pages
 *    through it, and its hit rate (varnishstat's cache hits / (hits + misses)).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { ensureBuild } from "../build";
import { PROJECT_ROOT } from "../db/embedded";
import { ms, percentile } from "./stats";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const databaseUrl = option("database-url", "postgresql://postgres@127.0.0.1:5432/factdesk_bench");
const port = Number(option("port", "3100"));
const duration = Number(option("duration", "10"));
const connections = Number(option("connections", "10"));
const searchRepeats = Number(option("search-repeats", "20"));
const origin = `http://127.0.0.1:${port}`;
const withVarnish = process.argv.includes("--varnish");
const varnishPort = port + 1;
const distDir = ".next-bench";

/**
 * 20 queries from frequent to rare words, with web-search syntax and every filter. Claimants and
 * sources are named by the generator's ids: bc1/bs1 are the most frequent, bc2000/bs500 rare.
 */
const SEARCHES: Record<string, string>[] = [
  { q: "government" },
  { q: "percent million" },
  { q: "vaccine" },
  { q: "hospital beds" },
  { q: "electricity prices" },
  { q: '"prices doubled"' },
  { q: "inflation or recession" },
  { q: "border -migrants" },
  { q: "valkes" },
  { q: "merhar ostvik" },
  { q: "pension", rating: "false" },
  { q: "housing", topic: "housing" },
  { q: "tax", from: "2024-01-01", to: "2024-12-31" },
  { q: "minister", claimant: "{bc1}" },
  { q: "school", source: "{bs1}" },
  { q: "zebraquagga" },
  { topic: "energy" },
  { rating: "mostly-true", from: "2020-01-01" },
  { claimant: "{bc2000}" },
  { source: "{bs500}" },
  // Shapes added for issue 17 item 6 ("every query shape"): a misspelling (→ "Did you mean"), a
  // longer phrase, the most frequent claimant and publisher alone, a claimant by name, page 2.
  { q: "goverment" },
  { q: "electricty prices" },
  { q: '"hospital beds" minister' },
  { claimant: "{bc1}" },
  { source: "{bs1}" },
  { q: "minister", claimant: "{name:bc1}" },
  { q: "government", page: "2" },
  { rating: "false", page: "2" },
];

const log = (message: string) => console.log(`[bench] ${message}`);

async function waitForServer(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 150 s`);
}

type LoadResult = { label: string; path: string; rps: number; p50: number; p99: number; errors: number };

/** What a browser asks for: pages come compressed (the server keeps cached pages compressed). */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };

async function load(label: string, path: string, base = origin): Promise<LoadResult> {
  const result = await autocannon({ url: `${base}${path}`, connections, duration, headers: BROWSER_HEADERS });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { label, path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/**
 * Debian's varnishd with the repository's VCL in front of the bench server (as e2e/support/varnish.ts
 * does for the tests), and its hit/miss counters (varnishstat).
 */
async function startVarnish(): Promise<{ url: string; counters: () => { hit: number; miss: number }; stop: () => Promise<void> }> {
  const varnishd = ["/usr/sbin/varnishd", "/usr/bin/varnishd"].find((file) => fs.existsSync(file));
  if (!varnishd) throw new Error("--varnish needs varnishd: apt-get install -y varnish varnish-modules");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-varnish-"));
  fs.chmodSync(dir, 0o755);
  const vcl = fs
    .readFileSync(path.join(PROJECT_ROOT, "deploy", "varnish", "factdesk.vcl"), "utf8")
    .replace('.port = "3000";', `.port = "${port}";`);
  fs.writeFileSync(path.join(dir, "factdesk.vcl"), vcl, { mode: 0o644 });
  const work = path.join(dir, "work");
  const args = [
    "-F",
    "-a",
    `127.0.0.1:${varnishPort}`,
    "-T",
    "none",
    "-f",
    path.join(dir, "factdesk.vcl"),
    "-s",
    "malloc,256m",
    "-n",
    work,
  ];
  if (process.getuid?.() !== 0) args.push("-j", "none");
  const child = spawn(varnishd, args, { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${varnishPort}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/bench.txt`);
      break;
    } catch {
      if (i > 240) throw new Error("varnishd did not answer within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const counters = () => {
    const out = spawnSync("varnishstat", ["-n", work, "-1", "-f", "MAIN.cache_hit", "-f", "MAIN.cache_miss"], { encoding: "utf8" }).stdout;
    const value = (name: string) => Number(new RegExp(`${name}\\s+(\\d+)`).exec(out)?.[1] ?? NaN);
    return { hit: value("MAIN.cache_hit"), miss: value("MAIN.cache_miss") };
  };
  return {
    url,
    counters,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SITE_URL: origin,
    ORG_NAME: "Factdesk Bench",
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...(withVarnish ? { CDN_PURGE: `varnish:http://127.0.0.1:${varnishPort}` } : {}),
  };
  ensureBuild(distDir, appEnv, log);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: counts } = await client.query<{ claims: string; published: string }>(
    `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Verdict" WHERE status = 'PUBLISHED') AS published`,
  );
  // A verdict page of median size: a published verdict from the middle of the list.
  const { rows: verdicts } = await client.query<{ slug: string }>(
    `SELECT slug FROM "Verdict" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC OFFSET 1000 LIMIT 1`,
  );
  const { rows: names } = await client.query<{ id: string; key: string }>(
    `SELECT id, slug AS key FROM "Claimant" WHERE id IN ('bc1', 'bc2000') UNION ALL SELECT id, domain FROM "Source" WHERE id IN ('bs1', 'bs500')
     UNION ALL SELECT 'name:' || id, name FROM "Claimant" WHERE id = 'bc1'`,
  );
  await client.end();
  const keys = new Map(names.map((row) => [`{${row.id}}`, row.key]));
  const searchParams = SEARCHES.map((params) =>
    Object.fromEntries(Object.entries(params).map(([name, value]) => [name, keys.get(value) ?? value])),
  );
  const verdictPath = `/verdicts/${verdicts[0]!.slug}`;
  log(`Data: ${counts[0]!.claims} claims, ${counts[0]!.published} published verdicts`);

  // The production server (what `npm start` runs): Next.js behind scripts/serve.ts, which syncs the
  // shared cache tags before each request and gives public HTML its Cache-Tag/Surrogate-Key headers
  // (without them a proxy keeps nothing). `next start` alone would measure neither.
  log(`Starting scripts/serve.ts on ${origin} (${distDir})`);
  const server = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "serve.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...appEnv, NEXT_DIST_DIR: distDir, TSX_TSCONFIG_PATH: "tsconfig.scripts.json" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${origin}/bench.txt`, server);
    // Warm up: first requests compile nothing in production, but fill connection pools and caches.
    for (const path of ["/bench.txt", "/", verdictPath, "/search?q=government"])
      for (let i = 0; i < 5; i++) await fetch(`${origin}${path}`);

    log(
      `autocannon: ${connections} connections, ${duration} s per target; load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")}`,
    );
    const pages: LoadResult[] = [];
    for (const [label, path] of [
      ["home page", "/"],
      ["verdict page", verdictPath],
    ] as const) {
      pages.push(await load("static file (ceiling)", "/bench.txt"));
      pages.push(await load(label, path));
    }

    const proxied: LoadResult[] = [];
    let hitRate = "";
    if (withVarnish) {
      const varnish = await startVarnish();
      try {
        for (const path of ["/", verdictPath]) for (let i = 0; i < 3; i++) await fetch(`${varnish.url}${path}`);
        const before = varnish.counters();
        proxied.push(await load("static file through Varnish", "/bench.txt", varnish.url));
        proxied.push(await load("home page through Varnish", "/", varnish.url));
        proxied.push(await load("verdict page through Varnish", verdictPath, varnish.url));
        const after = varnish.counters();
        const hits = after.hit - before.hit;
        const misses = after.miss - before.miss;
        hitRate = `Varnish hit rate over these runs: ${((hits / Math.max(1, hits + misses)) * 100).toFixed(3)}% (${hits} hits, ${misses} misses)`;
      } finally {
        await varnish.stop();
      }
    }

    log(`Search: ${SEARCHES.length} queries × ${searchRepeats}, in-process and over HTTP`);
    process.env.DATABASE_URL = databaseUrl;
    const { loadSearchPage } = await import("@/lib/search/search-page");
    const { db } = await import("@/lib/db");
    const searches: { query: string; results: string; inProcess: number[]; http: number[] }[] = [];
    for (const params of searchParams) {
      const query = new URLSearchParams(params).toString();
      const first = await loadSearchPage(params); // warm-up, and the result count for the table
      await (await fetch(`${origin}/search?${query}`)).text(); // the same warm-up over HTTP
      const entry = { query, results: first.capped ? ">1000" : String(first.count), inProcess: [] as number[], http: [] as number[] };
      for (let i = 0; i < searchRepeats; i++) {
        let start = performance.now();
        await loadSearchPage(params);
        entry.inProcess.push(performance.now() - start);
        start = performance.now();
        const response = await fetch(`${origin}/search?${query}`);
        await response.text();
        if (!response.ok) throw new Error(`/search?${query} answered ${response.status}`);
        entry.http.push(performance.now() - start);
      }
      searches.push(entry);
    }
    await db.$disconnect();

    console.log(
      `\nFactdesk public benchmark — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    );
    console.log(
      `Data: ${counts[0]!.claims} claims, ${counts[0]!.published} published verdicts; autocannon ${connections} connections × ${duration} s\n`,
    );
    console.log("| target | path | requests/s | p50 | p99 | errors |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: |");
    for (const r of pages) console.log(`| ${r.label} | ${r.path} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} |`);
    for (const r of proxied) console.log(`| ${r.label} | ${r.path} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${r.errors} |`);
    for (let i = 0; i < pages.length; i += 2) {
      console.log(`${pages[i + 1]!.label}: ${((pages[i + 1]!.rps / pages[i]!.rps) * 100).toFixed(0)}% of the static-file rate`);
    }
    if (hitRate) console.log(hitRate);

    console.log(`\n| search (${searchRepeats} runs each) | results | in-process p50 | p95 | HTTP /search p50 | p95 |`);
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const s of searches) {
      console.log(
        `| ${decodeURIComponent(s.query.replace(/\+/g, " "))} | ${s.results} | ${ms(percentile(s.inProcess, 50))} | ${ms(percentile(s.inProcess, 95))} | ${ms(percentile(s.http, 50))} | ${ms(percentile(s.http, 95))} |`,
      );
    }
    const allInProcess = searches.flatMap((s) => s.inProcess);
    const allHttp = searches.flatMap((s) => s.http);
    console.log(
      `| **all ${allInProcess.length} searches** | | ${ms(percentile(allInProcess, 50))} | ${ms(percentile(allInProcess, 95))} | ${ms(percentile(allHttp, 50))} | ${ms(percentile(allHttp, 95))} |`,
    );
    const over = searches.filter((s) => percentile(s.http, 95) >= 50);
    console.log(
      `HTTP p95 under 50 ms: ${searches.length - over.length} of ${searches.length} query shapes` +
        (over.length ? ` (over: ${over.map((s) => decodeURIComponent(s.query.replace(/\+/g, " "))).join("; ")})` : ""),
    );
    console.log(
      `Load average during the run (1/5/15 min, ${os.cpus().length} cores): ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" / ")}`,
    );
  } finally {
    server.kill("SIGTERM");
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
