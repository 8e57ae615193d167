import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * The readable part of a fetched page: @mozilla/readability (Firefox's reader view) on a jsdom
 * document that never runs the page's scripts nor loads its resources. The text keeps paragraph
 * breaks ("\n\n" between blocks, "\n" for <br>) and is stored as Article.text exactly as returned
 * here: appearance offsets point into it.
 */

export type ExtractedArticle = {
  title: string;
  author: string | null;
  /** The site's own name when it gives one, else null (the caller falls back to the domain). */
  publisherName: string | null;
  publishedAt: Date | null;
  text: string;
};

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}

/** Below this many characters, what Readability found is a cookie banner, not an article. */
const MIN_TEXT_LENGTH = 80;

const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

export function extractArticle(body: string, contentType: string, url: string): ExtractedArticle {
  if (contentType === "text/plain") return fromPlainText(body);

  const dom = new JSDOM(body, {
    url,
    contentType: contentType === "application/xhtml+xml" ? "application/xhtml+xml" : "text/html",
    virtualConsole: new VirtualConsole(),
  });
  const document = dom.window.document;
  const metadata = readMetadata(document);
  // Readability drops a byline line from the text only when the page's metadata names no author;
  // the author is kept separately either way, so short byline lines never reach the text.
  for (const byline of document.querySelectorAll('.byline, [rel="author"], [itemprop="author"], .author-line')) {
    if ((byline.textContent ?? "").trim().length < 100) byline.remove();
  }
  const parsed = new Readability(document, { serializer: (element) => element }).parse();
  dom.window.close();
  if (!parsed?.content) throw new ExtractionError("No article text was found on that page. Paste the article's text instead.");

  const text = blockText(parsed.content as unknown as Element);
  if (text.length < MIN_TEXT_LENGTH) throw new ExtractionError("No article text was found on that page. Paste the article's text instead.");

  return {
    title: clean(parsed.title) || metadata.title || new URL(url).hostname,
    author: clean(parsed.byline)?.replace(/^by\s+/i, "") || metadata.author || null,
    publisherName: clean(parsed.siteName) || metadata.siteName || null,
    publishedAt: toDate(parsed.publishedTime) ?? metadata.publishedAt,
    text,
  };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : null;
}

function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Metadata read before Readability rewrites the document: Open Graph, article:*, JSON-LD, <time>. */
function readMetadata(document: Document) {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = clean(element?.getAttribute("content"));
      if (content) return content;
    }
    return null;
  };
  const jsonLd = readJsonLd(document);
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return {
    title: meta("og:title", "twitter:title") ?? clean(document.title),
    author: meta("author", "article:author") ?? jsonLd.author,
    siteName: meta("og:site_name", "application-name") ?? jsonLd.publisher,
    publishedAt: toDate(meta("article:published_time", "datePublished", "date")) ?? toDate(jsonLd.datePublished) ?? toDate(time),
  };
}

function readJsonLd(document: Document): { datePublished: string | null; author: string | null; publisher: string | null } {
  const found = { datePublished: null as string | null, author: null as string | null, publisher: null as string | null };
  const nameOf = (value: unknown): string | null => {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") return clean(first);
    if (first && typeof first === "object" && "name" in first && typeof first.name === "string") return clean(first.name);
    return null;
  };
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === "string") found.datePublished ??= record.datePublished;
    if (record.author) found.author ??= nameOf(record.author);
    if (record.publisher) found.publisher ??= nameOf(record.publisher);
    if (record["@graph"]) visit(record["@graph"]);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common; the other metadata still counts.
    }
  }
  return found;
}

/** Text of an element with blocks separated by blank lines and inline whitespace collapsed. */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const line = current
      .split("\n")
      .map((part) => part.replace(/[ \t\f\v\u00a0]+/g, " ").trim())
      .join("\n")
      .trim();
    if (line) blocks.push(line);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3 /* text */) {
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 /* element */) return;
    const element = node as Element;
    if (element.tagName === "BR") {
      current += "\n";
      return;
    }
    if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(element.tagName)) return;
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) flush();
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

/** A plain-text page: the text as sent (line endings normalised); the title is its first line. */
function fromPlainText(body: string): ExtractedArticle {
  const text = body
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
  if (text.length < MIN_TEXT_LENGTH) throw new ExtractionError("That page holds too little text to be an article.");
  const firstLine = (text.split("\n", 1)[0] ?? "").trim();
  return {
    title: firstLine.length > 200 ? `${firstLine.slice(0, 197)}…` : firstLine,
    author: null,
    publisherName: null,
    publishedAt: null,
    text,
  };
}
