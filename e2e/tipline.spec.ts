import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { query } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

// Each test sends claims of its own (a random word in the text), so that the desktop and phone
// runs, which share one database, never triage each other's submissions.
const uniqueClaim = (topic: string) => `The ${randomBytes(4).toString("hex")} harbour museum will charge 40 euros for ${topic} from March`;

/** Sends a claim through the public form; returns the tracking link's path. */
async function submitClaim(page: Page, text: string): Promise<string> {
  await page.goto("/submit");
  await page.getByLabel("The claim you want checked").fill(text);
  await page.getByLabel("Where you saw it (optional)").fill("https://social.example/post/1");
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

test("a visitor submits a claim and follows its tracking link; once a moderator accepts it, it is being checked", async ({
  page,
  browser,
}, testInfo) => {
  test.slow(); // two people, several pages
  const text = uniqueClaim("the Sunday tours");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Submit a claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit a claim" })).toBeVisible();
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
  // Nothing but the status: not even the claim's text.
  await expect(page.getByRole("main")).not.toContainText("harbour museum");
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
  await expect(page.getByRole("heading", { level: 2, name: "Being checked" })).toBeVisible();
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
  await expect(page.getByText("it is already being checked")).toBeVisible();
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

test("an unknown tracking link is a 404 that says so", async ({ page }) => {
  const response = await page.goto(`/submissions/${randomBytes(32).toString("base64url")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Tracking link not found" })).toBeVisible();
});
