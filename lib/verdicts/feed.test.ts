import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { describe, expect, it } from "vitest";
import { type FeedVerdict, renderFeed } from "./feed";

const site = { siteUrl: "https://factcheck.example.org", orgName: "Example Fact Check" };
const hostile = `Budget "doubled" & more</script><script>alert(1)</script>]]>`;

const verdicts: FeedVerdict[] = [
  {
    slug: "newest",
    conclusion: `Conclusion: ${hostile}`,
    rating: { label: "False" },
    claim: { text: hostile },
    publishedAt: new Date("2026-11-03T10:00:00Z"),
    updatedAt: new Date("2026-11-05T08:00:00Z"),
    retraction: null,
    replaces: null,
  },
  {
    slug: "older",
    conclusion: "",
    rating: null,
    claim: { text: "An older claim." },
    publishedAt: new Date("2026-10-01T10:00:00Z"),
    updatedAt: new Date("2026-10-01T10:00:00Z"),
    retraction: null,
    replaces: null,
  },
];

describe("renderFeed", () => {
  it("RSS 2.0 and Atom carry a hostile claim as text: parsers get it back unchanged, no markup is injected", () => {
    for (const format of ["rss", "atom"] as const) {
      const xml = renderFeed(format, verdicts, site);
      expect(xml, format).not.toContain("<script>");
      const feed = extractFromXml(xml, { descriptionMaxLen: 0, normalization: true });
      const [first, second] = feed.entries!;
      expect(first!.title, format).toBe(`“${hostile}” — False`);
      expect(first!.link, format).toBe("https://factcheck.example.org/verdicts/newest");
      expect(second!.title, format).toBe("“An older claim.”");
      // A verdict without a conclusion is described by its claim.
      expect(second!.description, format).toBe("An older claim.");
    }
  });

  it("JSON Feed 1.1: plain text in content_text, authors list, publication and last change dates", () => {
    const json = JSON.parse(renderFeed("json", verdicts, site));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.feed_url).toBe("https://factcheck.example.org/feed.json");
    expect(json.authors).toEqual([{ name: "Example Fact Check", url: "https://factcheck.example.org" }]);
    expect(json.items[0]).toEqual({
      id: "https://factcheck.example.org/verdicts/newest",
      url: "https://factcheck.example.org/verdicts/newest",
      title: `“${hostile}” — False`,
      content_text: `Conclusion: ${hostile}`,
      date_published: "2026-11-03T10:00:00.000Z",
      date_modified: "2026-11-05T08:00:00.000Z",
      authors: [{ name: "Example Fact Check", url: "https://factcheck.example.org" }],
    });
    expect(json.items[0]).not.toHaveProperty("content_html");
    expect(extractFromJson(json).entries?.[0]?.link).toBe("https://factcheck.example.org/verdicts/newest");
  });

  it("dates the feed by its newest change, so an unchanged feed looks unchanged", () => {
    const atom = renderFeed("atom", verdicts, site);
    expect(atom).toMatch(
      /<feed[^>]*>\s*<id>https:\/\/factcheck\.example\.org\/<\/id>\s*<title>[^<]*<\/title>\s*<updated>2026-11-05T08:00:00.000Z<\/updated>/,
    );
    expect(renderFeed("rss", verdicts, site)).toContain("<lastBuildDate>Thu, 05 Nov 2026 08:00:00 GMT</lastBuildDate>");
  });
});
