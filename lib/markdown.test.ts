import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown: paragraphs, emphasis, lists, quotes, code and links", () => {
    const html = renderMarkdown(
      [
        "The ministry's figures say **12%**, not *20%*.",
        "",
        "- first point",
        "- second point",
        "",
        "> quoted statement",
        "",
        '`inline` code and a [report](https://example.org/report "Annual report").',
      ].join("\n"),
    );
    expect(html).toContain("<strong>12%</strong>");
    expect(html).toContain("<em>20%</em>");
    expect(html).toContain("<li>first point</li>");
    expect(html).toMatch(/<blockquote>\s*<p>quoted statement<\/p>\s*<\/blockquote>/);
    expect(html).toContain("<code>inline</code>");
    expect(html).toContain('<a href="https://example.org/report" rel="nofollow noopener" title="Annual report">report</a>');
  });

  it("demotes h1 to h2 (the page owns its h1) and keeps h2–h4", () => {
    const html = renderMarkdown("# Top\n\n## Section\n\n#### Detail\n\n###### Tiny");
    expect(html).toContain("<h2>Top</h2>");
    expect(html).toContain("<h2>Section</h2>");
    expect(html).toContain("<h4>Detail</h4>");
    expect(html).toContain("<h4>Tiny</h4>");
    expect(html).not.toContain("<h1");
  });

  it("removes <script> elements with their content", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> world\n\n<script>fetch("/steal")</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
    expect(html).not.toContain("fetch");
    expect(html).toContain("Hello");
  });

  it("turns javascript: and other non-http links into plain text", () => {
    for (const md of [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      '<a href="javascript:alert(1)">click</a>',
      '<a href="java&#x09;script:alert(1)">click</a>',
      "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[click](vbscript:msgbox(1))",
      "[click](//evil.example/path)",
    ]) {
      const html = renderMarkdown(md);
      expect(html, md).not.toMatch(/href/i);
      expect(html, md).not.toMatch(/javascript:|vbscript:|data:/i);
      expect(html, md).toContain("click");
    }
  });

  it("keeps mailto links and adds rel to every link", () => {
    expect(renderMarkdown("<corrections@example.org>")).toContain(
      '<a href="mailto:corrections@example.org" rel="nofollow noopener">corrections@example.org</a>',
    );
    expect(renderMarkdown('<a href="https://example.org" rel="opener" target="_blank">x</a>')).toContain(
      '<a href="https://example.org" rel="nofollow noopener">x</a>',
    );
  });

  it("strips event-handler attributes such as onclick= and onerror=", () => {
    const html = renderMarkdown(
      '<p onclick="alert(1)">para</p>\n\n<a href="https://example.org" onmouseover="alert(2)">link</a>\n\n<strong onerror="alert(3)">bold</strong>',
    );
    expect(html).not.toMatch(/on(click|mouseover|error)/i);
    expect(html).not.toContain("alert");
    expect(html).toContain("para");
    expect(html).toContain("<strong>bold</strong>");
  });

  it("removes <iframe>, <img> (including <img src=x onerror=…>), <style>, <svg> and forms", () => {
    const html = renderMarkdown(
      [
        '<iframe src="https://evil.example"></iframe>',
        "",
        "<img src=x onerror=alert(1)>",
        "",
        "![image](https://example.org/a.png)",
        "",
        "<style>body{display:none}</style>",
        "",
        '<svg onload="alert(1)"><circle r="1"/></svg>',
        "",
        '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
      ].join("\n"),
    );
    expect(html).not.toMatch(/<(iframe|img|style|svg|form|input|button)/i);
    expect(html).not.toMatch(/onerror|onload|alert|display:none/i);
  });

  it("escapes text that looks like HTML inside code", () => {
    const html = renderMarkdown("`<script>alert(1)</script>`");
    expect(html).toBe("<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>\n");
  });
});
