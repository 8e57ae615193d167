import { expect, test, type APIRequestContext } from "@playwright/test";
import { ORG_NAME, SITE_URL } from "./support/pages";

/** Every JSON-LD object in the server's HTML of a page (what a crawler sees, without JavaScript). */
async function jsonLdOn(request: APIRequestContext, path: string): Promise<Record<string, unknown>[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return scripts.map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
}

async function claimReviewOn(request: APIRequestContext, path: string) {
  const reviews = (await jsonLdOn(request, path)).filter((item) => item["@type"] === "ClaimReview");
  expect(reviews, `one ClaimReview on ${path}`).toHaveLength(1);
  return reviews[0]!;
}

// Demo data (prisma/demo-data.ts): the values below are what its editors entered.

test("a verdict with an ordinal rating has ClaimReview with every field Google asks for", async ({ request }) => {
  const slug = "measles-cases-fell-four-fifths-2025";
  expect(await claimReviewOn(request, `/verdicts/${slug}`)).toEqual({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${SITE_URL}/verdicts/${slug}`,
    claimReviewed: "Measles cases in Valoria fell by four-fifths in 2025.",
    datePublished: "2026-09-29",
    author: { "@type": "Organization", name: ORG_NAME, url: SITE_URL },
    reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: "Jonah Petrakis", sameAs: "https://gov.valoria.example/ministers/health" },
      datePublished: "2026-09-24",
      appearance: "https://vpb.example/news/health/2026/09/24/measles-cases-fall-vaccination-rates-recover",
    },
  });
});

test("a verdict with a rating off the scale has ClaimReview naming the rating without numbers", async ({ request }) => {
  const slug = "valoria-kestria-pact-preexisting-measures";
  const review = await claimReviewOn(request, `/verdicts/${slug}`);
  expect(review).toEqual({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${SITE_URL}/verdicts/${slug}`,
    claimReviewed: "The Valoria-Kestria security pact reflects preexisting measures and Kestria's independent decision-making.",
    datePublished: "2026-09-10",
    author: { "@type": "Organization", name: ORG_NAME, url: SITE_URL },
    reviewRating: { "@type": "Rating", alternateName: "Misleading" },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: "Government of the Republic of Kestria", sameAs: "https://gov.kestria.example" },
      datePublished: "2026-09-01",
      appearance: "https://meridian-wire.example/2026/09/01/valoria-kestria-security-pact",
    },
  });
});

test("the ClaimReview url is the page's canonical URL", async ({ page }) => {
  await page.goto("/verdicts/measles-cases-fell-four-fifths-2025");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(review.url).toBe(canonical);
});

test("a retracted verdict has no ClaimReview", async ({ request }) => {
  const path = "/verdicts/wind-more-than-half-of-electricity-2025";
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("This fact check has been retracted");
  expect(html).not.toContain("application/ld+json");
  expect(html).not.toContain("ClaimReview");
});
