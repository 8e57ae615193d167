import http from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { insertPublishedVerdict, query, rows } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

// Today's claims lists stored suggestions, which the monitoring worker writes. The first test writes
// them itself, for two outlets of its own (so the two projects never see each other's); the second
// goes the whole way: a watched feed, the test server's worker, Today's claims, the public page.

async function insertSource(name: string, domain: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    `INSERT INTO "Source" (id, domain, name, kind, "updatedAt") VALUES ($1, $2, $3, 'NEWS', now())
     ON CONFLICT (domain) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    [randomUUID(), domain, name],
  );
  return row!.id;
}

/** An article of `publisherId` ingested just now with one stored suggestion over `claim`. */
async function insertSuggestion(options: {
  publisherId: string;
  title: string;
  claim: string;
  claimant: string;
  score: number;
  groupKey: string;
  repeatOfClaimId?: string;
}) {
  const before = `${options.claimant} told reporters on Monday that `;
  const text = `${before}${options.claim}. The figures were published by the statistics office.`;
  const articleId = randomUUID();
  await query(
    `INSERT INTO "Article" (id, url, title, text, "contentHash", "publisherId", "updatedAt")
     VALUES ($1, $2, $3, $4, md5($4), $5, now())`,
    [articleId, `https://news.example/${articleId}`, options.title, text, options.publisherId],
  );
  await query(
    `INSERT INTO "Suggestion" (id, "articleId", text, claimant, score, start, "end", "sentenceStart", "sentenceEnd", "groupKey", "repeatOfClaimId", "repeatScore", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10, $11, now())`,
    [
      randomUUID(),
      articleId,
      options.claim,
      options.claimant,
      options.score,
      before.length,
      before.length + options.claim.length,
      before.length + options.claim.length + 1,
      options.groupKey,
      options.repeatOfClaimId ?? null,
      options.repeatOfClaimId ? 0.9 : null,
    ],
  );
}

test("a reviewer ranks today's claims, accepts one into the queue and records a repeat of a checked claim", async ({ page }, testInfo) => {
  const tag = randomBytes(4).toString("hex");
  const courier = await insertSource(`Valdor Courier ${tag}`, `courier-${tag}.example`);
  const post = await insertSource(`Kestria Post ${tag}`, `post-${tag}.example`);
  const checked = `Valoria's ${tag} ferry subsidy doubled between 2023 and 2025`;
  const verdict = await insertPublishedVerdict({ slug: `e2e-ferry-${tag}`, claimText: checked, conclusion: "It rose by a quarter." });

  const bridge = `the ${tag} bridge will cost 80 million crowns`;
  await insertSuggestion({
    publisherId: courier,
    title: `Bridge costs ${tag}`,
    claim: bridge,
    claimant: "Mayor Lena Ostrova",
    score: 0.91,
    groupKey: `bridge-${tag}`,
  });
  await insertSuggestion({
    publisherId: post,
    title: `Bridge row ${tag}`,
    claim: bridge,
    claimant: "Mayor Lena Ostrova",
    score: 0.84,
    groupKey: `bridge-${tag}`,
  });
  const rents = `rents in ${tag} rose by 12 per cent last year`;
  await insertSuggestion({
    publisherId: post,
    title: `Rents ${tag}`,
    claim: rents,
    claimant: "Councillor Piet Sander",
    score: 0.73,
    groupKey: `rents-${tag}`,
  });
  const ferry = `the ${tag} ferry subsidy doubled in two years`;
  await insertSuggestion({
    publisherId: courier,
    title: `Ferry subsidy again ${tag}`,
    claim: ferry,
    claimant: "Minister Ana Ruiz",
    score: 0.52,
    groupKey: `ferry-${tag}`,
    repeatOfClaimId: verdict.claimId,
  });

  // The public verdict page as it is before the repeat (and cached so).
  await page.goto(`/verdicts/e2e-ferry-${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(checked);
  await expect(page.getByRole("heading", { name: "Repeated since" })).toHaveCount(0);

  await signIn(page, demo.reviewer, undefined, "/workspace");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Today's claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today's claims" })).toBeVisible();
  await page.getByLabel("Source").selectOption({ label: `Valdor Courier ${tag}` });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`source=${courier}`));
  // The Courier's rows: the bridge (one of its two articles is the Courier's) and the ferry.
  const list = page.getByTestId("today-row");
  await expect(list).toHaveCount(2);
  // Every outlet's rows (other tests' rows too: this test's are those with its tag).
  await page.goto("/workspace/today?minScore=50");
  const mine = list.filter({ hasText: tag });
  await expect(mine).toHaveCount(3);
  await expect(mine.nth(0)).toContainText(bridge);
  await expect(mine.nth(0)).toContainText("Mayor Lena Ostrova");
  await expect(mine.nth(0)).toContainText("91%");
  await expect(mine.nth(0).getByText("Reported by 2 outlets (2 articles)")).toBeVisible();
  await expect(mine.nth(1)).toContainText(rents);
  await expect(mine.nth(1)).toContainText("Councillor Piet Sander");
  await expect(mine.nth(2)).toContainText(ferry);
  await expect(mine.nth(2)).toContainText("Repeats a claim rated False on 1 January 2001");
  await expect(mine.nth(2).getByRole("link", { name: `“${checked}”` })).toHaveAttribute("href", `/verdicts/e2e-ferry-${tag}`);
  await screenshot(page, testInfo, "todays-claims");
  await expectNoAxeViolations(page);
  if (testInfo.project.name === "phone") await expectNoSidewaysScrolling(page);

  // The reader opens at the suggestion itself (its stored id).
  await mine
    .nth(1)
    .getByRole("link", { name: /^Open in the reader/ })
    .click();
  await expect(page).toHaveURL(/\/workspace\/articles\/.+#suggestion-.+/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toContainText(rents);
  await page.goto("/workspace/today?minScore=50");

  // Accept the bridge claim: one claim, quoted in both articles.
  await mine.nth(0).getByRole("button", { name: "Accept into the queue" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Accepted into the queue.");
  await expect(list.filter({ hasText: bridge })).toHaveCount(0);
  await page.getByRole("link", { name: "Open the claim" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(bridge);
  // The claimant on file (a name with a title is the same claimant as without it: issue 14).
  await expect(page.getByText(/Lena Ostrova/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: `Bridge costs ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Bridge row ${tag}` })).toBeVisible();

  // Record the flagged repeat: listed at once on the public verdict page.
  await page.goto("/workspace/today?minScore=50");
  await list.filter({ hasText: ferry }).getByRole("button", { name: "Record as a repeat" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Recorded as a repeat");
  await expect(list.filter({ hasText: ferry })).toHaveCount(0);

  await page.goto(`/verdicts/e2e-ferry-${tag}`);
  const repeated = page.getByRole("region", { name: "Repeated since" });
  await expect(repeated).toBeVisible();
  await expect(repeated).toContainText(`Ferry subsidy again ${tag}`);
  await expect(repeated).toContainText(`Valdor Courier ${tag}`);
  // Not among the appearances the verdict was published with.
  await expect(page.getByRole("heading", { name: "Where the claim appeared" })).toHaveCount(0);
  await screenshot(page, testInfo, "verdict-repeated-since");
  await expectNoAxeViolations(page);
});

/** A published demo verdict per project (the two run at once; each records its own repeat). */
const REPEATED = {
  desktop: {
    slug: "household-electricity-bills-fell-21-per-cent",
    sentence: "household electricity bills in Valoria have fallen by 21 per cent since the price cap took effect in January 2026",
  },
  phone: { slug: "price-cap-cost-taxpayers-3-billion", sentence: "the electricity price cap has cost Valorian taxpayers 3 billion crowns" },
} as const;

function articlePage(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("");
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

test("monitoring: a moderator watches a feed found from a site's address, the worker takes its articles in, a reviewer accepts a claim and records a repeat", async ({
  page,
}, testInfo) => {
  test.slow(); // The worker polls due feeds every 20 seconds, then fetches politely.
  const project = testInfo.project.name === "phone" ? "phone" : "desktop";
  // Letters only: the matcher reads digits inside a word as figures ("8b4e" holds 8 and 4), which
  // could make this test's bridge claim look like a demo claim with a shared figure.
  const tag = randomBytes(4)
    .toString("hex")
    .replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!);
  // The news site: 127.0.0.2 on PORT+2 (desktop) or PORT+3 (phone), allowed by scripts/test.ts.
  const port = Number(process.env.PORT ?? 3000) + (project === "phone" ? 3 : 2);
  const origin = `http://127.0.0.2:${port}`;
  const repeated = REPEATED[project];
  const filler =
    "The council will vote on the plans next month. Residents have until Friday to comment on the proposals, " +
    "which were published on the city's website with a summary of the costs and the timetable for the works.";
  const articles: Record<string, string> = {
    "/news/bridge.html": articlePage(`Bridge costs climb ${tag}`, [
      `NORTHHARBOUR — Mayor Ilse Brandvold said on Monday that the ${tag} bridge has cost 80 million crowns so far, twice the first estimate.`,
      filler,
    ]),
    "/news/price-cap.html": articlePage(`Price cap row ${tag}`, [`Opposition leader Marta Quist said that ${repeated.sentence}.`, filler]),
  };
  const fetched: string[] = [];
  const site = http.createServer((request, response) => {
    fetched.push(request.url ?? "");
    if (request.url === "/news/feed.xml") {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      const items = Object.keys(articles)
        .map((path) => `<item><title>${path}</title><link>${origin}${path}</link><guid>${origin}${path}</guid></item>`)
        .join("");
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback Gazette ${project}</title>${items}</channel></rss>`);
      return;
    }
    const article = articles[request.url ?? ""];
    if (article) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(article);
      return;
    }
    if (request.url === "/robots.txt") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html><head><title>Loopback Gazette</title><link rel="alternate" type="application/rss+xml" href="/news/feed.xml"></head><body><p>News</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => site.listen(port, "127.0.0.2", resolve));
  try {
    const sourceId = await insertSource("Loopback Gazette", "127.0.0.2");
    await signIn(page, demo.moderator, undefined, `/moderation/sources/${sourceId}`);
    const feeds = page.getByRole("region", { name: "Watched feeds" });
    await expect(feeds).toBeVisible();

    await feeds.getByLabel("Feed or site address").fill("https://elsewhere.example/rss");
    await feeds.getByRole("button", { name: "Watch feed" }).click();
    await expect(feeds.getByText(/elsewhere\.example is not 127\.0\.0\.2 nor one of its aliases/).first()).toBeVisible();

    await feeds.getByLabel("Feed or site address").fill(`${origin}/`);
    await feeds.getByRole("button", { name: "Watch feed" }).click();
    await expect(feeds.getByRole("status")).toContainText(`Now watching “Loopback Gazette ${project}” (RSS), found on ${origin}/.`);
    const item = feeds.getByRole("listitem").filter({ hasText: `${origin}/news/feed.xml` });
    await expect(item).toContainText("Active");
    await screenshot(page, testInfo, "source-watched-feeds");
    await expectNoAxeViolations(page);

    // The same feed again: refused, with a link to the one watched.
    await feeds.getByLabel("Feed or site address").fill(`${origin}/news/feed.xml`);
    await feeds.getByRole("button", { name: "Watch feed" }).click();
    await expect(feeds.getByRole("alert")).toContainText("This feed is already watched, for “Loopback Gazette”.");
    await expect(feeds.getByRole("link", { name: "Open the feed watched for Loopback Gazette" })).toBeVisible();

    // The test server's worker polls the feed and takes both articles in, each fetched once.
    await expect
      .poll(
        async () =>
          (
            await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" a JOIN "Feed" f ON f.id = a."feedId" WHERE f.url = $1`, [
              `${origin}/news/feed.xml`,
            ])
          )[0]!.n,
        { timeout: 150_000, message: "articles taken in from the watched feed" },
      )
      .toBe(2);
    expect(fetched.filter((url) => url === "/news/bridge.html")).toHaveLength(1);
    expect(fetched.filter((url) => url === "/news/price-cap.html")).toHaveLength(1);

    // A reviewer finds the claims on Today's claims, ranked, with their claimants.
    await page.context().clearCookies();
    await signIn(page, demo.reviewer, undefined, `/workspace/today?source=${sourceId}&minScore=0`);
    const rowsOfToday = page.getByTestId("today-row");
    const bridge = rowsOfToday.filter({ hasText: `the ${tag} bridge has cost 80 million crowns` });
    await expect(bridge).toContainText("Ilse Brandvold");
    const repeat = rowsOfToday.filter({ hasText: repeated.sentence });
    await expect(repeat).toContainText("Marta Quist");
    await expect(repeat).toContainText(/Repeats a claim rated .+ on /);

    await bridge.getByRole("button", { name: "Accept into the queue" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Accepted into the queue.");
    await page.getByRole("link", { name: "Open the claim" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`the ${tag} bridge has cost 80 million crowns`);
    await expect(page.getByRole("link", { name: `Bridge costs climb ${tag}` })).toBeVisible();

    // The repeat, recorded: listed at once on the public verdict page.
    await page.goto(`/workspace/today?source=${sourceId}&minScore=0`);
    await repeat.getByRole("button", { name: "Record as a repeat" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("Recorded as a repeat");
    await page.context().clearCookies();
    await page.goto(`/verdicts/${repeated.slug}`);
    await expect(page.getByRole("region", { name: "Repeated since" })).toContainText(`Price cap row ${tag}`);

    // Pausing and removing the feed.
    await signIn(page, demo.moderator, undefined, `/moderation/sources/${sourceId}`);
    await item.getByRole("button", { name: /^Pause / }).click();
    await expect(item).toContainText("Paused");
    await item.getByText("Remove…").click();
    await item.getByRole("button", { name: /^Stop watching / }).click();
    await expect(feeds.getByRole("listitem").filter({ hasText: `${origin}/news/feed.xml` })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});
