/**
 * Lighthouse (mobile, its default: a mid-range phone on slow 4G, simulated) on the public pages of
 * a running Factdesk: the home page, a verdict page and /search. Not run in CI. Prints the four
 * category scores per page and the audits that cost points.
 *
 *   npm run bench:lighthouse [-- --origin http://localhost:3000] [--runs 3] [--verdict /verdicts/slug]
 *
 * The server should be a production one (`npm start`, with the demo data). Lighthouse is not a
 * dependency of the project (with its own dependencies it adds ~155 MB to every install): the
 * pinned version below is fetched once by `npm exec` into npm's cache. It drives Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium) and needs no network beyond the server.
 * With --runs N, each page is measured N times and the median performance score is kept (a
 * loaded machine makes single runs swing).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const LIGHTHOUSE = "lighthouse@13.5.0";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const origin = option("origin", "http://localhost:3000").replace(/\/$/, "");
const runs = Number(option("runs", "1"));
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

type Audit = { id: string; title: string; score: number | null; displayValue?: string; scoreDisplayMode: string };
type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
};

/** The first verdict linked from the home page, unless --verdict names one. */
async function verdictPath(): Promise<string> {
  const named = option("verdict", "");
  if (named) return named;
  const html = await (await fetch(`${origin}/`)).text();
  const match = /href="(\/verdicts\/[^"/?#]+)"/.exec(html);
  if (!match) throw new Error(`No verdict linked from ${origin}/: publish one (the demo data has some).`);
  return match[1]!;
}

function lighthouse(url: string): Report {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    const result = spawnSync(
      "npm",
      [
        "exec",
        "--yes",
        `--package=${LIGHTHOUSE}`,
        "--",
        "lighthouse",
        url,
        "--output=json",
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
        "--quiet",
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "inherit"], encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`lighthouse ${url} exited with ${result.status}`);
    return JSON.parse(readFileSync(output, "utf8")) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);

/** Audits of the page's categories that did not pass, with what they measured. */
function failing(report: Report): string[] {
  const ids = new Set(Object.values(report.categories).flatMap((category) => category.auditRefs.map((ref) => ref.id)));
  return [...ids]
    .map((id) => report.audits[id]!)
    .filter(
      (audit) =>
        audit && audit.score !== null && audit.score < 0.9 && !["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode),
    )
    .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ""})`);
}

async function main() {
  const pages = [
    ["home", "/"],
    ["verdict page", await verdictPath()],
    ["search", "/search"],
  ] as const;
  console.log(`Lighthouse ${LIGHTHOUSE.split("@")[1]} (mobile), ${origin}, Chromium ${chromePath}, ${runs} run(s) a page\n`);
  console.log("| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const notes: string[] = [];
  for (const [label, pagePath] of pages) {
    const reports = Array.from({ length: runs }, () => lighthouse(`${origin}${pagePath}`));
    // The run with the median performance score stands for the page.
    reports.sort((a, b) => score(a, "performance") - score(b, "performance"));
    const report = reports[Math.floor(reports.length / 2)]!;
    const metric = (id: string) => report.audits[id]?.displayValue ?? "–";
    const perfs = reports.map((r) => score(r, "performance")).join("/");
    console.log(
      `| ${label} | ${pagePath} | ${score(report, "performance")}${runs > 1 ? ` (${perfs})` : ""} | ${score(report, "accessibility")} | ${score(report, "best-practices")} | ${score(report, "seo")} | ${metric("first-contentful-paint")} | ${metric("largest-contentful-paint")} | ${metric("total-blocking-time")} | ${metric("cumulative-layout-shift")} |`,
    );
    const lost = failing(report);
    if (lost.length) notes.push(`${label}: ${lost.join("; ")}`);
  }
  if (notes.length) console.log(`\nAudits below 90:\n${notes.map((note) => `- ${note}`).join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
