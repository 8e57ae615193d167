import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClaimReviewJsonLd } from "@/components/verdicts/ClaimReviewJsonLd";
import { buildClaimReview, type ClaimReviewInput, jsonForScript } from "./claim-review";

const site = { siteUrl: "https://factcheck.example.org", orgName: "Example Fact Check" };

function verdict(overrides: Partial<ClaimReviewInput> = {}, claim: Partial<ClaimReviewInput["claim"]> = {}): ClaimReviewInput {
  return {
    slug: "wind-half-of-electricity",
    status: "PUBLISHED",
    publishedAt: new Date("2026-10-28T15:30:00Z"),
    rating: { label: "Mostly true", ordinal: 4 },
    ...overrides,
    claim: {
      text: "Wind supplied more than half of the electricity.",
      claimDate: new Date("2026-10-20T00:00:00Z"),
      claimant: { name: "Piet Haldane", kind: "PERSON", sameAs: "https://gov.example/energy" },
      appearances: [
        {
          article: { title: "Minister defends price cap", url: "https://news.example/cap", publishedAt: new Date("2026-10-20T18:20:00Z") },
        },
        { article: { title: "Second article", url: "https://news.example/second", publishedAt: new Date("2026-10-22T08:00:00Z") } },
      ],
      ...claim,
    },
  };
}

describe("buildClaimReview", () => {
  it("describes a published verdict with an ordinal rating as Google's fact-check markup asks", () => {
    expect(buildClaimReview(verdict(), site)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factcheck.example.org/verdicts/wind-half-of-electricity",
      claimReviewed: "Wind supplied more than half of the electricity.",
      datePublished: "2026-10-28",
      author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example.org" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Piet Haldane", sameAs: "https://gov.example/energy" },
        datePublished: "2026-10-20",
        appearance: "https://news.example/cap",
      },
    });
  });

  it("gives a rating off the truth scale only its name (no ratingValue, bestRating or worstRating)", () => {
    const review = buildClaimReview(verdict({ rating: { label: "Misleading", ordinal: null } }), site);
    expect(review?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Misleading" });
  });

  it("keeps the worst ordinal rating (1) as a value rather than dropping it as falsy", () => {
    const review = buildClaimReview(verdict({ rating: { label: "False", ordinal: 1 } }), site);
    expect(review?.reviewRating).toMatchObject({ alternateName: "False", ratingValue: 1, bestRating: 5, worstRating: 1 });
  });

  it("describes an appearance without a URL as a CreativeWork with the article's title and date", () => {
    const review = buildClaimReview(
      verdict({}, { appearances: [{ article: { title: "Printed interview", url: null, publishedAt: new Date("2026-10-19T06:00:00Z") } }] }),
      site,
    );
    expect(review?.itemReviewed.appearance).toEqual({
      "@type": "CreativeWork",
      headline: "Printed interview",
      datePublished: "2026-10-19",
    });
  });

  it("dates the claim by its first appearance when the claim has no date of its own, and omits what is unknown", () => {
    const dated = buildClaimReview(verdict({}, { claimDate: null }), site);
    expect(dated?.itemReviewed.datePublished).toBe("2026-10-20");

    const bare = buildClaimReview(verdict({}, { claimDate: null, claimant: null, appearances: [] }), site);
    expect(bare?.itemReviewed).toEqual({ "@type": "Claim" });

    const noSameAs = buildClaimReview(verdict({}, { claimant: { name: "An Unknown Account", kind: "PERSON", sameAs: null } }), site);
    expect(noSameAs?.itemReviewed.author).toEqual({ "@type": "Person", name: "An Unknown Account" });
  });

  it("types a claimant that is an organisation as an Organization", () => {
    const review = buildClaimReview(
      verdict({}, { claimant: { name: "Ministry of Energy", kind: "ORGANIZATION", sameAs: "https://gov.example/energy" } }),
      site,
    );
    expect(review?.itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Ministry of Energy",
      sameAs: "https://gov.example/energy",
    });
  });

  it("has none for retracted, unpublished or unrated verdicts", () => {
    expect(buildClaimReview(verdict({ status: "RETRACTED" }), site)).toBeNull();
    expect(buildClaimReview(verdict({ status: "AWAITING_APPROVAL" }), site)).toBeNull();
    expect(buildClaimReview(verdict({ publishedAt: null }), site)).toBeNull();
    expect(buildClaimReview(verdict({ rating: null }), site)).toBeNull();
  });
});

describe("jsonForScript", () => {
  const hostile = "Claim</script><script>alert(1)</script><!-- \u2028\u2029";

  it("never lets a claim's text close the script element or open a comment", () => {
    const json = jsonForScript({ claimReviewed: hostile });
    expect(json).not.toContain("<");
    expect(json).not.toMatch(/<\/script/i);
    expect(json).toContain("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>");
  });

  it("escapes the line separators that older JavaScript parsers reject", () => {
    const json = jsonForScript({ claimReviewed: hostile });
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it("round-trips: the escaped JSON parses back to the same value", () => {
    const value = { claimReviewed: hostile, nested: [1, "a<b", { c: "</SCRIPT>" }] };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});

describe("ClaimReviewJsonLd (the script element verdict pages render)", () => {
  it("keeps a claim containing </script><script>alert(1)</script> inside one script element", () => {
    const hostile = "Budget doubled</script><script>alert(1)</script><!--";
    const review = buildClaimReview(verdict({}, { text: hostile }), site)!;
    const html = renderToStaticMarkup(createElement(ClaimReviewJsonLd, { review }));

    // In HTML a script element's text ends at the first "</script"; there must be only the real end.
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith("</script>")).toBe(true);
    expect(html).not.toContain("<!--");
    const text = html.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(JSON.parse(text).claimReviewed).toBe(hostile);
  });
});
