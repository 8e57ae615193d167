import { extractFromJson, extractFromXml, type FeedData } from "@extractus/feed-extractor";
import { expect, test } from "@playwright/test";
import { newestVerdictOnHome, ORG_NAME, SITE_URL } from "./support/pages";

const feeds = [
  { path: "/feed.xml", contentType: "application/rss+xml", parse: (body: string) => extractFromXml(body, { descriptionMaxLen: 0 }) },
  // For Atom the extractor's `published` is the entry's <updated>: the publication date is read as an extra field.
  {
    path: "/feed.atom",
    contentType: "application/atom+xml",
    parse: (body: string) =>
      extractFromXml(body, {
        descriptionMaxLen: 0,
        getExtraEntryFields: (entry) => ({ publishedAt: (entry as { published?: string }).published }),
      }),
  },
  { path: "/feed.json", contentType: "application/feed+json", parse: (body: string) => extractFromJson(body, { descriptionMaxLen: 0 }) },
];

const RETRACTED = "wind-more-than-half-of-electricity-2025";

for (const feed of feeds) {
  test(`${feed.path} parses, and its newest item that stands is the newest published verdict on the home page`, async ({
    page,
    request,
  }) => {
    const newest = await newestVerdictOnHome(page);

    const response = await request.get(feed.path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(`${feed.contentType}; charset=utf-8`);
    expect(response.headers()["cache-control"]).toBe("public, max-age=300");
    const parsed: FeedData = feed.parse(await response.text());

    expect(parsed.title).toBe(`${ORG_NAME} — fact checks`);
    const entries = parsed.entries ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(4);
    // Retracted items keep their place by publication date (see below): the newest item that
    // stands is the home page's newest verdict.
    const first = entries.find((entry) => !entry.title?.startsWith("Retracted: "))!;
    expect(first.link).toBe(`${SITE_URL}${newest.path}`);
    expect(first.id).toBe(`${SITE_URL}${newest.path}`);
    expect(first.title).toContain(`“${newest.claim}”`);

    // The item describes the verdict on its page: rating in the title, conclusion as description.
    await page.goto(newest.path);
    const rating = page.getByRole("region", { name: "Our verdict" });
    // The badge reads "Rating: <label>" ("Rating:" is visually hidden).
    const badge = rating.locator("span", { has: page.getByText("Rating:", { exact: true }) }).first();
    const label = ((await badge.textContent()) ?? "").replace(/^Rating:\s*/, "").trim();
    expect(first.title).toBe(`“${newest.claim}” — ${label}`);
    const conclusion = (await rating.locator("p.font-serif").innerText()).trim();
    expect(first.description).toBe(conclusion);

    // Newest first; a retracted verdict stays, marked, so that copies elsewhere learn of it.
    const published = entries.map((entry) => Date.parse((entry as { publishedAt?: string }).publishedAt ?? entry.published ?? ""));
    expect(published.every((time) => !Number.isNaN(time))).toBe(true);
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    const retracted = entries.find((entry) => entry.link === `${SITE_URL}/verdicts/${RETRACTED}`);
    expect(retracted, "the retracted verdict is still an item").toBeDefined();
    expect(retracted!.title).toMatch(/^Retracted: “/);
    expect(retracted!.description).toMatch(
      /^This fact check was retracted on 9 November 2026 and should no longer be relied on\. Reason: /,
    );
  });
}

test("a retracted item is dated by its retraction, so feed readers show it again as updated", { tag: "@http" }, async ({ request }) => {
  // Demo data: published 28 October 2026, retracted 9 November 2026.
  const url = `${SITE_URL}/verdicts/${RETRACTED}`;
  const json = await (await request.get("/feed.json")).json();
  expect(json.items.find((i: { url: string }) => i.url === url)).toMatchObject({
    date_published: "2026-10-28T15:30:00.000Z",
    date_modified: "2026-11-09T12:00:00.000Z",
  });
  const atom = await (await request.get("/feed.atom")).text();
  const entry = atom.split("<entry>").find((e) => e.includes(`<id>${url}</id>`)) ?? "";
  expect(entry).toContain("<updated>2026-11-09T12:00:00.000Z</updated>");
  expect(entry).toContain("Retracted: “");
});

test(
  "feed items carry the publication date, the date of their last correction and the organisation as author",
  { tag: "@http" },
  async ({ request }) => {
    // Demo data: published 9 October 2026, corrected 14 October 2026.
    const url = `${SITE_URL}/verdicts/northharbour-social-homes-2027`;

    const json = await (await request.get("/feed.json")).json();
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    const item = json.items.find((i: { url: string }) => i.url === url);
    expect(item).toMatchObject({
      id: url,
      date_published: "2026-10-09T10:30:00.000Z",
      date_modified: "2026-10-14T15:00:00.000Z",
      authors: [{ name: ORG_NAME, url: SITE_URL }],
    });

    const atom = await (await request.get("/feed.atom")).text();
    const entry = atom.split("<entry>").find((e) => e.includes(`<id>${url}</id>`)) ?? "";
    expect(entry).toContain("<published>2026-10-09T10:30:00.000Z</published>");
    expect(entry).toContain("<updated>2026-10-14T15:00:00.000Z</updated>");
    expect(entry).toContain(`<name>${ORG_NAME}</name>`);

    const rss = await (await request.get("/feed.xml")).text();
    const rssItem = rss.split("<item>").find((i) => i.includes(`<link>${url}</link>`)) ?? "";
    expect(rssItem).toContain("<pubDate>Fri, 09 Oct 2026 10:30:00 GMT</pubDate>");
    expect(rssItem).toContain(`<author>${ORG_NAME}</author>`);
  },
);

test("every page names the feeds with <link rel=alternate>", async ({ page }) => {
  for (const path of ["/", "/verdicts/measles-cases-fell-four-fifths-2025"]) {
    await page.goto(path);
    for (const feed of feeds) {
      await expect(page.locator(`head link[rel="alternate"][type="${feed.contentType}"]`), `${feed.path} on ${path}`).toHaveAttribute(
        "href",
        `${SITE_URL}${feed.path}`,
      );
    }
  }
});
