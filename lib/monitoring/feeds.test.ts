import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { addFeed, removeFeed, setFeedStatus, updateFeed } from "./feeds";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Northharbour Herald: news</title><link>/</link>
<item><title>Budget passes</title><link>/city/budget</link><guid>b1</guid></item></channel></rss>`;
const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald comments</title></feed>`;
const JSON_FEED = JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Herald JSON", items: [] });
const page = (head: string) => `<!doctype html><html><head><title>Herald</title>${head}</head><body><p>News</p></body></html>`;

/** The news site: path → [content type, body]; every request is counted by path. */
const site = new Map<string, [string, string]>();
const requests: string[] = [];
let server: http.Server;
let origin: string;
let allow: { testAllowHosts: string[] };
let moderator: CurrentUser;
let reviewer: CurrentUser;
let sourceId: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push(request.url ?? "");
    const found = site.get(request.url ?? "");
    if (!found) {
      response.writeHead(404).end("not here");
      return;
    }
    response.writeHead(200, { "Content-Type": found[0] });
    response.end(found[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allow = { testAllowHosts: [`127.0.0.1:${port}`] };
  moderator = await makeStaff("MODERATOR");
  reviewer = await makeStaff("REVIEWER");
  sourceId = (await t.db.source.create({ data: { domain: "127.0.0.1", name: "Northharbour Herald", kind: "NEWS" } })).id;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  site.clear();
  requests.length = 0;
  await t.db.feed.deleteMany();
  await t.db.source.update({ where: { id: sourceId }, data: { status: "ACTIVE" } });
});

describe("adding a feed", () => {
  it("takes a feed's own address (RSS recognised by its root element, whatever its content type) and audits it", async () => {
    site.set("/rss.xml", ["text/html; charset=utf-8", RSS]);
    const result = await addFeed(
      { sourceId, address: `${origin}/rss.xml#top`, pollMinutes: "30", maxItemsPerPoll: "" },
      actingAs(moderator),
      allow,
    );
    expect(result).toMatchObject({
      ok: true,
      data: { url: `${origin}/rss.xml`, format: "RSS", title: "Northharbour Herald: news", discoveredFrom: null },
    });
    if (!result.ok) return;
    const feed = await t.db.feed.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(feed).toMatchObject({ sourceId, status: "ACTIVE", pollMinutes: 30, maxItemsPerPoll: 50, createdById: moderator.id, version: 1 });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "feed.create", entityId: feed.id } });
    expect(event).toMatchObject({ actorId: moderator.id, after: { url: `${origin}/rss.xml`, pollMinutes: 30 } });
  });

  it("discovers the feed from a site's address (<link rel=alternate>), and names the other feeds announced", async () => {
    site.set("/", [
      "text/html",
      page(
        `<link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/atom+xml" href="/atom"><link rel="alternate" type="application/feed+json" href="${origin}/feed.json">`,
      ),
    ]);
    site.set("/atom", ["application/atom+xml", ATOM]);
    site.set("/feed.json", ["application/feed+json", JSON_FEED]);
    const result = await addFeed({ sourceId, address: `${origin}/` }, actingAs(moderator), allow);
    expect(result).toMatchObject({
      ok: true,
      data: {
        url: `${origin}/atom`,
        format: "ATOM",
        title: "Herald comments",
        discoveredFrom: `${origin}/`,
        otherFeeds: [`${origin}/feed.json`],
      },
    });
    expect(await t.db.feed.findFirstOrThrow()).toMatchObject({ siteUrl: `${origin}/`, pollMinutes: 15 });

    // The JSON Feed, then, by its own address.
    const json = await addFeed({ sourceId, address: `${origin}/feed.json` }, actingAs(moderator), allow);
    expect(json).toMatchObject({ ok: true, data: { format: "JSON", title: "Herald JSON" } });
  });

  it("refuses a page that announces no feed, and an address that is neither a feed nor a page", async () => {
    site.set("/plain", ["text/html", page("")]);
    expect(await addFeed({ sourceId, address: `${origin}/plain` }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { address: [expect.stringMatching(/^That page announces no feed/)] },
    });
    site.set("/image", ["image/png", "png"]);
    expect(await addFeed({ sourceId, address: `${origin}/image` }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      fieldErrors: { address: ["That address leads neither to a feed (RSS, Atom or JSON Feed) nor to a web page announcing one."] },
    });
    site.set("/broken.xml", ["application/xml", "<rss><channel>"]);
    expect(await addFeed({ sourceId, address: `${origin}/broken.xml` }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      fieldErrors: { address: ["That address does not serve a feed: it is not RSS, Atom or JSON Feed."] },
    });
    expect(await t.db.feed.count()).toBe(0);
  });

  it("refuses a feed already watched, naming and linking the existing one", async () => {
    site.set("/rss.xml", ["application/rss+xml", RSS]);
    site.set("/", ["text/html", page(`<link rel="alternate" type="application/rss+xml" href="/rss.xml">`)]);
    const first = await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(moderator), allow);
    expect(first.ok).toBe(true);
    const again = await addFeed({ sourceId, address: `${origin}/rss.xml?utm_source=x` }, actingAs(moderator), allow);
    expect(again).toMatchObject({
      ok: false,
      status: 409,
      message: "This feed is already watched, for “Northharbour Herald”.",
      current: { duplicateOf: { id: first.ok ? first.data.id : "", url: `${origin}/rss.xml`, sourceId } },
    });
    // Discovered from the site: the same feed, refused the same way.
    expect(await addFeed({ sourceId, address: `${origin}/` }, actingAs(moderator), allow)).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.feed.count()).toBe(1);
  });

  it("adds a feed once when two moderators add it at the same moment; the other is told it was just added", async () => {
    site.set("/rss.xml", ["application/rss+xml", RSS]);
    const other = await makeStaff("MODERATOR");
    const outcomes = await Promise.all([
      addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(moderator), allow),
      addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(other), allow),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({
      status: 409,
      fieldErrors: { address: [expect.stringMatching(/just added by someone else|already watched/)] },
    });
    expect(await t.db.feed.count()).toBe(1);
  });

  it("refuses a feed on another domain without fetching it, and any feed of a blocked source", async () => {
    expect(await addFeed({ sourceId, address: "https://feeds.elsewhere.example/rss" }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        address: ["feeds.elsewhere.example is not 127.0.0.1 nor one of its aliases: a source's feeds must come from its own site."],
      },
    });
    // A page announcing a feed on another site: refused before that feed is fetched.
    site.set("/", ["text/html", page(`<link rel="alternate" type="application/rss+xml" href="https://cdn.elsewhere.example/rss">`)]);
    expect(await addFeed({ sourceId, address: `${origin}/` }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      fieldErrors: { address: [expect.stringContaining("cdn.elsewhere.example is not 127.0.0.1")] },
    });

    await t.db.source.update({ where: { id: sourceId }, data: { status: "BLOCKED", reliabilityNote: "Fabricated quotes." } });
    site.set("/rss.xml", ["application/rss+xml", RSS]);
    requests.length = 0;
    expect(await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(moderator), allow)).toMatchObject({
      ok: false,
      status: 400,
      message: "Northharbour Herald is blocked: Fabricated quotes. Its feeds cannot be watched.",
    });
    expect(requests).toEqual([]);
    expect(await t.db.feed.count()).toBe(0);
  });

  it("is for moderators: reviewers (403) and the signed-out (401) are refused before anything is fetched", async () => {
    site.set("/rss.xml", ["application/rss+xml", RSS]);
    expect(await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(reviewer), allow)).toMatchObject({
      ok: false,
      status: 403,
      message: "Your role cannot manage the source registry.",
    });
    expect(await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(null), allow)).toMatchObject({ ok: false, status: 401 });
    expect(requests).toEqual([]);
  });

  it("refuses loopback addresses outside the test allowance (the SSRF guard) and bad settings", async () => {
    expect(await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(moderator), { testAllowHosts: [] })).toMatchObject({
      ok: false,
      fieldErrors: { address: [expect.stringMatching(/^That address points to a private network/)] },
    });
    expect(
      await addFeed({ sourceId, address: `${origin}/rss.xml`, pollMinutes: "2", maxItemsPerPoll: "0" }, actingAs(moderator), allow),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { pollMinutes: ["Poll at most every 5 minutes."], maxItemsPerPoll: ["Take at least one item per poll."] },
    });
  });
});

describe("editing, pausing and removing a feed", () => {
  async function watched() {
    site.set("/rss.xml", ["application/rss+xml", RSS]);
    const result = await addFeed({ sourceId, address: `${origin}/rss.xml` }, actingAs(moderator), allow);
    if (!result.ok) throw new Error(result.message);
    return t.db.feed.findUniqueOrThrow({ where: { id: result.data.id } });
  }

  it("changes the interval (5 to 1440 minutes) and the items per poll, refusing a stale save with the feed as it now is", async () => {
    const feed = await watched();
    expect(await updateFeed({ id: feed.id, version: 1, pollMinutes: "1441", maxItemsPerPoll: "20" }, actingAs(moderator))).toMatchObject({
      ok: false,
      fieldErrors: { pollMinutes: ["Poll at least once a day (1440 minutes)."] },
    });
    expect(await updateFeed({ id: feed.id, version: 1, pollMinutes: "60", maxItemsPerPoll: "20" }, actingAs(moderator))).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await t.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ pollMinutes: 60, maxItemsPerPoll: 20 });
    // A second moderator's form still on version 1.
    const stale = await updateFeed({ id: feed.id, version: 1, pollMinutes: "5", maxItemsPerPoll: "20" }, actingAs(moderator));
    expect(stale).toMatchObject({ ok: false, status: 409, current: { version: 2, pollMinutes: 60 } });
    expect(await t.db.auditEvent.count({ where: { action: "feed.update", entityId: feed.id } })).toBe(1);
  });

  it("pauses and resumes (due at once when resumed), and removes, each audited and versioned", async () => {
    const feed = await watched();
    expect(await setFeedStatus({ id: feed.id, version: 1, status: "PAUSED" }, actingAs(moderator))).toMatchObject({
      ok: true,
      data: { status: "PAUSED", version: 2 },
    });
    expect(await setFeedStatus({ id: feed.id, version: 1, status: "ACTIVE" }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 409,
    });
    await t.db.feed.update({ where: { id: feed.id }, data: { nextPollAt: new Date("2030-01-01") } });
    const before = Date.now();
    expect(await setFeedStatus({ id: feed.id, version: 2, status: "ACTIVE" }, actingAs(moderator))).toMatchObject({ ok: true });
    const resumed = await t.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(resumed.status).toBe("ACTIVE");
    expect(resumed.nextPollAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(resumed.nextPollAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(await removeFeed({ id: feed.id, version: 2 }, actingAs(moderator))).toMatchObject({ ok: false, status: 409 });
    expect(await removeFeed({ id: feed.id, version: 3 }, actingAs(reviewer))).toMatchObject({ ok: false, status: 403 });
    expect(await removeFeed({ id: feed.id, version: 3 }, actingAs(moderator))).toMatchObject({ ok: true });
    expect(await t.db.feed.count()).toBe(0);
    const actions = (await t.db.auditEvent.findMany({ where: { entityId: feed.id }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["feed.create", "feed.pause", "feed.resume", "feed.delete"]);
    expect(await removeFeed({ id: feed.id, version: 3 }, actingAs(moderator))).toMatchObject({ ok: false, status: 404 });
  });
});
