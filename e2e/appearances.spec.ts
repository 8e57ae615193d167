import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { query } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

// Issue 16, item 3: a suggestion's text was edited into another claim and kept quoting the
// suggestion's sentence, with no way to fix it. Writing it now says so; on the desk the quote is
// changed, appearances are added and removed, frozen while awaiting approval; once public they
// change for the next correction or update, the public page keeping those it was published with.

test("an appearance's quote is changed, one added and one removed on the claim desk; frozen while awaiting approval", async ({
  page,
}, testInfo) => {
  test.slow(); // many saves on a busy machine
  const reviewer = await createStaffUser("REVIEWER", "appearances");
  const tag = randomBytes(4).toString("hex");
  const title = `Quay report ${tag}`;
  const text = [
    `Quay report ${tag}.`,
    "The harbour master said on Friday that ferry crossings fell by a fifth in 2026, the steepest fall in a decade.",
    "The port authority claimed that repairs to the north quay will cost 30 million crowns.",
  ].join("\n\n");
  const articleId = randomUUID();
  await query(`INSERT INTO "Article" (id, title, text, "contentHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    articleId,
    title,
    text,
    createHash("sha256").update(text).digest("hex"),
  ]);
  await signIn(page, reviewer.email, reviewer.password, `/workspace/articles/${articleId}`);

  // Edit a suggestion into another claim: the form says that the quote stays as it was.
  const suggestion = page.locator('li[id^="suggestion-"]').filter({ hasText: "repairs to the north quay" });
  await suggestion.getByRole("button", { name: "Edit" }).click();
  const claimText = `Ferry crossings at ${tag} fell by a fifth in 2026.`;
  await suggestion.getByLabel("Claim", { exact: true }).fill(claimText);
  await expect(suggestion.getByRole("status")).toContainText("The claim's words now differ from this quote");
  await screenshot(page, testInfo, "suggestion-edited-asks");
  await suggestion.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Claim created.");
  await page.getByRole("link", { name: "Open the claim" }).click();

  const appearances = page.getByRole("region", { name: "Appearances" });
  await expect(appearances.locator("mark")).toHaveText(/repairs to the north quay will cost 30 million crowns/);

  // Change the quote to where the claim is really made.
  await appearances.getByText("Change the quote").click();
  const change = appearances.getByRole("form", { name: `Change the quote in “${title}”` });
  await change.getByLabel("Words of the article where the claim is made").fill("ferry crossings fell by a fifth in 2026");
  await change.getByRole("button", { name: "Save the quote" }).click();
  await expect(change.getByRole("status")).toHaveText("Quote changed.");
  await expect(change.getByRole("status")).toBeFocused();
  await expect(appearances.locator("mark")).toHaveText("ferry crossings fell by a fifth in 2026");
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity).toContainText("changed an appearance's quote from “");
  // Words that are not in the article are refused, with what was typed kept.
  await change.getByLabel("Words of the article where the claim is made").fill("ferry crossings rose");
  await change.getByRole("button", { name: "Save the quote" }).click();
  await expect(change.getByText("These words are not in the article's text; copy them exactly from the article.")).toBeVisible();
  await expect(change.getByLabel("Words of the article where the claim is made")).toHaveValue("ferry crossings rose");

  // Add a second appearance, then remove the first.
  const add = page.getByRole("form", { name: "Add an appearance" });
  await add.getByLabel("Article", { exact: true }).selectOption({ label: title });
  await add.getByLabel("Words of the article where the claim is made").fill("the steepest fall in a decade");
  await add.getByRole("button", { name: "Add the appearance" }).click();
  await expect(add.getByRole("status")).toHaveText("Appearance added.");
  await expect(appearances.locator("mark")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);
  await screenshot(page, testInfo, "desk-appearances-editable");
  await appearances
    .getByRole("button", { name: `Remove this appearance in “${title}”` })
    .first()
    .click();
  await expect(appearances.locator("mark")).toHaveCount(1);
  await expect(appearances.locator("mark")).toHaveText("the steepest fall in a decade");
  await expect(activity).toContainText("removed an appearance “ferry crossings fell by a fifth in 2026”");

  // Awaiting approval: frozen like the evidence; public: the published appearances stay.
  const claimId = new URL(page.url()).pathname.split("/").pop()!;
  const verdictId = randomUUID();
  await query(
    `INSERT INTO "Verdict" (id, "claimId", slug, "authorId", status, "updatedAt") VALUES ($1, $2, $3, $4, 'AWAITING_APPROVAL', now())`,
    [verdictId, claimId, `e2e-quay-${tag}`, reviewer.id],
  );
  await page.reload();
  await expect(page.getByTestId("appearances-frozen")).toContainText("Frozen while the verdict awaits approval");
  await expect(appearances.getByText("Change the quote")).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Add an appearance" })).toHaveCount(0);
  // Rated, and published long ago so that it sits at the end of the public lists other tests read;
  // published with no appearance (the snapshot its page shows).
  await query(
    `UPDATE "Verdict" SET status = 'PUBLISHED', "publishedAt" = '2001-01-01', "ratingId" = (SELECT id FROM "Rating" WHERE key = 'false'),
       conclusion = 'The crossings fell by a tenth.', "publishedAppearances" = '[]'::jsonb WHERE id = $1`,
    [verdictId],
  );
  await page.reload();
  // Public: still editable, for the next correction or update; the desk lists what is not public yet.
  const published = page.getByTestId("appearances-published");
  await expect(published).toContainText("Changes here reach its public page with the next correction or update");
  await expect(published).toContainText("Added: “the steepest fall in a decade”");
  await expect(appearances.getByRole("button", { name: /^Remove this appearance/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "desk-appearances-public");
  await page.goto(`/verdicts/e2e-quay-${tag}`);
  await expect(page.getByText("The crossings fell by a tenth.")).toBeVisible();
  await expect(page.getByText("the steepest fall in a decade")).toHaveCount(0);
});
