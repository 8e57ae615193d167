import { extractFromJson, extractFromXml, type FeedData } from "@extractus/feed-extractor";
import type { FeedFormat } from "@/lib/generated/prisma/client";
import { normaliseArticleUrl } from "@/lib/articles/url";

/** A feed that cannot be read: `message` is shown on the feed's row and the health page. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

export type ParsedItem = { guid: string; url: string; title: string | null; publishedAt: Date | null };
export type ParsedFeed = { format: FeedFormat; title: string | null; items: ParsedItem[] };

/** Media types asked for when polling a feed (HTML too, so that a web page given by mistake is named as such). */
export const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/feed+json",
  "application/json",
  "application/xml",
  "text/xml",
  "application/rdf+xml",
  "text/plain",
  "text/html",
];

/** RSS 2.0, Atom or JSON Feed (parsed by @extractus/feed-extractor); items in the feed's order. */
export function parseFeed(body: string, contentType: string, feedUrl: string): ParsedFeed {
  const head = body.slice(0, 1024).trimStart().toLowerCase();
  if (contentType === "text/html" || head.startsWith("<!doctype html") || head.startsWith("<html")) {
    throw new FeedParseError("The address gives a web page, not a feed (RSS, Atom or JSON Feed). Give the feed's own address.");
  }
  let data: FeedData;
  let format: FeedFormat;
  const options = { baseUrl: feedUrl, descriptionMaxLen: 0 };
  if (contentType.includes("json") || head.startsWith("{")) {
    try {
      data = extractFromJson(body, options);
    } catch {
      throw new FeedParseError("The feed is not valid JSON Feed: its JSON could not be read.");
    }
    format = "JSON";
  } else {
    try {
      data = extractFromXml(body, options);
    } catch (error) {
      throw new FeedParseError(
        /well-formed/.test(String(error))
          ? "The feed is not well-formed XML, so it cannot be read."
          : "The address gives XML that is not an RSS or Atom feed.",
      );
    }
    format = /<feed[\s>]/.test(body.slice(0, 4096)) ? "ATOM" : "RSS";
  }
  const items: ParsedItem[] = [];
  for (const entry of data.entries ?? []) {
    if (!entry.link) continue;
    let url: string;
    try {
      url = normaliseArticleUrl(new URL(entry.link, feedUrl));
    } catch {
      continue;
    }
    if (!/^https?:/.test(url)) continue;
    const published = entry.published ? new Date(entry.published) : null;
    items.push({
      guid: String(entry.id || entry.link).slice(0, 2000),
      url,
      title: entry.title ? String(entry.title).slice(0, 500) : null,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    });
  }
  return { format, title: data.title ? String(data.title).slice(0, 300) : null, items };
}
