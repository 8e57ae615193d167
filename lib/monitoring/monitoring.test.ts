import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleHtml, rssFeed, startNewsSite, type NewsSite, type Route } from "@/scripts/testing/news-site";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";
import { suggestClaims } from "@/lib/claims/suggest";
import type { MonitoringContext } from "./context";
import { ingestArticleUrl } from "./intake";
import { MAX_FEED_BYTES, pollFeed } from "./poll";
import { createPoliteFetcher, type PoliteFetcher } from "./polite-fetch";

// The suggester as shipped, its calls counted: a long article takes it seconds.
vi.mock("@/lib/claims/suggest", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/claims/suggest")>();
  return { ...actual, suggestClaims: vi.fn(actual.suggestClaims) };
});

const t = useFreshDatabase();

let site: NewsSite;
let fetcher: PoliteFetcher;
/** Article addresses the polls queued, in order. */
const queued: string[] = [];
let ctx: MonitoringContext;
let sourceId: string;

beforeAll(async () => {
  site = await startNewsSite();
  fetcher = createPoliteFetcher(t.url, { gapMs: 0, fetchOptions: { testAllowHosts: [site.hostPort] } });
  ctx = { db: t.db, fetcher, enqueueIngest: async (urls) => void queued.push(...urls), refresh: () => {} };
  sourceId = (await t.db.source.create({ data: { name: "Valdor Courier", domain: "127.0.0.1", kind: "NEWS" } })).id;
});

afterAll(async () => {
  await fetcher?.close();
  await site?.close();
});

const feed = (path: string, fields: { maxItemsPerPoll?: number } = {}) =>
  t.db.feed.create({ data: { sourceId, url: `${site.origin}${path}`, ...fields } });

/** Runs the queued article jobs as a worker would. */
async function drain() {
  while (queued.length) await ingestArticleUrl(queued.shift()!, ctx);
}

describe("polling a feed and taking in its articles", () => {
  it("turns new items into articles with stored suggestions, then a 304 answer causes no work", async () => {
    const paths = ["/news/1", "/news/2", "/news/3"];
    paths.forEach((p, i) => site.route(p, { html: articleHtml(i + 1) }));
    site.route("/feed-a.xml", { feed: rssFeed(site.origin, paths), etag: '"v1"' });
    const a = await feed("/feed-a.xml", { maxItemsPerPoll: 2 });

    expect(await pollFeed(a.id, ctx)).toEqual({ kind: "polled", newItems: 2 });
    await drain();
    const articles = await t.db.article.findMany({ where: { feedId: a.id }, include: { suggestions: true } });
    expect(articles).toHaveLength(2);
    for (const article of articles) expect(article.suggestions.length).toBeGreaterThan(0);
    expect(articles[0]!.suggestions.every((s) => s.repeatCheckedAt !== null && s.groupKey.length > 0)).toBe(true);
    expect(await t.db.feedItem.count({ where: { feedId: a.id, state: "INGESTED" } })).toBe(2);
    const audited = await t.db.auditEvent.count({ where: { action: "article.create", entityId: { in: articles.map((x) => x.id) } } });
    expect(audited).toBe(2);

    // The third item waits for the next poll, which the site answers with 304: nothing is read.
    const stored = await t.db.feed.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.etag).toBe('"v1"');
    expect(await pollFeed(a.id, ctx)).toEqual({ kind: "not-modified" });
    expect(queued).toEqual([]);
    expect(await t.db.feedItem.count({ where: { feedId: a.id } })).toBe(2);
  });

  it("stores an article listed in two feeds once, and fetches it once", async () => {
    site.route("/shared", { html: articleHtml(50) });
    site.route("/feed-b.xml", { feed: rssFeed(site.origin, ["/shared"]) });
    site.route("/feed-c.xml", { feed: rssFeed(site.origin, ["/shared"]) });
    const b = await feed("/feed-b.xml");
    const c = await feed("/feed-c.xml");
    await pollFeed(b.id, ctx);
    await drain();
    // The second feed lists it after it was taken in: it is not fetched again.
    await pollFeed(c.id, ctx);
    await drain();
    expect(await t.db.article.count({ where: { url: `${site.origin}/shared` } })).toBe(1);
    expect(site.hits.get("/shared")).toBe(1);
    const items = await t.db.feedItem.findMany({ where: { url: `${site.origin}/shared` } });
    expect(items.map((i) => i.state)).toEqual(["INGESTED", "INGESTED"]);
    expect(new Set(items.map((i) => i.articleId)).size).toBe(1);

    // An item created while the article's job ran (so its own job came later): linked, not fetched.
    const late = await t.db.feedItem.create({ data: { feedId: c.id, guid: "late", url: `${site.origin}/shared` } });
    expect(await ingestArticleUrl(late.url, ctx)).toMatchObject({ kind: "ingested", articleId: items[0]!.articleId });
    expect(site.hits.get("/shared")).toBe(1);
    expect(await t.db.feedItem.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ state: "INGESTED" });

    // The same text at another address (syndicated): the article on file, not a second one.
    site.route("/syndicated", { html: articleHtml(50) });
    site.route("/feed-d.xml", { feed: rssFeed(site.origin, ["/syndicated"]) });
    const d = await feed("/feed-d.xml");
    await pollFeed(d.id, ctx);
    await drain();
    expect(await t.db.article.count({ where: { url: `${site.origin}/syndicated` } })).toBe(0);
    expect(await t.db.feedItem.findFirstOrThrow({ where: { feedId: d.id } })).toMatchObject({
      state: "INGESTED",
      articleId: items[0]!.articleId,
    });
  });

  it("runs the suggester only for text not already on file", async () => {
    const suggested = vi.mocked(suggestClaims);
    const takeIn = async (path: string, route: Parameters<NewsSite["route"]>[1]) => {
      site.route(path, route);
      site.route(`/feed${path}.xml`, { feed: rssFeed(site.origin, [path]) });
      const f = await feed(`/feed${path}.xml`);
      suggested.mockClear();
      await pollFeed(f.id, ctx);
      await drain();
      expect(site.hits.get(path), path).toBe(1);
      return (await t.db.feedItem.findFirstOrThrow({ where: { feedId: f.id } })).articleId;
    };
    const storedSuggestions = (articleId: string) =>
      t.db.suggestion.findMany({ where: { articleId }, orderBy: { start: "asc" }, select: { id: true, text: true, updatedAt: true } });
    const redirectTo =
      (path: string): Route =>
      (_request, response) => {
        response.writeHead(302, { Location: path });
        response.end();
      };

    const articleId = (await takeIn("/unchanged/1", { html: articleHtml(80) }))!;
    expect(suggested).toHaveBeenCalledTimes(1);
    const before = await storedSuggestions(articleId);
    expect(before.length).toBeGreaterThan(0);

    // The same text at another address, and an address that redirects to the article on file:
    // that article, its suggestions untouched, and the suggester not run.
    expect(await takeIn("/unchanged/2", { html: articleHtml(80) })).toBe(articleId);
    expect(suggested).not.toHaveBeenCalled();
    expect(await takeIn("/unchanged/3", redirectTo("/unchanged/1"))).toBe(articleId);
    expect(suggested).not.toHaveBeenCalled();
    expect(await storedSuggestions(articleId)).toEqual(before);

    // Changed text behind a redirect to the article on file: the new text's suggestions.
    site.route("/unchanged/1", { html: articleHtml(81) });
    expect(await takeIn("/unchanged/4", redirectTo("/unchanged/1"))).toBe(articleId);
    expect(suggested).toHaveBeenCalledTimes(1);
    const after = await storedSuggestions(articleId);
    expect(after.map((s) => s.text)).not.toEqual(before.map((s) => s.text));
  });

  it("puts a malformed feed, a web page and an oversized feed in their error state while another feed goes on", async () => {
    site.route("/broken.xml", { feed: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><link>a</item></channel>' });
    site.route("/page.html", { html: articleHtml(99) });
    site.route("/huge.xml", { feed: rssFeed(site.origin, []).replace("News", "x".repeat(MAX_FEED_BYTES + 10)) });
    site.route("/good/1", { html: articleHtml(60) });
    site.route("/good.xml", { feed: rssFeed(site.origin, ["/good/1"]) });
    const broken = await feed("/broken.xml");
    const page = await feed("/page.html");
    const huge = await feed("/huge.xml");
    const good = await feed("/good.xml");
    for (const f of [broken, page, huge, good]) await pollFeed(f.id, ctx);
    await drain();

    const state = async (id: string) => t.db.feed.findUniqueOrThrow({ where: { id } });
    expect(await state(broken.id)).toMatchObject({
      lastError: "The feed is not well-formed XML, so it cannot be read.",
      consecutiveFailures: 1,
    });
    expect((await state(page.id)).lastError).toMatch(/gives a web page, not a feed/);
    expect((await state(huge.id)).lastError).toMatch(/larger than 2 MB/);
    expect((await state(broken.id)).lastErrorAt).not.toBeNull();
    expect(await state(good.id)).toMatchObject({ lastError: null, consecutiveFailures: 0 });
    expect(await t.db.article.count({ where: { feedId: good.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "feed.poll_failed", entityId: broken.id } })).toBe(1);
  });

  it("puts a redirect loop, a server that trickles bytes and a compressed bomb in the feed's error state", async () => {
    site.route("/loop.xml", (_request, response) => {
      response.writeHead(302, { Location: "/loop.xml" });
      response.end();
    });
    const trickling: NodeJS.Timeout[] = [];
    site.route("/trickle.xml", (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/rss+xml" });
      trickling.push(setInterval(() => response.write(" "), 100));
    });
    // 10 MB of zeros compressed to about 10 kB, sent although Factdesk asked for no compression.
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    site.route("/bomb.xml", (_request, response) => {
      response.writeHead(200, { "Content-Type": "application/rss+xml", "Content-Encoding": "gzip" });
      response.end(bomb);
    });
    const quick = createPoliteFetcher(t.url, { gapMs: 0, fetchOptions: { testAllowHosts: [site.hostPort], timeoutMs: 1500 } });
    try {
      const feeds = [await feed("/loop.xml"), await feed("/trickle.xml"), await feed("/bomb.xml")];
      for (const f of feeds) expect(await pollFeed(f.id, { ...ctx, fetcher: quick })).toMatchObject({ kind: "failed" });
      const errors = await Promise.all(feeds.map(async (f) => (await t.db.feed.findUniqueOrThrow({ where: { id: f.id } })).lastError));
      expect(errors[0]).toMatch(/redirected more than 5 times/);
      expect(errors[1]).toMatch(/did not answer within 1.5 seconds/);
      expect(errors[2]).toBe("The feed is not well-formed XML, so it cannot be read.");
    } finally {
      trickling.forEach(clearInterval);
      await quick.close();
    }
  });

  it("skips article pages that robots.txt disallows", async () => {
    site.route("/robots.txt", { html: "User-agent: *\nDisallow: /private/\n", contentType: "text/plain" });
    site.route("/private/1", { html: articleHtml(70) });
    site.route("/feed-r.xml", { feed: rssFeed(site.origin, ["/private/1"]) });
    // A fresh fetcher: the first one remembers that this site had no robots.txt.
    const polite = createPoliteFetcher(t.url, { gapMs: 0, fetchOptions: { testAllowHosts: [site.hostPort] } });
    try {
      const r = await feed("/feed-r.xml");
      await pollFeed(r.id, { ...ctx, fetcher: polite });
      while (queued.length) await ingestArticleUrl(queued.shift()!, { ...ctx, fetcher: polite });
      expect(await t.db.feedItem.findFirstOrThrow({ where: { feedId: r.id } })).toMatchObject({ state: "SKIPPED" });
      expect(site.hits.get("/private/1")).toBeUndefined();
    } finally {
      await polite.close();
    }
  });

  it("flags a suggestion that repeats a claim with a published verdict", async () => {
    const checked = "Unemployment in Kestria fell to 3.2 percent last year, the lowest level on record.";
    const author = await t.db.user.create({ data: { email: "repeat@example.test", name: "Repeat Tester", role: "REVIEWER" } });
    const claim = await t.db.claim.create({ data: { text: checked, status: "PUBLISHED" } });
    await t.db.verdict.create({
      data: {
        claimId: claim.id,
        slug: "kestria-unemployment",
        ratingId: "rating_false",
        status: "PUBLISHED",
        authorId: author.id,
        publishedAt: new Date(),
      },
    });
    await refreshClaimMeanings(t.db, [claim.id]);
    site.route("/repeat/1", {
      html: articleHtml(400).replace(
        "</article>",
        `<p>Finance minister Ada Krol said that unemployment in Kestria fell to 3.2 percent last year, the lowest level on record.</p></article>`,
      ),
    });
    site.route("/feed-repeat.xml", { feed: rssFeed(site.origin, ["/repeat/1"]) });
    const f = await feed("/feed-repeat.xml");
    await pollFeed(f.id, ctx);
    await drain();
    const article = await t.db.article.findFirstOrThrow({ where: { feedId: f.id } });
    const flagged = await t.db.suggestion.findMany({ where: { articleId: article.id, repeatOfClaimId: { not: null } } });
    expect(flagged.map((s) => [s.repeatOfClaimId, s.text])).toEqual([
      [claim.id, expect.stringContaining("unemployment in Kestria fell to 3.2 percent")],
    ]);
    expect(flagged[0]!.repeatScore).toBeGreaterThan(0.5);
    expect(await t.db.auditEvent.count({ where: { action: "suggestion.repeat_found", entityId: flagged[0]!.id } })).toBe(1);
    const unflagged = await t.db.suggestion.count({
      where: { articleId: article.id, repeatOfClaimId: null, repeatCheckedAt: { not: null } },
    });
    expect(unflagged).toBeGreaterThan(0);
  });
});
