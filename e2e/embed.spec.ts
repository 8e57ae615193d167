import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, ORG_NAME, screenshot, serveOtherSite, SITE_URL } from "./support/pages";

const SLUG = "measles-cases-fell-four-fifths-2025";
const CLAIM = "Measles cases in Valoria fell by four-fifths in 2025.";
const RETRACTED = "wind-more-than-half-of-electricity-2025";

test("the embed card shows claim, claimant, rating, conclusion and a link that opens the fact check in a new tab", async ({
  page,
}, testInfo) => {
  const response = await page.goto(`/embed/verdicts/${SLUG}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${CLAIM}”`);
  await expect(page.getByText("Claimed by Jonah Petrakis")).toBeVisible();
  await expect(page.getByText("Rating: Mostly true")).toBeVisible();
  await expect(page.getByText(/^Confirmed measles cases fell from 1,064/)).toBeVisible();
  await expect(page.getByText(ORG_NAME, { exact: true })).toBeVisible();
  const link = page.getByRole("link", { name: /Read the full fact check/ });
  await expect(link).toHaveAttribute("href", `${SITE_URL}/verdicts/${SLUG}`);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /\bnoopener\b/);
  // Only the card: no site header, navigation or footer.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.locator("header, footer")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await screenshot(page, testInfo, "embed");
  await expectNoAxeViolations(page);
});

test("a retracted verdict's embed shows the retraction, not its rating", async ({ page }, testInfo) => {
  await page.goto(`/embed/verdicts/${RETRACTED}`);
  await expect(page.getByText("Retracted", { exact: true })).toBeVisible();
  await expect(page.getByText(/Retracted on 9 November 2026\. Its rating no longer stands\./)).toBeVisible();
  await expect(page.getByText(/^Rating:/)).toHaveCount(0);
  await expect(page.getByText("True", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Read the full fact check/ })).toHaveAttribute("href", `${SITE_URL}/verdicts/${RETRACTED}`);
  await screenshot(page, testInfo, "embed-retracted");
  await expectNoAxeViolations(page);
});

test("an unknown verdict's embed is a 404", { tag: "@http" }, async ({ request }) => {
  expect((await request.get("/embed/verdicts/no-such-verdict")).status()).toBe(404);
});

test("the verdict page offers the embed code; pasted into another site, it shows the whole card", async ({ page }, testInfo) => {
  // The longest claim of the demo data, so that the card's fit in the frame is tested where it is tightest.
  const slug = "household-electricity-bills-fell-21-per-cent";
  await page.goto(`/verdicts/${slug}`);
  const section = page.getByRole("region", { name: "Embed this fact check" });
  const code = section.getByRole("textbox", { name: "Embed code" });
  await expect(code).toHaveAttribute("readonly", "");
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="${SITE_URL}/embed/verdicts/${slug}" title="Fact check by ${ORG_NAME}: Household electricity bills [^"<>]+…" width="100%" height="260" style="border:0;max-width:640px" loading="lazy"></iframe>$`,
    ),
  );
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, "verdict-with-embed-code");
  await expectNoAxeViolations(page);

  // Another site (another origin) pastes the snippet: the browser must let the card load in its frame.
  const otherSite = await serveOtherSite(
    `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A news site</title><body style="font-family:sans-serif;max-width:680px;margin:24px auto;padding:0 12px"><h1>Another site's article</h1><p>Text before the card.</p>${snippet}<p>Text after the card.</p></body></html>`,
  );
  expect(new URL(otherSite.url).origin).not.toBe(new URL(SITE_URL).origin);
  try {
    await page.goto(otherSite.url);
    const frame = page.frameLocator(`iframe[title^="Fact check by ${ORG_NAME}"]`);
    await expect(frame.getByRole("heading", { level: 1 })).toContainText("Household electricity bills");
    await expect(frame.getByRole("link", { name: /Read the full fact check/ })).toBeVisible();
    // The whole card fits the snippet's height: nothing is cut off at the frame's bottom edge.
    const cardBottom = await frame.locator("article").evaluate((el) => el.getBoundingClientRect().bottom);
    expect(cardBottom).toBeLessThanOrEqual(260);
    await screenshot(page, testInfo, "embed-in-other-site");
  } finally {
    await otherSite.close();
  }
});

test("the copy button puts the embed code on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SITE_URL });
  await page.goto(`/verdicts/${SLUG}`);
  const section = page.getByRole("region", { name: "Embed this fact check" });
  await section.getByRole("button", { name: "Copy embed code" }).click();
  await expect(section.getByRole("status")).toHaveText("Copied to the clipboard.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await section.getByRole("textbox", { name: "Embed code" }).inputValue());
});

test("without JavaScript the embed code is on the page to select, and no dead copy button is shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SITE_URL}/verdicts/${SLUG}`);
  const section = page.getByRole("region", { name: "Embed this fact check" });
  await expect(section.getByRole("textbox", { name: "Embed code" })).toHaveValue(
    new RegExp(`^<iframe src="${SITE_URL}/embed/verdicts/${SLUG}"`),
  );
  await expect(section.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("a retracted verdict's page offers no embed code", async ({ page }) => {
  await page.goto(`/verdicts/${RETRACTED}`);
  await expect(page.getByRole("heading", { name: "This fact check has been retracted" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Embed this fact check" })).toHaveCount(0);
});
