import { JSDOM, VirtualConsole } from "jsdom";
import type { FeedFormat } from "@/lib/generated/prisma/enums";

/**
 * Telling a feed from a web page, and finding the feeds a web page announces. Pure functions on
 * text already fetched (lib/monitoring/feeds.ts fetches through the safe fetcher). Documents are
 * parsed with jsdom (as lib/articles/extract.ts does), which never runs scripts nor loads anything.
 */

/** Content types a feed is served with (servers use all of these), and those of web pages. */
export const FEED_TYPES = [
  "application/rss+xml",
  "application/atom+xml",
  "application/rdf+xml",
  "application/xml",
  "text/xml",
  "application/feed+json",
  "application/json",
] as const;
export const PAGE_TYPES = ["text/html", "application/xhtml+xml"] as const;

/** `<link rel="alternate" type=…>` types that announce a feed. */
const ANNOUNCED_TYPES = new Set(["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"]);

export type RecognisedFeed = { format: FeedFormat; title: string | null };

const ATOM_NS = "http://www.w3.org/2005/Atom";
const tidy = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim().slice(0, 300) || null;

/**
 * The feed's format and title when `body` is an RSS (2.0, or 1.0/RDF), Atom or JSON Feed document,
 * recognised by its root element or JSON Feed's `version`, whatever content type it came with
 * (many servers send feeds as text/html or text/plain); null when it is anything else.
 */
export function recogniseFeed(body: string): RecognisedFeed | null {
  const start = body.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) {
    try {
      const data = JSON.parse(start) as { version?: unknown; title?: unknown };
      if (typeof data.version === "string" && data.version.startsWith("https://jsonfeed.org/version/")) {
        return { format: "JSON", title: typeof data.title === "string" ? tidy(data.title) : null };
      }
    } catch {
      // Not JSON: not a JSON Feed.
    }
    return null;
  }
  if (!start.startsWith("<")) return null;
  let root: Element;
  try {
    root = new JSDOM(start, { contentType: "application/xml", virtualConsole: new VirtualConsole() }).window.document.documentElement;
  } catch {
    return null; // Not well-formed XML (an HTML page usually is not).
  }
  const child = (parent: Element | null | undefined, name: string) =>
    parent ? Array.from(parent.children).find((element) => element.localName === name) : undefined;
  if (root.localName === "rss") return { format: "RSS", title: tidy(child(child(root, "channel"), "title")?.textContent) };
  if (root.localName === "RDF") return { format: "RSS", title: tidy(child(child(root, "channel"), "title")?.textContent) };
  if (root.localName === "feed" && root.namespaceURI === ATOM_NS) return { format: "ATOM", title: tidy(child(root, "title")?.textContent) };
  return null;
}

/**
 * The feeds a web page announces (`<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`
 * in its head or body), as absolute http(s) addresses resolved against the page's address, in
 * page order, without repeats.
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const dom = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() });
  const found: string[] = [];
  for (const link of dom.window.document.querySelectorAll<HTMLLinkElement>("link[rel][href]")) {
    const rels = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (link.getAttribute("type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!rels.includes("alternate") || !ANNOUNCED_TYPES.has(type)) continue;
    let url: URL;
    try {
      url = new URL(link.getAttribute("href") ?? "", link.baseURI);
    } catch {
      continue;
    }
    if ((url.protocol === "http:" || url.protocol === "https:") && !found.includes(url.toString())) found.push(url.toString());
  }
  dom.window.close();
  return found;
}
