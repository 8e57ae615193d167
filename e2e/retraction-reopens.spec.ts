import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaffUser } from "./support/auth";
import { query, rows } from "./support/db";
import { expectNoAxeViolations, screenshot } from "./support/pages";
import { approveAndPublish, insertClaimWithEvidence, signedInPage as personOn } from "./support/review";

/**
 * Issue 16 item 2 (decision 025): a retraction reopens the claim for a new verdict. Before it, the
 * claim stayed "Published" in the queue and on the desk, and no new verdict could be started.
 */
test("a retracted verdict's claim goes back to its reviewer; the new verdict, approved by a second person, replaces it publicly", async ({
  browser,
  request,
}, testInfo) => {
  test.slow(); // several people, many pages
  const [author, approver, moderator] = await Promise.all([
    createStaffUser("REVIEWER", "reopen-author"),
    createStaffUser("REVIEWER", "reopen-approver"),
    createStaffUser("MODERATOR", "reopen-moderator"),
  ]);
  // A claim of the author's, with a verdict published long ago (so it sits at the end of public lists).
  const claim = await insertClaimWithEvidence("reopen", author.id);
  const oldSlug = `e2e-reopen-${claim.tag}`;
  const oldId = randomUUID();
  await query(`UPDATE "Claim" SET status = 'PUBLISHED', "assigneeId" = $2 WHERE id = $1`, [claim.id, author.id]);
  await query(
    `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, rationale, status, "authorId", "approverId", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, (SELECT id FROM "Rating" WHERE key = 'false'), 'The tunnel cost 1.4 billion crowns.', 'The audit says so.',
             'PUBLISHED', $4, $5, '2001-01-01', now())`,
    [oldId, claim.id, oldSlug, author.id, approver.id],
  );
  const editorPath = `/workspace/claims/${claim.id}/verdict`;

  // The moderator retracts it with a reason.
  const moderatorPage = await personOn(browser, moderator, editorPath);
  await moderatorPage.getByLabel("Public reason for the retraction").fill("The audit office withdrew its report for re-examination.");
  await moderatorPage.getByRole("button", { name: "Retract verdict" }).click();
  await expect(moderatorPage.getByRole("button", { name: "Start a new verdict draft" })).toBeVisible();

  // The old page stays, retracted, and promises a new check.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/verdicts/${oldSlug}`);
  await expect(reader.getByRole("heading", { name: "This fact check has been retracted" })).toBeVisible();
  await expect(reader.getByTestId("successor")).toContainText("The claim is being checked again");

  // The claim is back in the author's work: "To do", marked reopened, with Take gone (it is theirs).
  const authorPage = await personOn(browser, author, `/workspace?assignee=me`);
  const row = authorPage.getByRole("row").filter({ hasText: claim.text });
  await expect(row).toContainText("Reopened: verdict retracted");
  await expect(row.getByRole("button", { name: /^Take/ })).toHaveCount(0);

  // The desk says what is left to do and keeps the retracted verdict in its history.
  await row.getByRole("link", { name: claim.text }).click();
  await expect(authorPage).toHaveURL(new RegExp(`/workspace/claims/${claim.id}$`));
  await expect(authorPage.getByTestId("reopened-notice")).toContainText("a new verdict is needed");
  await expect(authorPage.getByRole("link", { name: "Public page (retracted)" })).toHaveAttribute("href", `/verdicts/${oldSlug}`);
  await expect(authorPage.getByText("reopened the claim for a new verdict (its verdict was retracted)")).toBeVisible();
  await expectNoAxeViolations(authorPage);
  await screenshot(authorPage, testInfo, "desk-after-retraction");

  // The author drafts a new verdict and submits it.
  await authorPage.getByRole("link", { name: "Draft a new verdict" }).click();
  await expect(authorPage).toHaveURL(new RegExp(`${editorPath}$`));
  await authorPage.getByRole("button", { name: "Start a new verdict draft" }).click();
  await expect(authorPage.getByTestId("replaces")).toContainText("This verdict replaces a retracted one.");
  await authorPage.getByLabel("Rating", { exact: true }).selectOption({ label: "Mostly false" });
  await authorPage.getByLabel("Conclusion").fill("The re-examined audit puts the cost at 1.6 billion crowns, not 2 billion.");
  await authorPage.getByLabel("Rationale (Markdown)").fill("The audit office re-examined the accounts and found 1.6 billion crowns.");
  await authorPage.getByRole("button", { name: "Submit for approval" }).click();
  await expect(authorPage.getByRole("heading", { name: "Submitted for approval" })).toBeVisible();

  // A second person approves and publishes it.
  const approverPage = await personOn(browser, approver, editorPath);
  await approveAndPublish(approverPage, "verdict");
  await expect(approverPage.getByText("Published", { exact: true })).toBeVisible();
  const newPath = await approverPage.getByRole("link", { name: "Public page of this verdict" }).getAttribute("href");
  expect(newPath).toMatch(/^\/verdicts\//);
  expect(newPath).not.toBe(`/verdicts/${oldSlug}`);
  const [created] = await rows<{ id: string; slug: string }>(`SELECT id, slug FROM "Verdict" WHERE "previousId" = $1`, [oldId]);
  expect(`/verdicts/${created!.slug}`).toBe(newPath);
  // Published long ago, so that it is not the newest verdict other tests read.
  await query(`UPDATE "Verdict" SET "publishedAt" = '2001-01-02' WHERE id = $1`, [created!.id]);
  await query(`UPDATE "VerdictRevision" SET "publishedAt" = '2001-01-02' WHERE "verdictId" = $1`, [created!.id]);

  // The old URL keeps working: retracted, and it links to the new verdict, which links back.
  await reader.reload();
  await expect(reader.getByRole("heading", { name: "This fact check has been retracted" })).toBeVisible();
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expectNoAxeViolations(reader);
  await screenshot(reader, testInfo, "old-verdict-retracted-with-successor");
  await reader.getByRole("link", { name: "Read the new fact check of this claim" }).click();
  await expect(reader).toHaveURL(new RegExp(`${newPath}$`));
  await expect(reader.getByText("The re-examined audit puts the cost at 1.6 billion crowns, not 2 billion.")).toBeVisible();
  await expect(reader.getByRole("link", { name: "an earlier one that was retracted" })).toHaveAttribute("href", `/verdicts/${oldSlug}`);
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(1);
  await expectNoAxeViolations(reader);

  // Public search finds the new verdict, not the retracted one.
  await reader.goto(`/search?q=${encodeURIComponent(claim.tag)}`);
  await expect(reader.locator(`a[href="${newPath}"]`)).toHaveCount(1);
  await expect(reader.locator(`a[href="/verdicts/${oldSlug}"]`)).toHaveCount(0);

  // The read API: the retracted item names its successor, the new one its predecessor.
  const oldItem = await (await request.get(`/api/v1/verdicts/${oldId}`)).json();
  expect(oldItem).toMatchObject({ status: "retracted", replacedBy: { id: created!.id, slug: created!.slug }, claimReview: null });
  const newItem = await (await request.get(`/api/v1/verdicts/${created!.id}`)).json();
  expect(newItem).toMatchObject({ status: "published", replaces: { id: oldId, slug: oldSlug }, rating: { label: "Mostly false" } });
  const listed = await (await request.get(`/api/v1/verdicts?q=${claim.tag}`)).json();
  expect(listed.items.map((item: { slug: string }) => item.slug).sort()).toEqual([created!.slug, oldSlug].sort());

  // Back on the desk: published again, nothing left to do; both verdicts in its history.
  await authorPage.goto(`/workspace/claims/${claim.id}`);
  await expect(authorPage.getByTestId("reopened-notice")).toHaveCount(0);
  await expect(authorPage.getByRole("link", { name: "Public page (retracted)" })).toBeVisible();
});
