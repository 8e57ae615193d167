import { describe, expect, it } from "vitest";
import { discoverFeedLinks, recogniseFeed } from "./feed-discovery";

describe("recognising a feed", () => {
  it("knows RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed by their root, whatever comes before it", () => {
    expect(recogniseFeed(`\uFEFF  <?xml version="1.0"?><rss version="2.0"><channel><title> The  Herald </title></channel></rss>`)).toEqual({
      format: "RSS",
      title: "The Herald",
    });
    expect(
      recogniseFeed(
        `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>Old</title></channel></rdf:RDF>`,
      ),
    ).toEqual({ format: "RSS", title: "Old" });
    expect(recogniseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Item</title></entry></feed>`)).toEqual({
      format: "ATOM",
      title: null,
    });
    expect(recogniseFeed(JSON.stringify({ version: "https://jsonfeed.org/version/1", title: "J", items: [] }))).toEqual({
      format: "JSON",
      title: "J",
    });
  });

  it("refuses what is not a feed: HTML, other XML, an Atom-named root without Atom's namespace, other JSON, broken XML", () => {
    expect(recogniseFeed("<!doctype html><html><head></head><body><p>x</p></body></html>")).toBeNull();
    expect(recogniseFeed(`<?xml version="1.0"?><urlset></urlset>`)).toBeNull();
    expect(recogniseFeed("<feed><title>x</title></feed>")).toBeNull();
    expect(recogniseFeed(JSON.stringify({ version: "1.0", items: [] }))).toBeNull();
    expect(recogniseFeed("{ not json")).toBeNull();
    expect(recogniseFeed("<rss><channel>")).toBeNull();
    expect(recogniseFeed("plain text")).toBeNull();
  });
});

describe("discovering a page's feeds", () => {
  it("lists announced RSS, Atom and JSON feeds in page order, resolved against the page (and its <base>), once each", () => {
    const html = `<!doctype html><html><head><base href="https://news.example/section/">
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      <link rel="alternate nofollow" type="application/atom+xml; charset=utf-8" href="https://news.example/atom">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/feed+json" href="/feed.json">
      <link rel="alternate" type="application/rss+xml" href="rss.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    </head><body><link rel="alternate" type="application/json" href="//cdn.news.example/f.json"></body></html>`;
    expect(discoverFeedLinks(html, "https://news.example/")).toEqual([
      "https://news.example/section/rss.xml",
      "https://news.example/atom",
      "https://news.example/feed.json",
      "https://cdn.news.example/f.json",
    ]);
    expect(discoverFeedLinks("<html><head><title>None</title></head></html>", "https://news.example/")).toEqual([]);
  });
});
