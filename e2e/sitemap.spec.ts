import { expect, test } from "@playwright/test";
import { SITE_URL } from "./support/pages";

test("sitemap.xml lists the public pages and every published verdict with its last change, but no retracted one", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const xml = await response.text();
  const entries = new Map([...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1]!, m[2]]));

  for (const path of ["/", "/methodology", "/corrections-policy", "/about", "/search"]) {
    expect(entries.has(`${SITE_URL}${path}`), path).toBe(true);
  }

  // The same set of verdicts as the JSON feed's items that stand (it lists every published verdict
  // of the demo data, and keeps retracted ones, marked "Retracted:").
  const feed = await (await request.get("/feed.json")).json();
  // Verdicts that other tests create (slugs e2e-…) and retract while this runs are left out.
  const demo = (url: string) => !url.includes("/verdicts/e2e-");
  const published: string[] = feed.items
    .filter((item: { title: string }) => !item.title.startsWith("Retracted: "))
    .map((item: { url: string }) => item.url)
    .filter(demo);
  const listedVerdicts = [...entries.keys()].filter((url) => url.startsWith(`${SITE_URL}/verdicts/`)).filter(demo);
  expect(published.length).toBeGreaterThanOrEqual(4);
  expect(new Set(listedVerdicts)).toEqual(new Set(published));
  expect(listedVerdicts).not.toContain(`${SITE_URL}/verdicts/wind-more-than-half-of-electricity-2025`);

  // Demo data: published 9 October, corrected 14 October 2026; the correction is the last change.
  expect(entries.get(`${SITE_URL}/verdicts/northharbour-social-homes-2027`)).toBe("2026-10-14T15:00:00.000Z");
  expect(entries.get(`${SITE_URL}/verdicts/measles-cases-fell-four-fifths-2025`)).toBe("2026-09-29T09:30:00.000Z");
});

test("robots.txt lets crawlers read public pages and embeds (which are noindex), keeps them out of staff areas, and names the sitemap", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("User-Agent: *");
  expect(lines).toContain("Allow: /");
  for (const path of ["/workspace", "/moderation", "/api/auth"]) expect(lines).toContain(`Disallow: ${path}`);
  expect(lines).not.toContain("Disallow: /embed");
  expect(lines).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
});
