import { expect, test, type Page } from "@playwright/test";
import { createStaffUser } from "./support/auth";
import { insertPublishedVerdict, query } from "./support/db";
import { expectNoAxeViolations, screenshot } from "./support/pages";
import { approveAndPublish, insertClaimWithEvidence, insertDraftVerdict, signedInPage as personOn } from "./support/review";

// The public page shows the evidence as published (docs/decisions/008-verdict-review-workflow.md):
// the desk's later evidence work reaches it only with a correction or update and its note.

const evidenceRegion = (page: Page) => page.getByRole("region", { name: "Evidence" });

test("the desk is frozen while the verdict awaits approval; after publication evidence changes wait for an update with a note", async ({
  browser,
}, testInfo) => {
  test.slow(); // a long flow through many pages
  const [author, reviewer] = await Promise.all([createStaffUser("REVIEWER", "pe-author"), createStaffUser("REVIEWER", "pe-reviewer")]);
  const claim = await insertClaimWithEvidence("published-evidence", author.id);
  const [audit, budget] = claim.evidence.map((item) => item.title) as [string, string];
  const verdictId = await insertDraftVerdict(claim.id, author.id, claim.tag);
  await query(
    `UPDATE "Verdict" SET "ratingId" = (SELECT id FROM "Rating" WHERE key = 'false'), conclusion = $2, rationale = $3 WHERE id = $1`,
    [verdictId, "The audit puts the cost at 1.4 billion crowns.", "The national audit office found 1.4 billion crowns."],
  );
  const deskPath = `/workspace/claims/${claim.id}`;
  const editorPath = `${deskPath}/verdict`;

  // The author submits it: the desk now shows the claim and its evidence read-only, and says why.
  const pageA = await personOn(browser, author, editorPath);
  await pageA.getByRole("button", { name: "Submit for approval" }).click();
  await expect(pageA.getByRole("heading", { name: "Submitted for approval" })).toBeVisible();
  await pageA.goto(deskPath);
  await expect(pageA.getByTestId("frozen")).toContainText(
    "Frozen while the verdict awaits approval — to make changes, a reviewer who did not write or submit it sends it back to draft.",
  );
  await expect(evidenceRegion(pageA).getByRole("link", { name: audit })).toBeVisible();
  await expect(pageA.getByRole("form", { name: "Add evidence" })).toHaveCount(0);
  await expect(pageA.getByRole("link", { name: `Edit “${audit}”` })).toHaveCount(0);
  await expect(pageA.getByRole("button", { name: `Remove “${budget}”` })).toHaveCount(0);
  const claimForm = pageA.getByRole("form", { name: "Edit the claim's topics" });
  await expect(claimForm.getByTestId("claim-fixed")).toContainText(claim.text);
  await expect(pageA.getByLabel("Claim", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(pageA);
  await screenshot(pageA, testInfo, "claim-desk-frozen");

  // A second reviewer approves it: the public page lists the evidence as it was then.
  const pageB = await personOn(browser, reviewer, editorPath);
  await approveAndPublish(pageB, "verdict");
  await expect(pageB.getByText("Published", { exact: true })).toBeVisible();
  const publicPath = `/verdicts/e2e-draft-${claim.tag}`;
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(publicPath);
  await expect(evidenceRegion(reader).getByRole("link", { name: audit })).toBeVisible();
  await expect(evidenceRegion(reader).getByRole("link", { name: budget })).toBeVisible();

  // The reviewer edits, removes and adds evidence on the desk: the public page does not change.
  await pageB.goto(deskPath);
  await expect(pageB.getByTestId("published-evidence")).toContainText("reach it only with the verdict's next correction or update");
  await pageB.getByRole("link", { name: `Edit “${audit}”` }).click();
  const editForm = pageB.getByRole("form", { name: `Edit evidence “${audit}”` });
  await editForm.getByLabel("Title").fill(`${audit} (final)`);
  await editForm.getByRole("button", { name: "Save evidence" }).click();
  await expect(pageB.getByRole("form", { name: `Edit evidence “${audit} (final)”` }).getByRole("status")).toContainText("Evidence saved.");
  await pageB.goto(deskPath);
  await pageB.getByRole("button", { name: `Remove “${budget}”` }).click();
  await expect(pageB.getByRole("button", { name: `Remove “${budget}”` })).toHaveCount(0);
  const letter = `Ministry letter ${claim.tag}`;
  const addForm = pageB.getByRole("form", { name: "Add evidence" });
  await addForm.getByLabel("Evidence URL").fill(`https://ministry.example/letter-${claim.tag}`);
  await addForm.getByLabel("Title").fill(letter);
  await addForm.getByLabel("Quoted excerpt").fill("The final cost was 1.4 billion crowns.");
  await addForm.getByLabel("Stance").selectOption({ label: "Refutes the claim" });
  await addForm.getByRole("button", { name: "Add evidence" }).click();
  const changes = pageB.getByTestId("evidence-changes");
  await expect(changes).toContainText("Not yet public");
  await expect(changes).toContainText(`Changed “${audit} (final)”: title`);
  await expect(changes).toContainText(`Removed “${budget}”`);
  await expect(changes).toContainText(`Added “${letter}”`);
  await expectNoAxeViolations(pageB);
  await screenshot(pageB, testInfo, "claim-desk-evidence-not-public");

  await reader.reload();
  await expect(evidenceRegion(reader).getByRole("link", { name: audit, exact: true })).toBeVisible();
  await expect(evidenceRegion(reader).getByRole("link", { name: budget })).toBeVisible();
  await expect(reader.getByText(letter)).toHaveCount(0);
  await expect(reader.getByText(`${audit} (final)`)).toHaveCount(0);

  // An update with a note publishes the evidence as it is now.
  await pageB.goto(editorPath);
  await expect(pageB.getByTestId("evidence-changes")).toContainText(`Added “${letter}”`);
  await pageB.getByRole("button", { name: "Correct or update this verdict" }).click();
  await expect(pageB.getByTestId("revision-kind")).toContainText("Update");
  await expect(pageB.getByTestId("evidence-changes")).toContainText("published with this revision");
  const note = "We now cite the final audit report and the ministry's letter; the council budget was superseded.";
  await pageB.getByLabel("Public note: what changed and why").fill(note);
  await screenshot(pageB, testInfo, "verdict-editor-evidence-update");
  await pageB.getByRole("button", { name: "Publish update" }).click();
  await expect(pageB.getByRole("link", { name: "Revision 2: Update" })).toBeVisible();

  await reader.reload();
  await expect(evidenceRegion(reader).getByRole("link", { name: `${audit} (final)` })).toBeVisible();
  await expect(evidenceRegion(reader).getByRole("link", { name: letter })).toBeVisible();
  await expect(evidenceRegion(reader).getByRole("link", { name: budget })).toHaveCount(0);
  await expect(reader.getByRole("region", { name: "Corrections and updates" })).toContainText(note);
  await expectNoAxeViolations(reader);
  await screenshot(reader, testInfo, "verdict-public-after-evidence-update");

  // The version before the update still shows the evidence it was published with.
  await reader
    .getByRole("region", { name: "Corrections and updates" })
    .getByRole("link", { name: "Read the version before this update" })
    .click();
  await expect(reader).toHaveURL(new RegExp(`${publicPath}/revisions/1$`));
  await expect(evidenceRegion(reader).getByRole("link", { name: audit, exact: true })).toBeVisible();
  await expect(evidenceRegion(reader).getByRole("link", { name: budget })).toBeVisible();
  await expect(reader.getByText(letter)).toHaveCount(0);
  await expectNoAxeViolations(reader);
  await screenshot(reader, testInfo, "verdict-revision-1-evidence");
  await readerContext.close();
});

test("a published evidence list that cannot be read shows a notice; the rest of the page is there", async ({ page }, testInfo) => {
  const slug = `e2e-unreadable-evidence-${Date.now().toString(36)}`;
  const conclusion = "The page still says what we found.";
  const { verdictId } = await insertPublishedVerdict({
    slug,
    claimText: `The evidence of this claim was stored wrongly (${slug})`,
    conclusion,
  });
  await query(`UPDATE "Verdict" SET "publishedEvidence" = '[{"title": "No address", "stance": "MAYBE"}]' WHERE id = $1`, [verdictId]);
  await page.goto(`/verdicts/${slug}`);
  await expect(page.getByText(conclusion)).toBeVisible();
  await expect(evidenceRegion(page)).toContainText("The evidence of this version could not be shown.");
  await expect(page.getByText("No address")).toHaveCount(0);
  await screenshot(page, testInfo, "verdict-evidence-unreadable");
});
