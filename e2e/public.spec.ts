import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, screenshot } from "./support/pages";

test("a verdict page shows the claim, its rating and evidence, and passes axe", async ({ page }, testInfo) => {
  await page.goto("/");
  const card = page.locator("main article").first();
  const claim = (await card.getByRole("heading", { level: 2 }).innerText()).replace(/^“|”$/g, "");
  // The badge reads "Rating: <label>" to screen readers ("Rating:" is visually hidden).
  const badge = card.locator("span", { has: page.getByText("Rating:", { exact: true }) }).first();
  const rating = ((await badge.textContent()) ?? "").replace(/^Rating:\s*/, "").trim();
  expect(rating, "the card names its rating").toMatch(/\w/);
  await card.getByRole("link").first().click();

  await expect(page).toHaveURL(/\/verdicts\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(claim);
  const verdict = page.getByRole("region", { name: "Our verdict" });
  await expect(verdict.getByText(`Rating: ${rating}`)).toBeVisible();
  const evidence = page.getByRole("region", { name: "Evidence" });
  await expect(evidence.getByRole("listitem").first()).toBeVisible();
  await screenshot(page, testInfo, "verdict");
  await expectNoAxeViolations(page);
});

test("a corrected verdict shows its dated correction note and current rating", async ({ page }) => {
  // Demo data: this verdict was corrected from "Mostly false" to "Half true" (prisma/demo-data.ts).
  await page.goto("/verdicts/northharbour-social-homes-2027");
  const corrections = page.locator("section", { has: page.getByRole("heading", { name: /corrections/i }) });
  await expect(corrections.getByText("Correction", { exact: true })).toBeVisible();
  await expect(corrections.getByText(/wrongly included 310 homes/)).toBeVisible();
  await expect(corrections.locator("time")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Our verdict" }).getByText("Rating: Half true")).toBeVisible();
});

test("an unknown verdict is a 404 page", async ({ page }) => {
  const response = await page.goto("/verdicts/no-such-verdict");
  expect(response?.status()).toBe(404);
});

test("the staff areas send signed-out visitors to sign-in without showing any staff data", { tag: "@http" }, async ({ request }) => {
  for (const path of [
    "/workspace",
    "/workspace/articles",
    "/workspace/profile",
    "/moderation",
    "/moderation/submissions",
    "/moderation/users",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
    // Not even streamed behind the redirect: an unpublished demo claim must not be in the body.
    expect(await response.text(), path).not.toContain("defence budget has doubled");
  }
});
