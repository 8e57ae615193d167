import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { ORG_NAME, SITE_URL } from "./page-checks";

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
      author: { "@type": "Person", name: "Government of the Republic of Kestria", sameAs: "https://gov.kestria.example" },
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

test("a claim containing </script> cannot break out of the JSON-LD script", async ({ page }) => {
  const hostile = "Budget doubled</script><script>alert(1)</script><!-- really";
  const slug = `e2e-script-breakout-${test.info().project.name}-${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // A published verdict on a hostile claim, dated long ago so that it never becomes "the newest".
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1`);
    const claimId = `${slug}-claim`;
    await client.query(
      `INSERT INTO "Claim" (id, text, status, "updatedAt") VALUES ($1, $2, 'PUBLISHED', now())`,
      [claimId, hostile],
    );
    await client.query(
      `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, status, "authorId", "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, 'rating_false', $4, 'PUBLISHED', $5, '2020-01-01T00:00:00Z', now())`,
      [`${slug}-verdict`, claimId, slug, `Conclusion ${hostile}`, rows[0]!.id],
    );

    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`/verdicts/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${hostile}”`);
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const review = JSON.parse((await scripts.textContent()) ?? "{}");
    expect(review.claimReviewed).toBe(hostile);
    expect(dialogs).toEqual([]);
    // Had the claim closed the JSON-LD script, its second half would be a script element of its own.
    const inline = await page.locator("script:not([src])").allTextContents();
    expect(inline.map((text) => text.trim())).not.toContain("alert(1)");
  } finally {
    await client.query(`DELETE FROM "Claim" WHERE id = $1`, [`${slug}-claim`]);
    await client.end();
  }
});
