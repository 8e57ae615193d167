import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { query } from "./support/db";
import { insertClaimWithEvidence, insertDraftVerdict, signedInPage } from "./support/review";
import { waitForHydration } from "./support/hydration";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

// Each test sends claims of its own (a random word in the text), so that the desktop and phone
// runs, which share one database, never triage each other's submissions.
const uniqueClaim = (topic: string) => `The ${randomBytes(4).toString("hex")} harbour museum will charge 40 euros for ${topic} from March`;

/** Sends a claim through the public form; returns the tracking link's path. */
async function submitClaim(page: Page, text: string, url = "https://social.example/post/1"): Promise<string> {
  await page.goto("/submit");
  // The form keeps what was typed through React (a post sent before hydration is a plain form post).
  await waitForHydration(page.getByRole("button", { name: "Send the claim" }));
  await page.getByLabel("The claim you want checked").fill(text);
  await page.getByLabel("Where you saw it (optional)").fill(url);
  await page.getByLabel("Your email (optional)").fill("reader@example.net");
  await page.getByRole("button", { name: "Send the claim" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: we have received your claim" })).toBeVisible();
  const href = await page
    .getByRole("main")
    .getByRole("link", { name: /\/submissions\// })
    .getAttribute("href");
  expect(href).toMatch(/^\/submissions\/[A-Za-z0-9_-]{43}$/);
  return href!;
}

/** A moderator of this test's own, signed in on the triage list in a separate browser context. */
async function moderatorPage(browser: Browser) {
  const moderator = await createStaffUser("MODERATOR", "triage");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, moderator.email, moderator.password, "/moderation/submissions");
  return { page, close: () => context.close() };
}

async function openSubmission(page: Page, text: string) {
  await page.goto("/moderation/submissions");
  await page.getByRole("link", { name: text }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submission" })).toBeVisible();
}

test("a visitor submits a claim and follows its tracking link, which restates it; once a moderator accepts it, it is accepted, not yet being checked", async ({
  page,
  browser,
}, testInfo) => {
  test.slow(); // two people, several pages
  const text = uniqueClaim("the Sunday tours");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Submit a claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit a claim" })).toBeVisible();
  // A full page load from the script-free home page: what was typed is kept by React once hydrated.
  await waitForHydration(page.getByRole("button", { name: "Send the claim" }));
  await screenshot(page, testInfo, "submit");

  // Bad input: field messages, what was typed is kept.
  await page.getByLabel("The claim you want checked").fill("Too short");
  await page.getByLabel("Your email (optional)").fill("not an address");
  await page.getByRole("button", { name: "Send the claim" }).click();
  await expect(page.getByText("Write the claim in at least 10 characters.")).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.org, or leave it empty.")).toBeVisible();
  await expect(page.getByLabel("The claim you want checked")).toHaveValue("Too short");
  await expectNoAxeViolations(page);

  const tracking = await submitClaim(page, text);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "submit-thanks");

  await page
    .getByRole("main")
    .getByRole("link", { name: /\/submissions\// })
    .click();
  await expect(page).toHaveURL(new RegExp(`${tracking}$`));
  await expect(page.getByRole("heading", { level: 2, name: "Received" })).toBeVisible();
  // The claim as sent, and its status: nothing else.
  await expect(page.getByRole("main").getByRole("blockquote")).toHaveText(text);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "tracking-received");

  const moderator = await moderatorPage(browser);
  try {
    await openSubmission(moderator.page, text);
    await expect(moderator.page.getByRole("heading", { name: "Similar claims" })).toBeVisible();
    await screenshot(moderator.page, testInfo, "triage");
    await moderator.page.getByRole("button", { name: "Accept and create the claim" }).click();
    await expect(moderator.page.getByRole("heading", { name: /^Triaged by/ })).toBeVisible();
    await expect(moderator.page.getByText("Accepted as the claim")).toBeVisible();
  } finally {
    await moderator.close();
  }

  await page.reload();
  // Nobody has taken the claim yet: the page does not say it is being checked.
  await expect(page.getByRole("heading", { level: 2, name: "Accepted, not yet being checked" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Progress" }).getByText("Accepted", { exact: true })).toHaveAttribute("aria-current", "step");
  await screenshot(page, testInfo, "tracking-checking");
});

test("a second identical submission is offered to the moderator as a duplicate of the first one's claim", async ({
  page,
  browser,
}, testInfo) => {
  test.slow(); // two people, several pages
  const text = uniqueClaim("school visits");
  const first = await submitClaim(page, text);
  const second = await submitClaim(page, text);
  expect(second).not.toBe(first);

  const moderator = await moderatorPage(browser);
  try {
    // The two rows: the older one is accepted first.
    await moderator.page.goto("/moderation/submissions");
    await moderator.page.getByRole("link", { name: text }).last().click();
    await moderator.page.getByRole("button", { name: "Accept and create the claim" }).click();
    await expect(moderator.page.getByText("Accepted as the claim")).toBeVisible();

    await openSubmission(moderator.page, text);
    const similar = moderator.page.getByRole("radio", { name: new RegExp(text) });
    await expect(similar).toBeVisible();
    const duplicates = moderator.page.getByRole("region", { name: "The claim this submission duplicates" });
    await expect(duplicates.getByRole("radio", { name: new RegExp(text) })).toBeVisible();
    // (The other project's run, sharing the database, may have left a claim that is likely the same too.)
    await expect(duplicates.getByRole("listitem").filter({ hasText: text }).getByText("Likely the same claim")).toBeVisible();
    await screenshot(moderator.page, testInfo, "triage-duplicate");
    await similar.check();
    await moderator.page.getByRole("button", { name: "Mark as duplicate of the chosen claim" }).click();
    await expect(moderator.page.getByText("A duplicate of")).toBeVisible();
  } finally {
    await moderator.close();
  }

  await page.goto(second);
  await expect(page.getByRole("heading", { level: 2, name: "Not checked separately" })).toBeVisible();
  await expect(page.getByText("waiting for one of our fact-checkers to take it up")).toBeVisible();
});

test("a tip in other words finds the published verdict it repeats as likely the same claim; a claim with another figure is only related", async ({
  page,
  browser,
}, testInfo) => {
  test.slow(); // two people
  // A claim on file on the same topic with another figure: it must not be offered as the duplicate.
  const other = "Gas supplied 28% of Valoria's electricity in 2025.";
  await query(`INSERT INTO "Claim" (id, text, "updatedAt") SELECT $1, $2, now() WHERE NOT EXISTS (SELECT 1 FROM "Claim" WHERE text = $2)`, [
    randomUUID(),
    other,
  ]);
  const tip = "wind now gives us half our electricity";
  await submitClaim(page, tip);

  const moderator = await moderatorPage(browser);
  try {
    await moderator.page.goto("/moderation/submissions");
    await moderator.page.getByRole("link", { name: tip }).first().click();
    const duplicates = moderator.page.getByRole("region", { name: "The claim this submission duplicates" });
    const verdict = duplicates.getByRole("radio", { name: /Wind supplied more than half of Valoria's electricity in 2025/ });
    await expect(verdict).toBeVisible();
    await expect(
      duplicates.getByRole("listitem").filter({ hasText: "Wind supplied more than half" }).getByText("Likely the same claim"),
    ).toBeVisible();
    await expect(duplicates.getByText(/28%/)).toHaveCount(0);
    const related = moderator.page.getByRole("region", { name: "Related claims" });
    await expect(related.getByRole("radio", { name: /Gas supplied 28%/ }).first()).toBeVisible();
    await expect(related.getByText(/different figure/).first()).toBeVisible();
    await expectNoAxeViolations(moderator.page);
    await expectNoSidewaysScrolling(moderator.page);
    await screenshot(moderator.page, testInfo, "triage-likely-same");
  } finally {
    await moderator.close();
  }
});

test("a moderator rejects ticked submissions as spam in bulk", async ({ page, browser }, testInfo) => {
  test.slow(); // two people
  const spam = uniqueClaim("spam spam");
  const tracking = await submitClaim(page, spam);
  const moderator = await moderatorPage(browser);
  try {
    await moderator.page.goto("/moderation/submissions");
    await expectNoAxeViolations(moderator.page);
    await expectNoSidewaysScrolling(moderator.page);
    await screenshot(moderator.page, testInfo, "submissions");
    const checkbox = moderator.page.getByRole("checkbox", { name: new RegExp(spam.slice(0, 40)) });
    if (testInfo.project.name === "phone") {
      // Each row is a card headed by its claim, with the checkbox beside it; nothing scrolls
      // sideways, so the list is no tab stop.
      await expect(moderator.page.getByRole("region", { name: "Submissions, newest first" })).not.toHaveAttribute("tabindex");
      const [box, claim] = [await checkbox.boundingBox(), await moderator.page.getByRole("link", { name: spam }).boundingBox()];
      expect(claim!.x).toBeGreaterThan(box!.x + box!.width);
      expect(box!.y + box!.height / 2).toBeGreaterThan(claim!.y);
      expect(box!.y + box!.height / 2).toBeLessThan(claim!.y + claim!.height);
    }
    await checkbox.check();
    await moderator.page.getByRole("button", { name: "Reject ticked as spam" }).click();
    await expect(moderator.page.getByRole("status").filter({ hasText: "Rejected 1 as spam." })).toBeVisible();
    await expect(moderator.page.getByRole("link", { name: spam })).toHaveCount(0);
  } finally {
    await moderator.close();
  }
  await page.goto(tracking);
  await expect(page.getByRole("heading", { level: 2, name: "Not checked" })).toBeVisible();
  await expect(page.getByText("It was marked as spam.")).toBeVisible();
});

// The tips' links: a news page on 127.0.0.3, PORT+2 (desktop) or PORT+3 (phone), allowed by scripts/test.ts.
const APP_PORT = Number(process.env.PORT ?? 3000);
const FIXTURE = fs.readFileSync(path.join(__dirname, "fixtures", "harbour-toll.html"), "utf8");

test("accepting a tip asks for its claimant and date, and its link becomes the claim's appearance", async ({ page, browser }, testInfo) => {
  test.slow(); // two people, a fetched page
  const port = APP_PORT + (testInfo.project.name === "phone" ? 3 : 2);
  const site = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(FIXTURE);
  });
  await new Promise<void>((resolve) => site.listen(port, "127.0.0.3", resolve));
  const tag = randomBytes(4).toString("hex");
  const claimant = `Councillor Ferre ${tag}`;
  await query(`INSERT INTO "Claimant" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [randomUUID(), claimant, `e2e-${tag}`]);
  const tip = `cargo up 6% in 2025 (${tag})`;
  await submitClaim(page, tip, `http://127.0.0.3:${port}/city/harbour-toll-${tag}`);

  const moderator = await moderatorPage(browser);
  try {
    await openSubmission(moderator.page, tip);
    const form = moderator.page.getByRole("region", { name: "Accept as a new claim" });
    await form.getByLabel("Claim text").fill("Cargo volumes grew by 6 per cent in 2025, the fastest growth since 2018.");
    // Existing claimants are suggested as the name is typed; one typed in other capitals is reused.
    await expect(moderator.page.locator(`#claimant-names option[value="${claimant}"]`)).toHaveCount(1);
    await form.getByLabel("Claimant").fill(claimant.toLowerCase());
    await form.getByLabel("Date the claim was made").fill("2026-11-21");
    await expect(form.getByRole("checkbox", { name: /Fetch it as an article and anchor the claim in it/ })).toBeChecked();
    await expectNoAxeViolations(moderator.page);
    await expectNoSidewaysScrolling(moderator.page);
    await screenshot(moderator.page, testInfo, "triage-accept-form");
    await form.getByRole("button", { name: "Accept and create the claim" }).click();

    const outcome = moderator.page.getByRole("region", { name: /^Triaged by/ });
    await expect(outcome).toContainText(`Claimant: ${claimant}.`);
    await expect(outcome).toContainText("It appears in Harbour toll to rise by a third, port authority says.");
    await screenshot(moderator.page, testInfo, "triage-accepted");

    await outcome.getByRole("link", { name: "Cargo volumes grew by 6 per cent in 2025" }).click();
    const appearances = moderator.page.getByRole("region", { name: "Appearances" });
    await expect(appearances.locator("mark")).toHaveText("cargo volumes grew by 6 per cent in 2025, the fastest growth since 2018.");
    await expect(appearances.getByRole("link", { name: "Harbour toll to rise by a third, port authority says" })).toBeVisible();
    await expect(moderator.page.getByRole("main")).toContainText(claimant);
    await expect(moderator.page.getByLabel("Date the claim was made")).toHaveValue("2026-11-21");

    // Claimant, date and appearance are there: drafting its verdict warns of nothing.
    await moderator.page.getByRole("link", { name: "Draft the verdict" }).click();
    await moderator.page.getByRole("button", { name: "Start a verdict draft" }).click();
    await expect(moderator.page.getByLabel("Conclusion")).toBeVisible();
    await expect(moderator.page.getByTestId("thin-claim-warning")).toHaveCount(0);
  } finally {
    await moderator.close();
    await new Promise((resolve) => site.close(resolve));
  }
});

test("a verdict whose claim has no appearance or no date warns before publication, without blocking it", async ({ browser }, testInfo) => {
  test.slow(); // two people
  const author = await createStaffUser("REVIEWER", "thin-author");
  const approver = await createStaffUser("MODERATOR", "thin-approver");
  const claim = await insertClaimWithEvidence("thin claim", author.id);
  const verdictId = await insertDraftVerdict(claim.id, author.id, claim.tag);

  const authorPage = await signedInPage(browser, author, `/workspace/claims/${claim.id}/verdict`);
  const warning = authorPage.getByRole("region", { name: "Before publishing: this claim has" });
  await expect(warning).toContainText("no appearance: the public page will not show where the claim was made.");
  await expect(warning).toContainText("no date: the public page and its ClaimReview will not say when it was made.");
  await expect(authorPage.getByRole("button", { name: "Submit for approval" })).toBeEnabled();
  await expectNoAxeViolations(authorPage);
  await screenshot(authorPage, testInfo, "verdict-thin-claim-warning");

  // The date is set on the claim desk: only the missing appearance is left to warn of.
  await warning.getByRole("link", { name: "Add them on the claim desk" }).click();
  await authorPage.getByLabel("Date the claim was made").fill("2026-10-02");
  await authorPage.getByRole("button", { name: "Save claim" }).click();
  await expect(authorPage.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await authorPage.goto(`/workspace/claims/${claim.id}/verdict`);
  await expect(warning).toContainText("no appearance");
  await expect(warning).not.toContainText("no date");
  await authorPage.context().close();

  // The approver sees the same warning beside the approval, which stays possible.
  await query(
    `UPDATE "Verdict" SET status = 'AWAITING_APPROVAL', "ratingId" = (SELECT id FROM "Rating" WHERE key = 'false'),
       conclusion = 'It cost 1.4 billion.', rationale = 'The audit says so.' WHERE id = $1`,
    [verdictId],
  );
  const approverPage = await signedInPage(browser, approver, `/workspace/claims/${claim.id}/verdict`);
  await expect(approverPage.getByRole("region", { name: "Before publishing: this claim has" })).toContainText("no appearance");
  await expect(approverPage.getByRole("button", { name: "Approve and publish verdict" })).toBeEnabled();
  await expectNoAxeViolations(approverPage);
  await approverPage.context().close();
});

test("an unknown tracking link is a 404 that says so", async ({ page }) => {
  const response = await page.goto(`/submissions/${randomBytes(32).toString("base64url")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Tracking link not found" })).toBeVisible();
});
