import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { AFTER_HOSTILE, HOSTILE_MARKDOWN } from "@/e2e/fixtures/hostile-markdown";
import { renderMarkdown } from "./markdown";

/** The rendered Markdown as a browser parses it, inside the page's rationale section. */
function rendered(md: string) {
  const { document } = new JSDOM(`<section id="rationale"></section><section id="evidence"><h2>Evidence</h2></section>`).window;
  document.getElementById("rationale")!.innerHTML = renderMarkdown(md);
  return document.getElementById("rationale")!;
}

/** The text a reader sees of the rendered Markdown. */
const textAfterRendering = (md: string) => rendered(md).textContent!.trim();

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

  it("drops raw HTML's tags (script and style blocks with their content) and keeps its text", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> world\n\n<script>fetch("/steal")</script>\n\n<style>p{}</style>');
    expect(html).not.toMatch(/<script|<style/i);
    expect(html).not.toContain("fetch");
    expect(html).not.toContain("p{}");
    expect(textAfterRendering("Hello <em>not emphasis</em> world")).toBe("Hello not emphasis world");
  });

  it("turns javascript: and other non-http links into plain text", () => {
    for (const md of [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      '<a href="javascript:alert(1)">click</a>',
      '<a href="java&#x09;script:alert(1)">click</a>',
      "[click](java&#x09;script:alert(1))",
      "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[click](vbscript:msgbox(1))",
      "[click](//evil.example/path)",
      "[click][ref]\n\n[ref]: javascript:alert(1)",
    ]) {
      const fragment = rendered(md);
      expect(fragment.querySelectorAll("a"), md).toHaveLength(0);
      expect(fragment.textContent, md).toContain("click");
    }
  });

  it("keeps mailto links and adds rel to every link", () => {
    expect(renderMarkdown("<corrections@example.org>")).toContain(
      '<a href="mailto:corrections@example.org" rel="nofollow noopener">corrections@example.org</a>',
    );
    expect(renderMarkdown("[x](https://example.org)")).toContain('<a href="https://example.org" rel="nofollow noopener">x</a>');
  });

  it("strips event-handler attributes such as onclick= and onerror=", () => {
    const fragment = rendered(
      '<p onclick="alert(1)">para</p>\n\n<a href="https://example.org" onmouseover="alert(2)">link</a>\n\n<strong onerror="alert(3)">bold</strong>',
    );
    for (const element of fragment.querySelectorAll("*")) {
      expect([...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith("on"))).toEqual([]);
    }
    expect(fragment.querySelectorAll("p[onclick], a, strong")).toHaveLength(0);
    expect(fragment.textContent).toContain("para");
  });

  it("removes <iframe>, <img> (including <img src=x onerror=…>), <style>, <svg> and forms", () => {
    const fragment = rendered(
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
    expect(fragment.querySelectorAll("iframe, img, style, svg, form, input, button")).toHaveLength(0);
  });

  it("escapes text that looks like HTML inside code", () => {
    const html = renderMarkdown("`<script>alert(1)</script>`");
    expect(html).toBe("<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>\n");
  });

  describe("hostile rationales (issue 16): nothing escapes the rationale or swallows later text", () => {
    for (const { name, markdown } of HOSTILE_MARKDOWN) {
      it(name, () => {
        const md = `${markdown} ${AFTER_HOSTILE}\n\n## Sources\n\n${AFTER_HOSTILE} [ok](https://example.org/ok)`;
        const { document } = new JSDOM(
          `<main><section id="rationale">${renderMarkdown(md)}</section><section id="evidence"><h2 id="evidence-heading">Evidence</h2></section></main>`,
        ).window;
        const rationale = document.getElementById("rationale")!;
        // The page's own heading after the rationale is where it was, and no link wraps it.
        const evidenceHeading = document.getElementById("evidence-heading")!;
        expect(evidenceHeading.parentElement!.id).toBe("evidence");
        expect(evidenceHeading.closest("a")).toBeNull();
        expect(document.querySelectorAll("main > section")).toHaveLength(2);
        // The text after the payload survives, in both paragraphs, and the rationale's own
        // heading and link come out as written.
        expect(rationale.textContent!.split(AFTER_HOSTILE)).toHaveLength(3);
        expect(rationale.querySelector("h2")?.textContent).toBe("Sources");
        // Only links to http(s) or mailto, each closed where it should be.
        for (const link of rationale.querySelectorAll("a")) expect(link.getAttribute("href")).toMatch(/^(https?:\/\/|mailto:)/);
        expect(rationale.querySelector('a[href="https://example.org/ok"]')?.textContent).toBe("ok");
        if (markdown.includes("[our source]"))
          expect(rationale.querySelector('a[href="https://attacker.example/"]')?.textContent).toBe("our source");
        // Nothing that runs or restyles.
        expect(rationale.querySelectorAll("script, style, img, textarea, noscript, iframe")).toHaveLength(0);
        for (const element of rationale.querySelectorAll("*")) {
          expect([...element.attributes].filter((attribute) => attribute.name.startsWith("on"))).toEqual([]);
        }
      });
    }
  });
});
