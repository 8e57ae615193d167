import { describe, expect, it } from "vitest";
import { leanHtml, withoutScripts } from "./script-free";

// The shape of a page as Next.js 16 writes it (trimmed): preload hints, script files, inline data.
const page = (marker: string) =>
  [
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
    `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>`,
    `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>`,
    `<link rel="modulepreload" href="/_next/static/chunks/m.js"/>`,
    `<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>`,
    `<script src="/_next/static/chunks/main-app.js" async=""></script>`,
    `<script src="/_next/static/chunks/polyfills.js" noModule=""></script>`,
    marker,
    `<title>A fact check</title></head><body><article><h1>The claim</h1>`,
    `<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"a \\u003c b"}</script>`,
    `<button type="button" hidden data-copy-from="embed-code">Copy</button>`,
    `<script src="/scripts/copy-button.js" defer=""></script>`,
    `</article><script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
    `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script></body></html>`,
  ].join("");

const MARKER = `<meta name="factdesk-scripts" content="none"/>`;

describe("pages that read without scripts", () => {
  it("lose Next.js's script files, inline scripts and script hints", () => {
    const html = leanHtml(page(MARKER));
    expect(html).not.toContain("/_next/static/chunks/main-app.js");
    expect(html).not.toContain("polyfills.js");
    expect(html).not.toContain("webpack.js");
    expect(html).not.toContain("modulepreload");
    expect(html).not.toContain("__next_f");
    expect(html).not.toMatch(/<script>/);
  });

  it("keep their styles, fonts, data scripts (ClaimReview) and own small scripts", () => {
    const html = leanHtml(page(MARKER));
    expect(html).toContain(`<link rel="stylesheet" href="/_next/static/chunks/a.css"`);
    expect(html).toContain(`as="font"`);
    expect(html).toContain(`<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"a \\u003c b"}</script>`);
    expect(html).toContain(`<script src="/scripts/copy-button.js" defer=""></script>`);
    expect(html).toContain("<h1>The claim</h1>");
  });

  it("leave every other page as Next.js wrote it", () => {
    expect(leanHtml(page(""))).toBe(page(""));
    // The marker must be the exact tag: a claim quoting it is escaped text, not a tag.
    const quoted = page("").replace(
      "<h1>The claim</h1>",
      "<h1>&lt;meta name=&quot;factdesk-scripts&quot; content=&quot;none&quot;/&gt;</h1>",
    );
    expect(leanHtml(quoted)).toBe(quoted);
  });

  it("strip a script element whole, whatever its attributes' order", () => {
    expect(withoutScripts(`<p>a</p><script async="" src="/_next/x.js"></script><p>b</p>`)).toBe("<p>a</p><p>b</p>");
    expect(withoutScripts(`<p>a</p><SCRIPT>alert(1)</SCRIPT ><p>b</p>`)).toBe("<p>a</p><p>b</p>");
  });
});
