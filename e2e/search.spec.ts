import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, screenshot } from "./support/pages";

const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("listitem");

test("searching shows ranked results with the matches highlighted, and passes axe", async ({ page }, testInfo) => {
  const response = await page.goto("/search?q=measles");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Search fact checks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^\d+ results? for “measles”$/ })).toBeVisible();
  expect(await results(page).count()).toBeGreaterThanOrEqual(2);
  const first = results(page).first();
  await expect(first.locator("h2 mark").first()).toHaveText(/measles/i);
  await expect(first.getByText(/^Rating: /)).toBeAttached();
  await first.getByRole("heading", { level: 2 }).getByRole("link").click();
  await expect(page).toHaveURL(/\/verdicts\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/measles/i);

  await page.goto("/search?q=measles");
  await screenshot(page, testInfo, "search");
  await expectNoAxeViolations(page);
});

test("filters narrow the results and stay in the URL and the form", async ({ page }, testInfo) => {
  await page.goto("/search");
  const all = await results(page).count();
  // The filters are folded away until one is in use.
  await expect(page.getByLabel("Topic")).toBeHidden();
  await page.locator("summary", { hasText: "Filters" }).click();
  await page.getByLabel("Topic").selectOption("energy");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]topic=energy/);
  await expect(page.getByLabel("Topic")).toBeVisible();
  await expect(page.getByLabel("Topic")).toHaveValue("energy");
  const energy = await results(page).count();
  expect(energy).toBeGreaterThanOrEqual(1);
  expect(energy).toBeLessThan(all);

  await page.goto("/search?q=electricity&claimant=piet-haldane&from=2020-01-01");
  await expect(page.getByLabel("Claimant")).toHaveValue("piet-haldane");
  expect(await results(page).count()).toBeGreaterThanOrEqual(1);
  for (const item of await results(page).all()) await expect(item.getByRole("link", { name: "Piet Haldane", exact: true })).toBeVisible();
  await screenshot(page, testInfo, "search-filters");
  await expectNoAxeViolations(page);
});

test("bad parameters are ignored with a message, not an error page", async ({ page }, testInfo) => {
  const response = await page.goto("/search?rating=NOT%20A%20RATING&from=2026-99-99&page=abc&source=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("status");
  await expect(notice).toContainText("Some of your search was ignored");
  await expect(notice).toContainText("rating");
  await expect(notice).toContainText("from");
  await expect(notice).toContainText("source");
  expect(await results(page).count()).toBeGreaterThanOrEqual(4);
  await screenshot(page, testInfo, "search-bad-params");
  await expectNoAxeViolations(page);
});

test("a search without matches says so", async ({ page }) => {
  await page.goto("/search?q=zebraquaggaxylophone");
  await expect(page.getByRole("heading", { name: "No results for “zebraquaggaxylophone”" })).toBeVisible();
  await expect(page.getByText("No published fact checks match your search.")).toBeVisible();
});

test("words that find nothing still lead to the fact check of the same claim in other words", async ({ page }, testInfo) => {
  // Not every word is in the verdict ("dropped", "80 percent"), so the word search finds nothing.
  await page.goto("/search?q=measles%20cases%20in%20valoria%20dropped%20by%2080%20percent");
  await expect(page.getByRole("heading", { name: /^No results for/ })).toBeVisible();
  const related = page.getByRole("region", { name: "Fact checks of similar claims" });
  await expect(related.getByRole("link", { name: /Measles cases in Valoria fell by four-fifths in 2025/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "search-related");
  await related.getByRole("link", { name: /Measles cases in Valoria/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Measles cases in Valoria fell by four-fifths/ })).toBeVisible();
  // The verdict page lists other published fact checks of related claims, not itself.
  const others = page.getByRole("region", { name: "Related fact checks" });
  await expect(others.getByRole("link").first()).toBeVisible();
  await expect(others.getByRole("link", { name: /Measles cases in Valoria fell by four-fifths/ })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form submits as a plain GET form", async ({ page }) => {
    await page.goto("/search");
    await page.getByLabel("Words to search for").fill("security pact");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=security\+pact/);
    expect(await results(page).count()).toBeGreaterThanOrEqual(1);
    await expect(results(page).first().locator("mark").first()).toBeVisible();
  });
});
