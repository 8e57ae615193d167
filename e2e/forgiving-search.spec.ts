import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { insertPublishedVerdict, query, rows } from "./support/db";
import { expectNoAxeViolations, screenshot } from "./support/pages";

/** Public search that forgives typos and takes names; claimant merges; the workspace's claim search. */

const WIND_CLAIM = "Wind supplied more than half of Valoria's electricity in 2025.";
const BILLS_CLAIM = "Household electricity bills in Valoria have fallen by 21 per cent since the price cap took effect in January 2026.";
const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("listitem");

test("a misspelt search shows the results of the words it meant, and says so", async ({ page }, testInfo) => {
  // The demo data's published verdict on household electricity bills. (Its wind verdict, the
  // issue's example, is retracted, and retracted verdicts are not searchable: decision 005.)
  await page.goto("/search");
  await page.getByLabel("Words to search for").fill("electricty bills");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=electricty\+bills/);
  await expect(
    page.getByRole("status").filter({ hasText: "No results for “electricty bills”. Showing results for “electricity bills”." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /results? for “electricity bills”$/ })).toBeVisible();
  await expect(results(page).getByRole("link", { name: BILLS_CLAIM })).toBeVisible();
  // The form still holds what was typed.
  await expect(page.getByLabel("Words to search for")).toHaveValue("electricty bills");
  await screenshot(page, testInfo, "search-typo");
  await expectNoAxeViolations(page);

  await page.goto("/search?q=measels");
  await expect(page.getByRole("status").filter({ hasText: "Showing results for “measles”" })).toBeVisible();
  await expect(results(page).first().locator("mark").first()).toHaveText(/measles/i);
});

test("claimant and source filters take names; a name that matches nothing is named with the closest, and the other filters stay", async ({
  page,
}, testInfo) => {
  await page.goto("/search");
  await page.locator("summary", { hasText: "Filters" }).click();
  const claimant = page.getByLabel("Claimant");
  await claimant.pressSequentially("Hald");
  // Names offered as one types (the field's datalist).
  await expect(page.locator("#search-claimant-names option[value='Piet Haldane']")).toBeAttached();
  await claimant.fill("Energy Minister Piet Haldane");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]claimant=Energy\+Minister\+Piet\+Haldane/);
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(await results(page).count()).toBeGreaterThanOrEqual(1);
  for (const item of await results(page).all()) await expect(item.getByRole("link", { name: "Piet Haldane", exact: true })).toBeVisible();

  await page.goto("/search?q=electricity&claimant=Piet+Haldne&topic=energy");
  const notice = page.getByRole("status");
  await expect(notice).toContainText("“Piet Haldne” matches no claimant with published fact checks, so it was not applied.");
  await expect(page.getByLabel("Topic")).toHaveValue("energy");
  await expect(page.getByLabel("Claimant")).toHaveValue("Piet Haldne");
  await screenshot(page, testInfo, "search-unknown-claimant");
  await expectNoAxeViolations(page);
  await notice.getByRole("link", { name: "Piet Haldane" }).click();
  await expect(page).toHaveURL(/claimant=Piet\+Haldane/);
  await expect(page).toHaveURL(/topic=energy/);
  await expect(page).toHaveURL(/q=electricity/);
  expect(await results(page).count()).toBeGreaterThanOrEqual(1);
  for (const item of await results(page).all()) await expect(item.getByRole("link", { name: "Piet Haldane", exact: true })).toBeVisible();

  await page.goto("/search?source=Northharbour+Herald");
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(await results(page).count()).toBeGreaterThanOrEqual(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the claimant field is a plain text field that takes a name", async ({ page }) => {
    // A filter left out keeps the filters open, showing the value that was wrong.
    await page.goto("/search?claimant=Nobody+Known");
    await expect(page.getByLabel("Claimant")).toHaveValue("Nobody Known");
    await page.getByLabel("Claimant").fill("Piet Haldane");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/claimant=Piet\+Haldane/);
    expect(await results(page).count()).toBeGreaterThanOrEqual(1);
  });
});

async function insertClaimant(name: string) {
  const claimant = { id: randomUUID(), name, slug: `e2e-${randomBytes(4).toString("hex")}` };
  await query(`INSERT INTO "Claimant" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [
    claimant.id,
    claimant.name,
    claimant.slug,
  ]);
  return claimant;
}

test("a moderator merges two claimants; the merged one's public page redirects for good to the one kept", async ({ page }, testInfo) => {
  const tag = randomBytes(3).toString("hex");
  const survivor = await insertClaimant(`Maren Solberg ${tag}`);
  const duplicate = await insertClaimant(`Dr. M. Solberg ${tag}`);
  await insertPublishedVerdict({
    slug: `e2e-claimant-a-${tag}`,
    claimText: `E2E harbour claim ${tag}`,
    conclusion: "E2E.",
    claimantId: survivor.id,
  });
  await insertPublishedVerdict({
    slug: `e2e-claimant-b-${tag}`,
    claimText: `E2E ferry claim ${tag}`,
    conclusion: "E2E.",
    claimantId: duplicate.id,
  });

  await signIn(page, demo.moderator, undefined, `/moderation/claimants?q=${tag}`);
  await expect(page.getByText(survivor.name, { exact: true })).toBeVisible();
  await expect(page.getByText(duplicate.name, { exact: true })).toBeVisible();
  await screenshot(page, testInfo, "moderation-claimants");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Merge a duplicate into ${survivor.name}` }).click();
  // The merge page has a Name search of its own: type there, not in the list's while it is leaving.
  await expect(page).toHaveURL(new RegExp(`/moderation/claimants/${survivor.id}/merge`));
  await page.getByLabel("Name", { exact: true }).fill(`M. Solberg ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: `Choose ${duplicate.name} as the duplicate` }).click();
  await expect(page.getByText(`1 claim moves from ${duplicate.name} to ${survivor.name}`)).toBeVisible();
  await screenshot(page, testInfo, "moderation-claimant-merge-confirm");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Merge “${duplicate.name}” into “${survivor.name}”` }).click();
  // The merge (a transaction that re-points claims and refreshes public pages) can take more than
  // the default five seconds on a busy machine.
  await expect(page.getByRole("status").filter({ hasText: `Merged into ${survivor.name}: 1 claim moved.` })).toBeVisible({
    timeout: 15_000,
  });
  expect(await rows(`SELECT id FROM "Claimant" WHERE id = $1`, [duplicate.id])).toEqual([]);
  expect(await rows(`SELECT action FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY action`, [survivor.id])).toEqual([
    { action: "claimant.merge" },
  ]);

  // A permanent redirect, followed by the browser to the page of the claimant kept, with both claims.
  const response = await page.request.get(`/claimants/${duplicate.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(new RegExp(`/claimants/${survivor.slug}$`));
  await page.goto(`/claimants/${duplicate.slug}`);
  await expect(page).toHaveURL(new RegExp(`/claimants/${survivor.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: survivor.name })).toBeVisible();
  await expect(page.getByText(`E2E harbour claim ${tag}`)).toBeVisible();
  await expect(page.getByText(`E2E ferry claim ${tag}`)).toBeVisible();
  await screenshot(page, testInfo, "claimant-after-merge");
  await expectNoAxeViolations(page);
  // Search follows: the merged name finds the claimant kept.
  await page.goto(`/search?claimant=${encodeURIComponent(duplicate.name)}`);
  await expect(results(page).getByRole("link", { name: `E2E ferry claim ${tag}` })).toBeVisible();
});

test("reviewers search all claims from the queue, by words and by meaning, with the filters", async ({ page }, testInfo) => {
  await signIn(page, demo.reviewer);
  const search = page.getByRole("search", { name: "Filter the queue" });
  // The tip of the issue: no claim holds all these words, the matcher finds the checked one.
  await search.getByLabel("Search claims").fill("wind now gives us half our electricity");
  await search.getByLabel("Status").selectOption("all");
  await search.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=wind\+now\+gives/);
  // Words sort by best match unless another order is chosen (the queue's default order is not sent as one).
  await expect(page).not.toHaveURL(/sort=[a-z]/);
  const table = page.getByRole("table", { name: "Claims matching “wind now gives us half our electricity”" });
  await expect(table.getByRole("link", { name: WIND_CLAIM })).toBeVisible();
  await screenshot(page, testInfo, "workspace-search");
  await expectNoAxeViolations(page);

  // The same words with a status filter that excludes the claim (its verdict was retracted, so it is
  // back in To do, not published: decision 025).
  await search.getByLabel("Status").selectOption("PUBLISHED");
  await search.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/status=PUBLISHED/);
  await expect(page.getByRole("link", { name: WIND_CLAIM })).toHaveCount(0);
});
