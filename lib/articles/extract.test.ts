import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, ExtractionError } from "./extract";

const fixture = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "e2e", "fixtures", "harbour-toll.html"), "utf8");

describe("extractArticle", () => {
  const article = extractArticle(fixture, "text/html", "https://northharbour-herald.example/city/harbour-toll");

  it("keeps the title, author, publisher and date", () => {
    expect(article.title).toBe("Harbour toll to rise by a third, port authority says");
    expect(article.author).toBe("Mira Tollan");
    expect(article.publisherName).toBe("The Northharbour Herald");
    expect(article.publishedAt?.toISOString()).toBe("2026-11-20T08:30:00.000Z");
  });

  it("keeps the article's paragraphs, separated by blank lines, without navigation, sidebars or footer", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toContain(
      "The Northharbour port authority announced on Thursday that the toll for cargo ships entering the harbour will rise by a third from January, the first increase in nine years.",
    );
    expect(paragraphs.at(-1)).toBe("The new toll will be debated by the city council on 3 December.");
    expect(article.text).toContain('"We cannot keep subsidising the shipping lines," he told reporters');
    expect(paragraphs[0]).toMatch(/^The Northharbour port authority announced/);
    for (const chrome of ["Most read", "Subscribe", "Privacy", "tracking pixel"]) expect(article.text).not.toContain(chrome);
    expect(article.text).not.toMatch(/ {2}|\n{3}/);
  });

  it("reads JSON-LD and <time> when the meta tags are missing", () => {
    const html = `<html><head><title>Bridge closes</title>
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-03-02","author":[{"name":"Ola Pet"}],"publisher":{"name":"Valoria Post"}}]}</script>
      </head><body><article><h1>Bridge closes</h1><p>${"The old bridge closes for repairs on Monday, the roads office said. ".repeat(4)}</p></article></body></html>`;
    const extracted = extractArticle(html, "text/html", "https://valoria-post.example/a");
    expect(extracted.publishedAt?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(extracted.publisherName).toBe("Valoria Post");
    expect(extracted.author).toBe("Ola Pet");

    const withTime = html
      .replace(/<script[\s\S]*<\/script>/, "")
      .replace("<h1>", '<time datetime="2026-04-05T10:00:00Z">5 April</time><h1>');
    expect(extractArticle(withTime, "text/html", "https://valoria-post.example/a").publishedAt?.toISOString()).toBe(
      "2026-04-05T10:00:00.000Z",
    );
  });

  it("takes plain text as it is, titled by its first line", () => {
    const text =
      "Ferry fares frozen\r\n\r\nThe ferry company said fares will stay at 2026 levels for all of next year, despite rising fuel costs.";
    const extracted = extractArticle(text, "text/plain", "https://example.org/fares.txt");
    expect(extracted.title).toBe("Ferry fares frozen");
    expect(extracted.text).toBe(text.replace(/\r\n/g, "\n"));
  });

  it("refuses a page without article text", () => {
    expect(() => extractArticle("<html><body><nav>Home</nav></body></html>", "text/html", "https://example.org/")).toThrow(ExtractionError);
  });
});
