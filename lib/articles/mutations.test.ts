import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { suggestClaims } from "@/lib/claims/suggest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { createClaim } from "@/lib/claims/create";
import { mergeSources } from "@/lib/sources/mutations";
import { holdRowLocks, tracked, waitForLockWaits } from "@/scripts/testing/locks";
import { contentHash } from "./content-hash";
import { ingestArticleFromUrl, ingestPastedArticle, refetchArticle } from "./mutations";

// The real suggester, counted.
vi.mock("@/lib/claims/suggest", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/claims/suggest")>();
  return { ...actual, suggestClaims: vi.fn(actual.suggestClaims) };
});

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "e2e", "fixtures", "harbour-toll.html"), "utf8");
const TEXT =
  "The council approved the 2027 budget on Monday night. Housing spending rises by 38 per cent, to 412 million crowns.\n\n" +
  "Mayor Lena Ostrova said that the city will build 1,200 social homes by 2028, more than in the previous decade.";

// The news site: a local server whose page can be changed between fetches.
let page = FIXTURE;
/** Paths the site now redirects (301) elsewhere. */
const redirects = new Map<string, string>();
let server: http.Server;
let origin: string;
let allow: { testAllowHosts: string[] };
let reviewer: CurrentUser;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const target = redirects.get(request.url ?? "");
    if (target) {
      response.writeHead(301, { Location: target });
      response.end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allow = { testAllowHosts: [`127.0.0.1:${port}`] };
  reviewer = await makeStaff("REVIEWER");
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("pasting an article", () => {
  it("stores the text exactly (line endings normalised) with its hash, and audits it", async () => {
    const result = await ingestPastedArticle(
      { title: " Budget passes ", text: TEXT.replace(/\n/g, "\r\n"), publishedAt: "2026-11-02" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: true, data: { outcome: "created", proposedSource: null } });
    if (!result.ok) return;
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.data.articleId } });
    expect(article).toMatchObject({
      title: "Budget passes",
      text: TEXT,
      contentHash: contentHash(TEXT),
      url: null,
      addedById: reviewer.id,
    });
    expect(article.publishedAt?.toISOString()).toBe("2026-11-02T00:00:00.000Z");
    expect(await t.db.auditEvent.count({ where: { entityId: article.id, action: "article.create", actorId: reviewer.id } })).toBe(1);
  });

  it("refuses someone signed out before the suggester reads the text (seconds for a long one)", async () => {
    const suggested = vi.mocked(suggestClaims);
    suggested.mockClear();
    const before = await t.db.article.count();
    const signedOut = await ingestPastedArticle({ title: "Budget passes", text: TEXT }, actingAs(null));
    expect(signedOut).toMatchObject({ ok: false, status: 401 });
    expect(suggested).not.toHaveBeenCalled();
    expect(await t.db.article.count()).toBe(before);
  });

  it("gives field messages for missing or bad fields and saves nothing", async () => {
    const before = await t.db.article.count();
    const result = await ingestPastedArticle(
      { title: "", text: "too short", url: "ftp://x.example/a", publishedAt: "2.11.2026" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(result.fieldErrors?.url?.[0]).toMatch(/Only http:\/\/ and https:\/\//);
    const fields = await ingestPastedArticle({ title: "", text: "too short", publishedAt: "2.11.2026" }, actingAs(reviewer));
    expect(fields).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["Give the article's title."],
        text: [expect.stringMatching(/too short/)],
        publishedAt: ["Give the date as YYYY-MM-DD."],
      },
    });
    expect(await t.db.article.count()).toBe(before);
  });

  it("matches the publisher by the URL's domain, proposing an unknown one as a new unrated source", async () => {
    const known = await t.db.source.create({ data: { domain: "valoria-post.example", name: "Valoria Post", reliability: "HIGH" } });
    const matched = await ingestPastedArticle(
      { title: "A", text: TEXT, url: "https://www.Valoria-Post.example/a?utm_source=x#top" },
      actingAs(reviewer),
    );
    expect(matched).toMatchObject({ ok: true, data: { outcome: "created", proposedSource: null } });
    if (!matched.ok) return;
    const article = await t.db.article.findUniqueOrThrow({ where: { id: matched.data.articleId } });
    expect(article).toMatchObject({ publisherId: known.id, url: "https://www.valoria-post.example/a" });

    const proposed = await ingestPastedArticle(
      { title: "B", text: TEXT, url: "https://new-gazette.example/b", publisher: "The New Gazette" },
      actingAs(reviewer),
    );
    expect(proposed).toMatchObject({ ok: true, data: { proposedSource: { name: "The New Gazette", domain: "new-gazette.example" } } });
    const source = await t.db.source.findUniqueOrThrow({ where: { domain: "new-gazette.example" } });
    expect(source).toMatchObject({ reliability: "UNRATED", status: "ACTIVE" });
    expect(await t.db.auditEvent.count({ where: { entityId: source.id, action: "source.propose" } })).toBe(1);
  });

  it("takes a publisher given as a web address, and says when a bare name matches no source", async () => {
    const byAddress = await ingestPastedArticle({ title: "C", text: `${TEXT} C`, publisher: "valoria-post.example" }, actingAs(reviewer));
    expect(byAddress.ok).toBe(true);
    const unknownName = await ingestPastedArticle({ title: "D", text: `${TEXT} D`, publisher: "Some Blog" }, actingAs(reviewer));
    expect(unknownName).toMatchObject({ ok: true, data: { publisherNotice: expect.stringContaining("Some Blog") } });
  });

  it("keeps a typed publisher name that matches no source, and finds one written differently", async () => {
    const unknown = await ingestPastedArticle({ title: "D2", text: `${TEXT} D2`, publisher: "Harbour Weekly" }, actingAs(reviewer));
    expect(unknown.ok).toBe(true);
    if (!unknown.ok) return;
    expect(await t.db.article.findUniqueOrThrow({ where: { id: unknown.data.articleId } })).toMatchObject({
      publisherId: null,
      publisherName: "Harbour Weekly",
    });

    const tribune = await t.db.source.create({ data: { domain: "southharbour-tribune.example", name: "The Southharbour Tribune" } });
    const written = await ingestPastedArticle({ title: "D3", text: `${TEXT} D3`, publisher: "southharbour tribune" }, actingAs(reviewer));
    expect(written).toMatchObject({ ok: true, data: { publisherNotice: null } });
    if (!written.ok) return;
    expect(await t.db.article.findUniqueOrThrow({ where: { id: written.data.articleId } })).toMatchObject({
      publisherId: tribune.id,
      publisherName: null,
    });
  });

  it("says when a proposed source has the name of one already in the registry", async () => {
    const daily = await t.db.source.create({ data: { domain: "harbour-daily.example", name: "Harbour Daily" } });
    const result = await ingestPastedArticle(
      { title: "D4", text: `${TEXT} D4`, url: "https://harbour-daily-news.example/d4", publisher: "Harbour Daily" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        proposedSource: {
          name: "Harbour Daily",
          domain: "harbour-daily-news.example",
          sameName: { id: daily.id, name: "Harbour Daily", domain: "harbour-daily.example" },
        },
      },
    });
    const proposed = await t.db.auditEvent.findFirstOrThrow({
      where: { action: "source.propose", after: { path: ["domain"], equals: "harbour-daily-news.example" } },
    });
    expect(proposed.after).toMatchObject({ sameNameAs: { id: daily.id, domain: "harbour-daily.example" } });
  });

  it("refuses an article from a blocked source, with the source's reason", async () => {
    await t.db.source.create({
      data: { domain: "truthwire.example", name: "Truth Wire", status: "BLOCKED", reliability: "LOW", reliabilityNote: "Invents quotes." },
    });
    const before = await t.db.article.count();
    const result = await ingestPastedArticle({ title: "E", text: TEXT, url: "https://truthwire.example/e" }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(result.message).toBe("Truth Wire is blocked: Invents quotes.");
    expect(result.fieldErrors?.url).toEqual([result.message]);
    expect(await t.db.article.count()).toBe(before);
  });

  it("is for staff only", async () => {
    expect(await ingestPastedArticle({ title: "F", text: TEXT }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
  });

  it("applies a block to the source's subdomains", async () => {
    await t.db.source.create({ data: { domain: "rt.example", name: "RT", status: "BLOCKED", reliabilityNote: "State propaganda." } });
    const before = { articles: await t.db.article.count(), sources: await t.db.source.count() };
    const byUrl = await ingestPastedArticle({ title: "G", text: TEXT, url: "https://m.rt.example/g" }, actingAs(reviewer));
    expect(byUrl).toMatchObject({ ok: false, status: 400, message: "RT is blocked: State propaganda." });
    const byPublisher = await ingestPastedArticle({ title: "G", text: TEXT, publisher: "news.rt.example" }, actingAs(reviewer));
    expect(byPublisher).toMatchObject({ ok: false, status: 400, fieldErrors: { publisher: ["RT is blocked: State propaganda."] } });
    expect({ articles: await t.db.article.count(), sources: await t.db.source.count() }).toEqual(before);
  });

  it("files a subdomain's article under its parent domain's source", async () => {
    const parent = await t.db.source.create({ data: { domain: "parent-daily.example", name: "Parent Daily", reliability: "HIGH" } });
    const result = await ingestPastedArticle(
      { title: "H", text: `${TEXT} H`, url: "https://amp.parent-daily.example/h" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: true, data: { outcome: "created", proposedSource: null } });
    if (!result.ok) return;
    expect((await t.db.article.findUniqueOrThrow({ where: { id: result.data.articleId } })).publisherId).toBe(parent.id);
    expect(await t.db.source.count({ where: { domain: { contains: "parent-daily" } } })).toBe(1);
  });

  it("checks the article URL's own domain for a block even when the publisher names another", async () => {
    await t.db.source.create({ data: { domain: "fakes.example", name: "Fakes", status: "BLOCKED", reliabilityNote: "Made up." } });
    const before = await t.db.article.count();
    const result = await ingestPastedArticle(
      { title: "I", text: TEXT, url: "https://fakes.example/i", publisher: "valoria-post.example" },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { url: ["Fakes is blocked: Made up."] },
    });
    expect(await t.db.article.count()).toBe(before);
  });

  it("saves one article and one proposed source when two people add the same new address at once", async () => {
    const add = (title: string) =>
      ingestPastedArticle({ title, text: `${TEXT} J`, url: "https://brand-new.example/j", publisher: "Brand New" }, actingAs(reviewer));
    const results = await Promise.all([add("J1"), add("J2")]);
    for (const result of results) expect(result.ok).toBe(true);
    if (!results[0].ok || !results[1].ok) return;
    expect(results[0].data.articleId).toBe(results[1].data.articleId);
    expect(results.map((result) => result.ok && result.data.outcome).sort()).toEqual(["created", "unchanged"]);
    expect(await t.db.article.count({ where: { url: "https://brand-new.example/j" } })).toBe(1);
    expect(await t.db.source.count({ where: { domain: "brand-new.example" } })).toBe(1);
  });
});

describe("ingesting a URL", () => {
  it("fetches, extracts and stores the article with its publisher", async () => {
    const result = await ingestArticleFromUrl({ url: `${origin}/city/harbour-toll?utm_medium=social` }, actingAs(reviewer), allow);
    expect(result).toMatchObject({
      ok: true,
      data: { outcome: "created", proposedSource: { name: "The Northharbour Herald", domain: "127.0.0.1" } },
    });
    if (!result.ok) return;
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.data.articleId } });
    expect(article).toMatchObject({
      url: `${origin}/city/harbour-toll`,
      title: "Harbour toll to rise by a third, port authority says",
      author: "Mira Tollan",
    });
    expect(article.text).toContain("Port director Anselm Brek said that the harbour lost 14 million crowns last year");
    expect(article.fetchedAt).not.toBeNull();
  });

  it("does not duplicate an article whose text is unchanged, nor read it again for suggestions", async () => {
    const suggested = vi.mocked(suggestClaims);
    const first = await ingestArticleFromUrl({ url: `${origin}/same` }, actingAs(reviewer), allow);
    suggested.mockClear();
    const again = await ingestArticleFromUrl({ url: `${origin}/same#comments` }, actingAs(reviewer), allow);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.data).toMatchObject({ articleId: first.data.articleId, outcome: "unchanged" });
    expect(await t.db.article.count({ where: { url: `${origin}/same` } })).toBe(1);
    // Re-fetched from the reader, still unchanged: the stored suggestions stay, unread.
    expect(await refetchArticle({ articleId: first.data.articleId }, actingAs(reviewer), allow)).toMatchObject({
      ok: true,
      data: { articleId: first.data.articleId, outcome: "unchanged" },
    });
    expect(suggested).not.toHaveBeenCalled();
  });

  it("refuses a loopback URL without the test allowance, with the reason on the URL field", async () => {
    const result = await ingestArticleFromUrl({ url: `${origin}/x` }, actingAs(reviewer), { testAllowHosts: [] });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { url: [expect.stringMatching(/^That address points to a private network/)] },
    });
  });

  it("saves one article when the same new URL is ingested twice at once", async () => {
    page = FIXTURE;
    const results = await Promise.all([
      ingestArticleFromUrl({ url: `${origin}/twice` }, actingAs(reviewer), allow),
      ingestArticleFromUrl({ url: `${origin}/twice` }, actingAs(reviewer), allow),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    if (!results[0].ok || !results[1].ok) return;
    expect(results[0].data.articleId).toBe(results[1].data.articleId);
    expect(await t.db.article.count({ where: { url: `${origin}/twice` } })).toBe(1);
  });

  it("checks the permission of a re-fetch before looking the article up", async () => {
    expect(await refetchArticle({ articleId: "no-such-article" }, actingAs(null), allow)).toMatchObject({ ok: false, status: 401 });
  });

  it("on a re-fetch of an address that now redirects, updates the same article and moves it to the final address", async () => {
    page = FIXTURE;
    const ingested = await ingestArticleFromUrl({ url: `${origin}/old-address` }, actingAs(reviewer), allow);
    if (!ingested.ok) throw new Error(ingested.message);
    const articleId = ingested.data.articleId;
    const quote = "the harbour lost 14 million crowns last year";
    expect((await createClaim({ text: `Claim: ${quote}`, articleId, quote }, actingAs(reviewer))).ok).toBe(true);
    const articlesBefore = await t.db.article.count();

    redirects.set("/old-address", "/new-address");
    page = FIXTURE.replace("<p>The Northharbour port authority", "<p>Update: corrected.</p><p>The Northharbour port authority");
    const refetched = await refetchArticle({ articleId }, actingAs(reviewer), allow);
    expect(refetched).toMatchObject({ ok: true, data: { articleId, outcome: "updated", reanchored: 1, orphaned: 0 } });
    expect(await t.db.article.count()).toBe(articlesBefore);
    const article = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { appearances: true } });
    expect(article.url).toBe(`${origin}/new-address`);
    expect(article.text).toContain("Update: corrected.");
    expect(
      article.appearances.map((appearance) => [appearance.anchorStatus, article.text.slice(appearance.start, appearance.end)]),
    ).toEqual([["ANCHORED", quote]]);
  });

  it("on a re-fetch that redirects to another article's address, updates the same article and keeps its address", async () => {
    page = FIXTURE;
    const other = await ingestArticleFromUrl({ url: `${origin}/taken-address` }, actingAs(reviewer), allow);
    const mine = await ingestArticleFromUrl({ url: `${origin}/my-address` }, actingAs(reviewer), allow);
    if (!other.ok || !mine.ok) throw new Error("ingest failed");
    const articlesBefore = await t.db.article.count();

    redirects.set("/my-address", "/taken-address");
    page = FIXTURE.replace("<p>The Northharbour port authority", "<p>Update: moved.</p><p>The Northharbour port authority");
    const refetched = await refetchArticle({ articleId: mine.data.articleId }, actingAs(reviewer), allow);
    expect(refetched).toMatchObject({ ok: true, data: { articleId: mine.data.articleId, outcome: "updated" } });
    expect(await t.db.article.count()).toBe(articlesBefore);
    expect(await t.db.article.findUniqueOrThrow({ where: { id: mine.data.articleId } })).toMatchObject({ url: `${origin}/my-address` });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: mine.data.articleId } })).text).toContain("Update: moved.");
    expect((await t.db.article.findUniqueOrThrow({ where: { id: other.data.articleId } })).text).not.toContain("Update: moved.");
  });

  it("checks the permission before fetching anything", async () => {
    let requests = 0;
    server.once("request", () => requests++);
    expect(await ingestArticleFromUrl({ url: `${origin}/y` }, actingAs(null), allow)).toMatchObject({ ok: false, status: 401 });
    expect(requests).toBe(0);
  });

  it("on a re-fetch with changed text, updates the text and re-anchors appearances or orphans them", async () => {
    page = FIXTURE;
    const ingested = await ingestArticleFromUrl({ url: `${origin}/refetch` }, actingAs(reviewer), allow);
    if (!ingested.ok) throw new Error(ingested.message);
    const articleId = ingested.data.articleId;
    const quoteA = "the harbour lost 14 million crowns last year";
    const quoteB = "cargo volumes grew by 6 per cent in 2025";
    const quoteC = "the increase would add 40 crowns to the cost of every container unloaded in the city";
    for (const quote of [quoteA, quoteB, quoteC]) {
      const created = await createClaim({ text: `Claim: ${quote}`, articleId, quote }, actingAs(reviewer));
      expect(created.ok).toBe(true);
    }

    // The site adds an update at the top, edits one figure and drops the shipping lines' paragraph.
    page = FIXTURE.replace(
      "<p>The Northharbour port authority",
      "<p>Update: the council will vote on 3 December.</p><p>The Northharbour port authority",
    )
      .replace("grew by 6 per cent", "grew by 6.5 per cent")
      .replace(/<p>The shipping lines' association[\s\S]*?<\/p>/, "");
    const refetched = await refetchArticle({ articleId }, actingAs(reviewer), allow);
    expect(refetched).toMatchObject({ ok: true, data: { articleId, outcome: "updated", reanchored: 2, orphaned: 1 } });

    const article = await t.db.article.findUniqueOrThrow({ where: { id: articleId }, include: { appearances: true } });
    expect(article.contentHash).toBe(contentHash(article.text));
    const byStatus = (status: string) => article.appearances.filter((appearance) => appearance.anchorStatus === status);
    for (const appearance of byStatus("ANCHORED")) expect(article.text.slice(appearance.start, appearance.end)).toBe(appearance.exact);
    expect(
      byStatus("ANCHORED")
        .map((appearance) => appearance.exact)
        .sort(),
    ).toEqual([quoteA, "cargo volumes grew by 6.5 per cent in 2025"].sort());
    expect(byStatus("ORPHANED").map((appearance) => appearance.exact)).toEqual([quoteC]);
    expect(await t.db.auditEvent.count({ where: { action: "appearance.orphan" } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: articleId, action: "article.update_text" } })).toBe(1);
  });
});

describe("ingesting while the publisher's source is merged away", () => {
  it("the article is linked to the survivor, not refused by a vanished source", async () => {
    const duplicate = await t.db.source.create({ data: { domain: "twin-post.example", name: "Twin Post" } });
    const survivor = await t.db.source.create({ data: { domain: "the-post.example", name: "The Post" } });
    expect(
      await ingestPastedArticle({ title: "K1", text: `${TEXT} K1`, url: "https://twin-post.example/k1" }, actingAs(reviewer)),
    ).toMatchObject({ ok: true });
    const moderator = await makeStaff("MODERATOR");

    // The merge stops before it moves the duplicate's articles, holding both sources; an article of
    // the duplicate's domain is pasted meanwhile (scripts/testing/locks.ts).
    const held = await holdRowLocks(t.url, `SELECT 1 FROM "Article" WHERE "publisherId" = $1 FOR UPDATE`, [duplicate.id]);
    const merge = tracked(
      mergeSources({ survivorId: survivor.id, survivorVersion: 1, duplicateId: duplicate.id, duplicateVersion: 1 }, actingAs(moderator)),
    );
    await waitForLockWaits(t.db, 1, merge.settled);
    const ingest = tracked(
      ingestPastedArticle({ title: "K2", text: `${TEXT} K2`, url: "https://twin-post.example/k2" }, actingAs(reviewer)),
    );
    await waitForLockWaits(t.db, 2, ingest.settled);
    await held.release();

    expect(await merge.result).toMatchObject({ ok: true });
    expect(await ingest.result).toMatchObject({ ok: true });
    const article = await t.db.article.findFirstOrThrow({ where: { title: "K2" }, select: { publisherId: true } });
    expect(article.publisherId).toBe(survivor.id);
  });
});
