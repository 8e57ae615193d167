import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT, embedSnippet, embedUrl } from "./embed";

const site = { siteUrl: "https://factcheck.example.org", orgName: "Example Fact Check" };

describe("embedSnippet", () => {
  it("is an iframe of the verdict's card, full width, with a title naming the organisation and claim", () => {
    const html = embedSnippet(site, { slug: "wind-half", claim: { text: "Wind supplied half of the electricity." } });
    expect(html).toBe(
      `<iframe src="https://factcheck.example.org/embed/verdicts/wind-half" title="Fact check by Example Fact Check: Wind supplied half of the electricity." width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:640px" loading="lazy"></iframe>`,
    );
  });

  it("escapes the claim for the attribute, so it cannot add attributes or markup to the host page", () => {
    const html = embedSnippet(site, { slug: "x", claim: { text: `He said "yes" & <script>alert(1)</script>` } });
    expect(html).toContain('title="Fact check by Example Fact Check: He said &quot;yes&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html.match(/"/g)).toHaveLength(12); // six attributes, each value in one pair of quotes
  });

  it("shortens a long claim in the title", () => {
    const html = embedSnippet(site, { slug: "x", claim: { text: "word ".repeat(60).trim() } });
    const title = /title="([^"]*)"/.exec(html)![1]!;
    expect(title.length).toBeLessThan(140);
    expect(title.endsWith("…")).toBe(true);
  });
});

describe("embedUrl", () => {
  it("is absolute from SITE_URL", () => {
    expect(embedUrl(site, "a-b")).toBe("https://factcheck.example.org/embed/verdicts/a-b");
  });
});
