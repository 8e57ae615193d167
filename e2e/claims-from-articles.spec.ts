import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { insertPublishedVerdict, query } from "./support/db";
import { longArticle } from "./support/long-article";
import { expectNoAxeViolations, screenshot } from "./support/pages";

// Article fetching refuses loopback addresses; `npm test` lets the app reach exactly two of them
// (ARTICLE_FETCH_TEST_ALLOW_HOSTS in scripts/test.ts): 127.0.0.1 on PORT+2 for the desktop
// project and PORT+3 for the phone project, so the two projects' fixture servers never clash.
const APP_PORT = Number(process.env.PORT ?? 3000);
const fixturePort = (project: string) => APP_PORT + (project === "phone" ? 3 : 2);
const FIXTURE = fs.readFileSync(path.join(__dirname, "fixtures", "harbour-toll.html"), "utf8");

/** An article of this test's own (a unique reference, so the two projects never share it). */
function housingArticle() {
  const tag = randomBytes(4).toString("hex");
  return {
    title: `Council housing row ${tag}`,
    text: [
      "Mayor Lena Ostrova said that the city will build 1,200 social homes by 2028, more than in the previous decade.",
      "The opposition leader, Piet Sander, claimed the housing budget had been cut by 15 per cent since 2024.",
      "The council meets again in March. Tram ridership rose by 9 per cent last year, according to the transport office.",
      `File reference ${tag}.`,
    ].join("\n\n"),
  };
}

/** Selects `words` in the article text as a reader would with the mouse. */
async function selectInArticle(page: Page, words: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector("[data-article-text]")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the article: ${wanted}`);
  }, words);
}

test("a reviewer pastes an article, accepts a suggested claim with its claimant and makes another from a selection", async ({
  page,
}, testInfo) => {
  const article = housingArticle();
  await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "Add an article" })).toBeVisible();

  // Bad input: field messages, nothing saved.
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText("Give the article's title.")).toBeVisible();
  await expect(page.getByText("Paste the article's text.")).toBeVisible();

  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/workspace\/articles\/[^/?]+\?outcome=created/);
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Article added.");

  // Suggestions are highlighted in the text and listed with their claimant.
  const suggestionMarks = page.locator('[data-article-text] mark[data-kind="suggestion"]');
  await expect(suggestionMarks.first()).toBeVisible();
  const mayor = page.locator('li[id^="suggestion-"]').filter({ hasText: "1,200 social homes" });
  await expect(mayor).toBeVisible();
  await expect(mayor).toContainText("Lena Ostrova");
  await screenshot(page, testInfo, "article-reader");
  await expectNoAxeViolations(page);

  // Accept it: the form is prefilled with the claim and its claimant, both editable.
  await mayor.getByRole("button", { name: "Accept" }).click();
  const claimField = mayor.getByLabel("Claim", { exact: true });
  await expect(claimField).toHaveValue(/1,200 social homes by 2028/);
  await expect(mayor.getByLabel("Claimant (optional)")).toHaveValue(/Lena Ostrova/);
  const acceptedClaim = await claimField.inputValue();
  await mayor.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created.");
  const claimMarks = page.locator('[data-article-text] mark[data-kind="appearance"]');
  await expect(claimMarks).toHaveCount(1);
  await expect(claimMarks.first()).toContainText("1,200 social homes");
  const articlePath = new URL(page.url()).pathname;
  const acceptedDesk = await page.getByRole("link", { name: "Open the claim" }).getAttribute("href");

  // Any span can become a claim: select it (here part of a sentence), then use the button that appears.
  const selected = "Tram ridership rose by 9 per cent";
  await selectInArticle(page, selected);
  await page.getByRole("button", { name: "Make a claim from the selection" }).click();
  const selection = page.getByRole("region", { name: "New claim from your selection" });
  await expect(selection.locator("blockquote")).toHaveText(selected);
  await expect(selection.getByLabel("Claim", { exact: true })).toHaveValue(selected);
  await selection.getByLabel("Claimant (optional)").fill("Transport office");
  await selection.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created.");
  await expect(claimMarks).toHaveCount(2);
  await expect(claimMarks.nth(1)).toHaveText(`Claim C2 on file: ${selected}`);
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims).toContainText(selected);
  await expect(claims).toContainText("Transport office");
  const selectedDesk = await page.getByRole("link", { name: "Open the claim" }).getAttribute("href");
  await screenshot(page, testInfo, "article-reader-with-claims");

  // Both wait in the queue, each with its quote in the article.
  await page.goto("/workspace");
  for (const [claim, claimant] of [
    [acceptedClaim, "Lena Ostrova"],
    [selected, "Transport office"],
  ] as const) {
    const row = page
      .getByRole("row")
      .filter({ hasText: article.title })
      .filter({ has: page.getByRole("link", { name: claim, exact: true }) });
    await expect(row).toContainText(`“${claim}”${article.title}`);
    await expect(row).toContainText(claimant);
  }
  for (const [desk, quote] of [
    [acceptedDesk, acceptedClaim],
    [selectedDesk, selected],
  ] as const) {
    await page.goto(desk!);
    const appearance = page.getByRole("main").locator("blockquote").filter({ hasText: quote });
    await expect(appearance.locator("mark")).toHaveText(quote);
    await expect(appearance.locator("xpath=..").getByRole("link")).toHaveAttribute("href", new RegExp(`^${articlePath}#appearance-`));
  }
});

test("a rejected suggestion is not proposed again", async ({ page }) => {
  const article = housingArticle();
  await signIn(page, demo.reviewer2, undefined, "/workspace/articles/new");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Add article" }).click();
  const budget = page.locator('li[id^="suggestion-"]').filter({ hasText: "cut by 15 per cent" });
  await expect(budget).toBeVisible();
  await budget.getByRole("button", { name: "Reject" }).click();
  await expect(page.locator('li[id^="suggestion-"]').filter({ hasText: "cut by 15 per cent" })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('li[id^="suggestion-"]').filter({ hasText: "cut by 15 per cent" })).toHaveCount(0);
});

test("an article is fetched from its address; a loopback address without the test allowance is refused", async ({ page }, testInfo) => {
  const port = fixturePort(testInfo.project.name);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(FIXTURE);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  try {
    await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
    await screenshot(page, testInfo, "new-article-form");
    await expectNoAxeViolations(page);

    // The app's own address is loopback too, and not in the allowance.
    await page.getByLabel("Article address").fill(`http://127.0.0.1:${APP_PORT}/`);
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByText(/^That address points to a private network/)).toBeVisible();
    await expect(page.getByLabel("Article address")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Article address").fill("ftp://example.org/story");
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByText("Only http:// and https:// addresses can be fetched (this one is ftp:).")).toBeVisible();

    await page.getByLabel("Article address").fill(`http://127.0.0.1:${port}/city/harbour-toll?utm_source=e2e`);
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Harbour toll to rise by a third, port authority says" })).toBeVisible();
    const facts = page.getByRole("main");
    await expect(facts).toContainText("By Mira Tollan");
    await expect(facts).toContainText("The Northharbour Herald");
    await expect(page.locator("[data-article-text]")).toContainText(
      "cargo volumes grew by 6 per cent in 2025, the fastest growth since 2018",
    );
    await expect(page.locator("[data-article-text]")).not.toContainText("Most read");
    await expect(page.getByRole("button", { name: "Fetch again" })).toBeVisible();

    // The same address again, text unchanged: the same article, not a copy.
    const firstUrl = page.url().split("?")[0];
    await page.goto("/workspace/articles/new");
    await page.getByLabel("Article address").fill(`http://127.0.0.1:${port}/city/harbour-toll`);
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByRole("main").getByRole("status")).toContainText("already on file with the same text");
    expect(page.url().split("?")[0]).toBe(firstUrl);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("a claim already checked is shown while writing, and the article is attached to it instead of a duplicate", async ({ page }) => {
  const tag = randomBytes(4).toString("hex");
  const checked = `The ferry subsidy for ${tag} island doubled between 2023 and 2025`;
  await insertPublishedVerdict({ slug: `e2e-ferry-${tag}`, claimText: checked, conclusion: "It rose by a quarter." });

  await signIn(page, demo.reviewer2, undefined, "/workspace/articles/new");
  const words = `the ferry subsidy for ${tag} island doubled between 2023 and 2025`;
  await page.getByLabel("Title").fill(`Ferry row ${tag}`);
  await page
    .getByLabel("Article text")
    .fill(
      `At a rally on Saturday the harbour councillor repeated that ${words}.\n\nThe ferry company did not comment on the figures before publication.`,
    );
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Ferry row ${tag}` })).toBeVisible();

  await selectInArticle(page, words);
  await page.getByRole("button", { name: "Make a claim from the selection" }).click();
  const form = page.getByRole("region", { name: "New claim from your selection" });
  const similar = form.getByRole("region", { name: "Similar claims already on file" });
  const match = similar.getByRole("listitem").filter({ hasText: checked });
  await expect(match).toBeVisible();
  await expect(match).toContainText("Rating: False");
  await expect(match.getByRole("link", { name: "Read the verdict" })).toHaveAttribute("href", `/verdicts/e2e-ferry-${tag}`);

  await match.getByRole("button", { name: "Same claim: add this article as an appearance" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("added as an appearance of an existing claim");
  const claims = page.getByRole("region", { name: "Claims in this article" });
  await expect(claims).toContainText(checked);
  await expect(claims).toContainText("Published");
});

test("a reviewer writes a claim by hand, quoting an article and choosing a topic", async ({ page }) => {
  const article = housingArticle();
  await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByRole("link", { name: "Write a claim quoting this article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write a claim" })).toBeVisible();
  await expect(page.getByLabel("Article where it appears (optional)")).toHaveValue(/.+/);

  await page.getByLabel("Claim", { exact: true }).fill("The council meets again in March to vote on housing.");
  await page.getByLabel("Claimant (optional)").fill("City clerk");
  await page.getByRole("checkbox", { name: "Housing" }).check();
  await page.getByLabel("Quote from the article").fill("a quote that is not there");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByText("This quote is not in the article's text; copy it exactly from the article.")).toBeVisible();
  await expect(page.getByLabel("Claim", { exact: true })).toHaveValue("The council meets again in March to vote on housing.");

  await page.getByLabel("Quote from the article").fill("The council meets again in March.");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created.");
});

test("a 100,000-character article shows its best suggestions first with 'show more', in a page under 1 MB, and marks a sentence not in English", async ({
  page,
}, testInfo) => {
  test.slow(); // The suggester reads 100,000 characters when the article is saved.
  const tag = randomBytes(4).toString("hex");
  const text = longArticle(tag);
  expect(text).toHaveLength(100_000);
  await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
  await page.getByLabel("Title").fill(`Budget debate ${tag}`);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Budget debate ${tag}` })).toBeVisible();
  const articlePath = new URL(page.url()).pathname;
  const articleId = articlePath.split("/").at(-1)!;
  // Its 1,400 suggestions would fill Today's claims, which other tests read: they date from a month
  // ago, and the article goes when this test ends.
  await query(`UPDATE "Suggestion" SET "createdAt" = now() - interval '30 days' WHERE "articleId" = $1`, [articleId]);

  // The page as a browser first receives it (HTML with the streamed page data inline).
  const response = await page.goto(articlePath);
  const bytes = (await response!.body()).length;
  console.log(`reader page of a 100,000-character article: ${bytes.toLocaleString("en-GB")} bytes`);
  expect(bytes).toBeLessThan(1_000_000);

  const cards = page.locator('li[id^="suggestion-"]');
  await expect(cards).toHaveCount(25);
  const summary = page.getByRole("region", { name: "Suggested claims" }).getByText(/^The 25 most check-worthy of [\d,]+, best first\.$/);
  await expect(summary).toBeVisible();
  const total = Number((await summary.textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ""));
  expect(total).toBeGreaterThan(1000);
  await expect(page.locator('[data-article-text] mark[data-kind="suggestion"]')).toHaveCount(25);

  // A sentence in Arabic is marked in the text and listed, not dropped.
  const foreign = page.locator('[data-article-text] mark[data-kind="foreign"]');
  await expect(foreign.first()).toContainText("قال الوزير");
  await expect(page.getByRole("link", { name: "Go to not scored: arabic" }).first()).toHaveText("not scored: Arabic");
  const notScored = page.getByRole("region", { name: "Not scored" });
  await expect(notScored.getByText("Not scored: Arabic").first()).toBeVisible();
  await screenshot(page, testInfo, "long-article-reader");

  // Show more: 25 more, the first of them in view; numbers stay as they were.
  const firstNumbers = await cards.locator("h3").allTextContents();
  await page.getByRole("link", { name: "Show more suggestions" }).click();
  await expect(cards).toHaveCount(50);
  expect((await cards.locator("h3").allTextContents()).slice(0, 25)).toEqual(firstNumbers);
  await expect(cards.nth(25)).toBeInViewport();
  await query(`DELETE FROM "Article" WHERE id = $1`, [articleId]);
});

test("rejecting a suggestion leaves the others' numbers as they were", async ({ page }) => {
  const article = housingArticle();
  await signIn(page, demo.reviewer2, undefined, "/workspace/articles/new");
  await page.getByLabel("Title").fill(article.title);
  await page.getByLabel("Article text").fill(article.text);
  await page.getByRole("button", { name: "Add article" }).click();
  const cards = page.locator('li[id^="suggestion-"]');
  await expect(cards.first()).toBeVisible();
  const numbered = async () =>
    Object.fromEntries(
      await Promise.all(
        (await cards.all()).map(async (card) => [await card.locator("p").first().textContent(), await card.locator("h3").textContent()]),
      ),
    );
  const before = await numbered();
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(2);
  const [firstText] = Object.keys(before);
  await cards.filter({ hasText: firstText! }).getByRole("button", { name: "Reject" }).click();
  await expect(cards).toHaveCount(Object.keys(before).length - 1);
  await page.reload();
  const after = await numbered();
  expect(after).toEqual(Object.fromEntries(Object.entries(before).filter(([text]) => text !== firstText)));
});
