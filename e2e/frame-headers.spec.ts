import { expect, test } from "@playwright/test";
import { serveOtherSite, SITE_URL } from "./support/pages";

test("pages other than the embeds refuse to be framed by other sites", { tag: "@http" }, async ({ request }) => {
  for (const path of ["/", "/verdicts/measles-cases-fell-four-fifths-2025", "/feed.xml", "/sign-in"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-frame-options"], path).toBe("SAMEORIGIN");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'self'");
  }
  const embed = (await request.get("/embed/verdicts/measles-cases-fell-four-fifths-2025")).headers();
  expect(embed["x-frame-options"]).toBeUndefined();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
});

test("a browser will not show a verdict page inside another site's frame, but shows the embed card", async ({ page }) => {
  const otherSite = await serveOtherSite(`<!doctype html><html lang="en"><title>Framing</title><body>
    <iframe id="page" title="page" src="${SITE_URL}/verdicts/measles-cases-fell-four-fifths-2025"></iframe>
    <iframe id="embed" title="embed" src="${SITE_URL}/embed/verdicts/measles-cases-fell-four-fifths-2025"></iframe></body></html>`);
  try {
    await page.goto(otherSite.url);
    await expect(page.frameLocator("#embed").getByRole("heading", { level: 1 })).toContainText("Measles cases");
    // Chromium replaces a refused frame with its error page.
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#page").getByRole("heading", { level: 1 })).toHaveCount(0);
  } finally {
    await otherSite.close();
  }
});
