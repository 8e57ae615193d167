import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { insertPublishedVerdict, query, rows } from "./support/db";
import { expectNoAxeViolations, screenshot } from "./support/pages";

// Public pages of issue 6: claimant, source, topic and written pages, the home page's chart and
// topics, links between them, and the public cache (a cached page stays as it was until a
// refresh, and shows the change on the very next request after one).
//
// The database is the run's seeded demo database (DATABASE_URL, set by `npm test`); expected
// values are read from it rather than typed here, so the tests follow the demo data.

/** The server's HTML as text, entities decoded: what a reader without JavaScript gets. */
async function serverHtml(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  // Only the HTML before the RSC payload scripts: the text must be in the markup itself.
  const markup = html.slice(0, html.indexOf("<script>self.__next_f") > 0 ? html.indexOf("<script>self.__next_f") : undefined);
  return markup
    .replace(/<!-- -->/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

type PublishedClaim = { text: string; slug: string };

async function publishedClaimsOf(where: string, param: string): Promise<PublishedClaim[]> {
  return rows<PublishedClaim>(
    `SELECT c.text, v.slug FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
     WHERE v.status = 'PUBLISHED' AND ${where} ORDER BY v."publishedAt" DESC`,
    [param],
  );
}

// ------------------------------------------------------------------ every page: axe, screenshots

// The home page's list of the latest verdicts is checked here too (`shows`: at least that many
// links to verdict pages).
const pages: { name: string; url: string; shows?: number }[] = [
  { name: "home", url: "/", shows: 4 },
  { name: "verdict", url: "/verdicts/valoria-kestria-pact-preexisting-measures" },
  { name: "claimant", url: "/claimants/piet-haldane" },
  { name: "source", url: "/sources/statistics.valoria.example" },
  { name: "topic", url: "/topics/energy" },
  { name: "methodology", url: "/methodology" },
  { name: "corrections-policy", url: "/corrections-policy" },
  { name: "about", url: "/about" },
];

for (const { name, url, shows } of pages) {
  test(`the ${name} page (${url}) has a title, a canonical URL, fits the screen and passes axe`, async ({ page }, testInfo) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if (shows) await expect.poll(() => page.locator('main a[href^="/verdicts/"]').count()).toBeGreaterThanOrEqual(shows);
    await expect(page).toHaveTitle(/\S/);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/^http/);
    // Nothing wider than the window (readable at 360 px without sideways scrolling).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, testInfo, `pages-${name}`);
    await expectNoAxeViolations(page);
  });
}

// ------------------------------------------------------------------ content in the server HTML

test(
  "the claimant page lists the claimant's published fact checks and their ratings in its server HTML",
  { tag: "@http" },
  async ({ request }) => {
    const [claimant] = await rows<{ id: string; name: string; description: string; sameAs: string }>(
      `SELECT id, name, description, "sameAs" FROM "Claimant" WHERE slug = 'piet-haldane'`,
    );
    const published = await publishedClaimsOf(`c."claimantId" = $1`, claimant!.id);
    const [retracted] = await rows<{ text: string }>(
      `SELECT c.text FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId" WHERE v.status = 'RETRACTED' AND c."claimantId" = $1`,
      [claimant!.id],
    );
    expect(published.length).toBeGreaterThan(0);
    expect(retracted, "demo data: this claimant also has a retracted verdict").toBeDefined();

    const html = await serverHtml(request, "/claimants/piet-haldane");
    expect(html).toContain(claimant!.name);
    expect(html).toContain(claimant!.description);
    expect(html).toContain(`href="${claimant!.sameAs}"`);
    for (const claim of published) expect(html).toContain(claim.text);
    // Lists show what stands: the retracted verdict is not among the checked claims.
    expect(html).not.toContain(retracted!.text);
    // The breakdown's total is the number of published verdicts.
    expect(html).toMatch(new RegExp(`Total</th><td[^>]*>${published.length}</td>`));
  },
);

test("the topic page lists the topic's published fact checks in its server HTML", { tag: "@http" }, async ({ request }) => {
  const published = await publishedClaimsOf(
    `EXISTS (SELECT 1 FROM "_ClaimToTopic" ct JOIN "Topic" t ON t.id = ct."B" WHERE ct."A" = c.id AND t.slug = $1)`,
    "energy",
  );
  expect(published.length).toBeGreaterThan(0);
  const html = await serverHtml(request, "/topics/energy");
  for (const claim of published) {
    expect(html).toContain(claim.text);
    expect(html).toContain(`href="/verdicts/${claim.slug}"`);
  }
});

test(
  "the source page shows reliability, how often it was cited, and never its internal notes or watch status",
  { tag: "@http" },
  async ({ request }) => {
    const [source] = await rows<{ id: string; name: string; reliabilityNote: string; internalNotes: string | null }>(
      `SELECT id, name, "reliabilityNote", "internalNotes" FROM "Source" WHERE domain = 'statistics.valoria.example'`,
    );
    // Citations as published with the verdicts (the desk's later evidence work is not public yet).
    const [{ count: citations }] = (await rows<{ count: string }>(
      `SELECT count(*) FROM "Verdict" v, jsonb_array_elements(v."publishedEvidence") item WHERE item->>'sourceId' = $1 AND v.status = 'PUBLISHED'`,
      [source!.id],
    )) as [{ count: string }];
    const citing = await publishedClaimsOf(
      `v."publishedEvidence" @> jsonb_build_array(jsonb_build_object('sourceId', $1::text))`,
      source!.id,
    );

    const html = await serverHtml(request, "/sources/statistics.valoria.example");
    expect(html).toContain(source!.name);
    expect(html).toContain(source!.reliabilityNote);
    expect(html).toMatch(new RegExp(`Times cited as evidence</dt><dd[^>]*>${Number(citations)}</dd>`));
    for (const claim of citing) expect(html).toContain(claim.text);

    // A source on watch: its public rating and note are shown; the watch flag and the staff notes are not.
    const [watched] = await rows<{ domain: string; reliabilityNote: string; internalNotes: string }>(
      `SELECT domain, "reliabilityNote", "internalNotes" FROM "Source" WHERE status = 'WATCH' AND "internalNotes" IS NOT NULL LIMIT 1`,
    );
    const response = await request.get(`/sources/${watched!.domain}`);
    expect(response.status()).toBe(200);
    const body = await response.text(); // the whole response, RSC payload included
    expect(body).toContain(watched!.reliabilityNote.slice(0, 40));
    expect(body).not.toContain(watched!.internalNotes.slice(0, 40));
    expect(body).not.toMatch(/\bWATCH\b|\bwatch\b/);
  },
);

test("the methodology page renders the rating scale from the Rating table", { tag: "@http" }, async ({ request }) => {
  const ratings = await rows<{ label: string; description: string; color: string }>(
    `SELECT label, description, color FROM "Rating" WHERE "retiredAt" IS NULL AND key NOT LIKE 'e2e-%' ORDER BY position`,
  );
  expect(ratings.length).toBeGreaterThan(0);
  const html = await serverHtml(request, "/methodology");
  let previous = -1;
  for (const rating of ratings) {
    expect(html).toContain(rating.description);
    expect(html.toLowerCase()).toContain(rating.color.toLowerCase());
    const at = html.indexOf(`</span>${rating.label}</span>`);
    expect(at, `${rating.label} in scale order`).toBeGreaterThan(previous);
    previous = at;
  }
});

test("the home page shows the rating distribution as a table and links the topics with the most verdicts", async ({ page }) => {
  await page.goto("/");
  const chart = page.getByRole("table", { name: "Our ratings so far" });
  await expect(chart).toBeVisible();
  const ratings = await rows<{ label: string }>(
    `SELECT label FROM "Rating" WHERE "retiredAt" IS NULL AND key NOT LIKE 'e2e-%' ORDER BY position`,
  );
  for (const rating of ratings) await expect(chart.getByRole("rowheader", { name: rating.label, exact: true })).toBeVisible();

  const [top] = await rows<{ slug: string; name: string }>(
    `SELECT t.slug, t.name FROM "Topic" t JOIN "_ClaimToTopic" ct ON ct."B" = t.id JOIN "Verdict" v ON v."claimId" = ct."A"
     WHERE v.status = 'PUBLISHED' GROUP BY t.id ORDER BY count(*) DESC, t.name LIMIT 1`,
  );
  const topics = page.getByRole("list", { name: "Topics with the most fact checks" });
  await expect(topics.getByRole("link").first()).toContainText(top!.name);
  await topics.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/topics/${top!.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(top!.name);
});

// ------------------------------------------------------------------ links and 404s

test(
  "reading pages are sent without Next.js's scripts, compressed; a page with a client form keeps them",
  { tag: "@http" },
  async ({ request }) => {
    for (const { url } of [...pages, { url: "/search?q=measles" }]) {
      const response = await request.get(url, { headers: { "accept-encoding": "gzip" } });
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-encoding"], url).toBe("gzip");
      const html = await response.text(); // decompressed by the client
      expect(html, url).toContain('<meta name="factdesk-scripts" content="none"/>');
      expect(html, url).not.toMatch(/<script[^>]* src="\/_next\//);
      expect(html, url).not.toMatch(/<link[^>]*as="script"/);
      expect(html, url).not.toContain("self.__next_f");
      expect(html, url).toMatch(/<h1[^>]*>/);
    }
    // ClaimReview (data, not code) stays on the verdict page.
    expect(await (await request.get("/verdicts/valoria-kestria-pact-preexisting-measures")).text()).toContain(
      '<script type="application/ld+json">',
    );
    const submit = await (await request.get("/submit")).text();
    expect(submit).toMatch(/<script[^>]* src="\/_next\/static\//);
    expect(submit).toContain("self.__next_f");
  },
);

test("a verdict page links its claimant, topics and evidence sources to their pages", async ({ page }) => {
  await page.goto("/verdicts/valoria-kestria-pact-preexisting-measures");
  const header = page.locator("article header");
  const claimantName = (
    await header
      .getByRole("link", { name: /Kestria/ })
      .first()
      .innerText()
  ).trim();
  await header.getByRole("link", { name: claimantName }).click();
  await expect(page).toHaveURL(/\/claimants\/government-of-kestria$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claimantName);

  await page.goBack();
  await page.locator("article header").getByRole("link", { name: "Security" }).click();
  await expect(page).toHaveURL(/\/topics\/security$/);

  await page.goBack();
  const evidence = page.getByRole("region", { name: "Evidence" });
  const sourceLink = evidence.locator('a[href^="/sources/"]').first();
  const sourceName = (await sourceLink.innerText()).trim();
  await sourceLink.click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9.-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceName);
});

test("the header and footer link the written pages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "About our work" }).getByRole("link", { name: "Corrections policy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrections policy");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("About");
  await expect(page.locator("main")).toContainText("Nonpartisanship and fairness");
});

test("claimants, topics and sources without a public verdict, and unknown ones, are 404 pages", { tag: "@http" }, async ({ request }) => {
  // Demo data: Ilse Marrow's only claim awaits approval; the blocked Daily Truth Wire is on no public verdict.
  const [unpublished] = await rows<{ slug: string }>(
    `SELECT cl.slug FROM "Claimant" cl WHERE NOT EXISTS (SELECT 1 FROM "Claim" c JOIN "Verdict" v ON v."claimId" = c.id
     WHERE c."claimantId" = cl.id AND v.status IN ('PUBLISHED', 'RETRACTED')) AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."claimantId" = cl.id) LIMIT 1`,
  );
  for (const url of [
    `/claimants/${unpublished!.slug}`,
    "/claimants/nobody-at-all",
    "/topics/no-such-topic",
    "/sources/dailytruthwire.example",
    "/sources/not-a-domain",
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
  }
  // Other spellings of a source's domain lead to its one address.
  const response = await request.get("/sources/WWW.Statistics.Valoria.example", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/sources\/statistics\.valoria\.example$/);
});

test("list pages are paged by path (each a whole cached page); old ?page= links lead there", { tag: "@http" }, async ({ request }) => {
  // Demo data: each of these lists has fewer than ten published verdicts: one page.
  const get = (url: string) => request.get(url, { maxRedirects: 0 });
  // Next sends the Location of a redirect made while rendering a cached page twice (same value)
  // on the render that stores it; Playwright joins them with ", " (decision 026).
  const target = (response: APIResponse) => new URL(response.headers().location!.split(", ")[0]!, "http://x").pathname;
  const lists: [string, string][] = [
    ["topic", "/topics/energy"],
    ["claimant", "/claimants/piet-haldane"],
    ["source", "/sources/statistics.valoria.example"],
  ];
  for (const [list, base] of lists) {
    const old = await get(`${base}?page=2`);
    expect(old.status(), list).toBe(308);
    expect(target(old), list).toBe(`${base}/page/2`);
    // Past the last page: none; page 1 is the list's own address.
    expect((await get(`${base}/page/2`)).status(), list).toBe(404);
    const first = await get(`${base}/page/1`);
    expect(first.status(), list).toBe(308);
    expect(target(first), list).toBe(base);
    expect((await get(`${base}/page/two`)).status(), list).toBe(404);
  }
  // "/" and "/methodology" are served by routes with a fixed parameter; those addresses lead back.
  const internalAddresses: [string, string][] = [
    ["/front-page/latest", "/"],
    ["/methodology/current", "/methodology"],
  ];
  for (const [internal, address] of internalAddresses) {
    const response = await get(internal);
    expect(response.status(), internal).toBe(307);
    expect(target(response), internal).toBe(address);
  }
});

// ------------------------------------------------------------------ the public cache

/**
 * A real staff write that refreshes the public pages: the verdict's author renames themselves
 * (reviewers' names appear on verdicts, so the write path refreshes the `verdicts` tag).
 */
async function renameAuthor(page: Page, author: { email: string; password: string }, name: string) {
  await signIn(page, author.email, author.password, "/workspace/profile");
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your name is saved.");
  await page.context().clearCookies();
}

/** The public-cache tags a page was served with (its Cache-Tag header). */
async function pageTags(request: APIRequestContext, url: string): Promise<string[]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return (response.headers()["cache-tag"] ?? "").split(",").filter(Boolean);
}

/**
 * The newest refresh of any of these tags (lib/shared-cache-tags.ts records each refresh, from any
 * process, in "PublicCacheTag"). Other tests publish in parallel, and a publication refreshes the
 * `verdicts` tag that every verdict page carries: a change of this figure while a test checks that
 * a cached page stands means the check proves nothing, and the test starts again with new records.
 */
async function lastRefresh(tags: string[]): Promise<string> {
  const [row] = await rows<{ version: string | null }>(`SELECT max(version)::text AS version FROM "PublicCacheTag" WHERE tag = ANY($1)`, [
    tags,
  ]);
  return row?.version ?? "0";
}

/**
 * One run of the cache test with records of its own. Returns false when another test refreshed
 * the pages' tags while this run checked that cached pages stand (then the run proves nothing);
 * every expectation holds otherwise.
 */
async function cachedPagesScenario(request: APIRequestContext, page: Page, projectName: string): Promise<boolean> {
  // Records of its own (each project runs this test at the same time), published long ago so
  // that they sit at the end of every list while they are public.
  const token = `${projectName}-${randomBytes(4).toString("hex")}`;
  const claimantId = `cache-claimant-${token}`;
  const slug = `e2e-cache-test-${token}`;
  const author = await createStaffUser("REVIEWER", "cacheauthor");
  await query(`INSERT INTO "Claimant" (id, name, slug, description, "updatedAt") VALUES ($1, $2, $3, 'First description', now())`, [
    claimantId,
    `Cache Tester ${token}`,
    `cache-tester-${token}`,
  ]);
  const ids = await insertPublishedVerdict({
    slug,
    claimText: `Cache test claim ${token}`,
    conclusion: "First conclusion",
    claimantId,
    authorId: author.id,
  });
  const verdictUrl = `/verdicts/${slug}`;
  const claimantUrl = `/claimants/cache-tester-${token}`;

  // First requests read the database and fill the cache.
  expect(await serverHtml(request, verdictUrl)).toContain("First conclusion");
  expect(await serverHtml(request, claimantUrl)).toContain("First description");
  const tags = [...new Set([...(await pageTags(request, verdictUrl)), ...(await pageTags(request, claimantUrl))])];
  expect(tags).toContain(`verdict:${ids.verdictId}`);
  const filled = await lastRefresh(tags);

  // A correction written straight to the database, without a refresh: the cached pages stand.
  await query(`UPDATE "Verdict" SET conclusion = 'Corrected conclusion' WHERE id = $1`, [ids.verdictId]);
  await query(`UPDATE "Claimant" SET description = 'Second description' WHERE id = $1`, [claimantId]);
  const standing = [await serverHtml(request, verdictUrl), await serverHtml(request, claimantUrl)];

  // A staff write that touches nothing public (a role change) refreshes nothing.
  const admin = await createStaffUser("ADMIN", "cacheadmin");
  await signIn(page, admin.email, admin.password, "/moderation/users");
  const row = page.getByTestId(`staff-${author.email}`);
  await row.getByLabel(`Role of ${author.name}`).selectOption("MODERATOR");
  await row.getByRole("button", { name: `Save role of ${author.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Role saved.");
  await page.context().clearCookies();
  const afterRoleChange = await serverHtml(request, verdictUrl);
  if ((await lastRefresh(tags)) !== filled) return false;
  expect(standing[0]).toContain("First conclusion");
  expect(standing[1]).toContain("First description");
  expect(afterRoleChange).toContain("First conclusion");

  // A write that shows on verdicts refreshes them: the very next request shows the change, on
  // the verdict page and on the pages that list verdicts.
  await renameAuthor(page, author, `Renamed author ${token}`);
  const corrected = await serverHtml(request, verdictUrl);
  expect(corrected).toContain("Corrected conclusion");
  expect(corrected).toContain(`Renamed author ${token}`);
  expect(corrected).not.toContain("First conclusion");
  expect(await serverHtml(request, claimantUrl)).toContain("Second description");

  // A retraction: served as live until refreshed, never after.
  const beforeRetraction = await lastRefresh(tags);
  await query(
    `UPDATE "Verdict" SET status = 'RETRACTED', "retractedAt" = now(), "retractionReason" = 'Cache test retraction' WHERE id = $1`,
    [ids.verdictId],
  );
  const stillLive = await serverHtml(request, verdictUrl);
  if ((await lastRefresh(tags)) !== beforeRetraction) return false;
  expect(stillLive).not.toContain("This fact check has been retracted");
  await renameAuthor(page, author, `Author renamed again ${token}`);
  const retracted = await serverHtml(request, verdictUrl);
  expect(retracted).toContain("This fact check has been retracted");
  expect(retracted).toContain("Cache test retraction");
  // And it has left the claimant's list of checked claims (lists follow a verdict's refresh).
  expect(await serverHtml(request, claimantUrl)).not.toContain(`Cache test claim ${token}`);
  return true;
}

test("cached public pages ignore database changes until a write refreshes them, then show them on the next request", async ({
  request,
  page,
}, testInfo) => {
  // Runs again with new records only when another test demonstrably refreshed the pages meanwhile.
  for (let attempt = 1; !(await cachedPagesScenario(request, page, testInfo.project.name)); attempt++) {
    expect(attempt, "other tests refreshed these pages during every attempt").toBeLessThan(6);
  }
});
