import { expect, test, type Browser, type Page } from "@playwright/test";
import { createStaffUser } from "./support/auth";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";
import { approveAndPublish, insertClaimWithEvidence, signedInPage as personOn } from "./support/review";

const alert = (page: Page) => page.getByRole("main").getByRole("alert");
const saveStatus = (page: Page) => page.getByTestId("save-status");

/** The public verdict page as an anonymous reader sees it. */
async function readPublic(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test.describe("verdict workflow", () => {
  test("draft → approval by a second reviewer → public page → update → correction awaiting approval → retraction", async ({
    browser,
  }, testInfo) => {
    test.slow(); // a long flow through many pages
    const [a, b, moderator] = await Promise.all([
      createStaffUser("REVIEWER", "author"),
      createStaffUser("REVIEWER", "approver"),
      createStaffUser("MODERATOR", "retractor"),
    ]);
    const claim = await insertClaimWithEvidence("workflow", a.id);
    const editorPath = `/workspace/claims/${claim.id}/verdict`;

    // Reviewer A adds evidence on the claim desk, then drafts the verdict citing it, and submits it.
    const pageA = await personOn(browser, a, `/workspace/claims/${claim.id}`);
    const cited = { title: `Audit summary ${claim.tag}`, url: `https://audit.example/summary-${claim.tag}` };
    const evidenceForm = pageA.getByRole("form", { name: "Add evidence" });
    await evidenceForm.getByLabel("Evidence URL").fill(cited.url);
    await evidenceForm.getByLabel("Title").fill(cited.title);
    await evidenceForm.getByLabel("Quoted excerpt").fill("The tunnel cost 1.4 billion crowns in total.");
    await evidenceForm.getByLabel("Stance").selectOption({ label: "Refutes the claim" });
    await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
    await expect(pageA.getByRole("link", { name: cited.title }).first()).toBeVisible();
    await pageA.getByRole("link", { name: "Draft the verdict" }).click();
    await expect(pageA).toHaveURL(new RegExp(`${editorPath}$`));
    await pageA.getByRole("button", { name: "Start a verdict draft" }).click();
    await expect(pageA.getByLabel("Rating", { exact: true })).toBeVisible();
    await pageA.getByLabel("Rating", { exact: true }).selectOption({ label: "False" });
    await pageA.getByLabel("Conclusion").fill("The audit puts the cost at 1.4 billion crowns, not 2 billion.");
    const rationale = pageA.getByLabel("Rationale (Markdown)");
    await rationale.fill("The national audit office checked the accounts: ");
    await pageA.getByRole("button", { name: `Insert link to “${cited.title}” into the rationale` }).click();
    await expect(rationale).toHaveValue(`The national audit office checked the accounts: [${cited.title}](${cited.url})`);
    // Hostile Markdown stays inert in the preview and on the public page.
    await rationale.press("End");
    await rationale.pressSequentially(
      ' <script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2"> [trap](javascript:window.__xss=3)\n\nIt found 1.4 billion.',
    );
    await expect(saveStatus(pageA)).toContainText(/Saved at \d\d:\d\d/);
    const preview = pageA.getByTestId("rationale-preview");
    await expect(preview.getByRole("link", { name: cited.title })).toHaveAttribute("href", cited.url);
    await expect(preview).toContainText("It found 1.4 billion.");
    await expect(preview.locator("script, img, [onerror], a[href^='javascript']")).toHaveCount(0);
    await screenshot(pageA, testInfo, "verdict-draft-editor");

    await pageA.getByRole("button", { name: "Submit for approval" }).click();
    await expect(pageA.getByRole("heading", { name: "Submitted for approval" })).toBeVisible();
    // A cannot approve their own verdict, and is told why.
    await expect(pageA.getByTestId("cannot-approve")).toContainText("you cannot approve it yourself");
    await expect(pageA.getByRole("button", { name: /Approve/ })).toHaveCount(0);

    // Reviewer B finds it among the approvals and approves it, which publishes it.
    const pageB = await personOn(browser, b, "/workspace/approvals");
    const waiting = pageB.getByRole("region", { name: "Waiting for your approval, oldest first" });
    await expect(waiting.getByRole("link", { name: claim.text })).toBeVisible();
    await expectNoAxeViolations(pageB);
    await expectNoSidewaysScrolling(pageB);
    await screenshot(pageB, testInfo, "approvals");
    await waiting.getByRole("link", { name: claim.text }).click();
    await expect(pageB).toHaveURL(new RegExp(`${editorPath}$`));
    // One click does not publish: it asks first, in a dialog that has the focus and that Escape closes.
    const approve = pageB.getByRole("button", { name: "Approve and publish verdict" });
    await approve.click();
    const confirmation = pageB.getByRole("dialog", { name: "Publish this verdict now?" });
    await expect(confirmation).toBeVisible();
    await expect(confirmation).toContainText("It goes public at once");
    await expect(confirmation.getByRole("button", { name: "Yes, publish the verdict" })).toBeFocused();
    await expectNoAxeViolations(pageB);
    await screenshot(pageB, testInfo, "approve-confirmation");
    await pageB.keyboard.press("Escape");
    await expect(confirmation).toBeHidden();
    await expect(approve).toBeFocused();
    await pageB.reload();
    await expect(approve).toBeVisible(); // still waiting: nothing was published
    // By keyboard alone: Enter opens the dialog, Enter on its focused button publishes.
    await approve.focus();
    await pageB.keyboard.press("Enter");
    await expect(confirmation.getByRole("button", { name: "Yes, publish the verdict" })).toBeFocused();
    await pageB.keyboard.press("Enter");
    await expect(pageB.getByText("Published", { exact: true })).toBeVisible();
    const publicPath = await pageB.getByRole("link", { name: "Public page of this verdict" }).getAttribute("href");
    expect(publicPath).toMatch(/^\/verdicts\/e2e-workflow-/);

    const reader = await readPublic(browser, publicPath!);
    await expect(reader.getByRole("heading", { level: 1 })).toContainText(claim.text);
    await expect(reader.getByText("The audit puts the cost at 1.4 billion crowns, not 2 billion.")).toBeVisible();
    await expect(reader.getByRole("region", { name: "Our verdict" })).toContainText("Rating: False");
    await expect(reader.getByText("Approved by")).toBeVisible();
    await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(1);
    expect(await reader.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expect(reader.locator("article a[href^='javascript'], article img, article [onerror]")).toHaveCount(0);

    // A publishes a wording fix with a note: no approval needed, the public page shows it.
    await pageA.reload();
    // Retraction is for moderators: a reviewer is not offered it.
    await expect(pageA.getByRole("button", { name: "Retract verdict" })).toHaveCount(0);
    await pageA.getByRole("button", { name: "Correct or update this verdict" }).click();
    await pageA.getByLabel("Rationale (Markdown)").fill(`The national audit office checked the accounts and found 1.4 billion crowns.`);
    await pageA.getByLabel("Public note: what changed and why").fill("We reworded the rationale and removed a stray fragment.");
    await expect(pageA.getByTestId("revision-kind")).toContainText("Update");
    await pageA.getByRole("button", { name: "Publish update" }).click();
    await expect(pageA.getByRole("heading", { name: "Published versions" })).toBeVisible();
    await expect(pageA.getByRole("link", { name: "Revision 2: Update" })).toBeVisible();

    await reader.reload();
    const corrections = reader.getByRole("region", { name: "Corrections and updates" });
    await expect(corrections.getByText("We reworded the rationale and removed a stray fragment.")).toBeVisible();
    await expect(reader.getByText("The national audit office checked the accounts and found 1.4 billion crowns.")).toBeVisible();
    await expectNoAxeViolations(reader);
    // The earlier text stays readable.
    await corrections.getByRole("link", { name: "Read the version before this update" }).click();
    await expect(reader).toHaveURL(new RegExp(`${publicPath}/revisions/1$`));
    await expect(reader.getByText("An earlier version of this fact check")).toBeVisible();
    await expect(reader.getByText("It found 1.4 billion.")).toBeVisible();
    await expectNoAxeViolations(reader);

    // A changes the rating: a correction, which waits for B; the public page does not change.
    await pageA.getByRole("button", { name: "Correct or update this verdict" }).click();
    await pageA.getByLabel("Rating", { exact: true }).selectOption({ label: "Mostly false" });
    await pageA
      .getByLabel("Public note: what changed and why")
      .fill("The audit counted financing costs separately; we changed the rating to Mostly false.");
    await expect(pageA.getByTestId("revision-kind")).toContainText("Correction");
    await pageA.getByRole("button", { name: "Submit correction for approval" }).click();
    await expect(pageA.getByTestId("cannot-approve")).toContainText("You wrote this correction");

    await reader.goto(publicPath!);
    const verdictBox = reader.getByRole("region", { name: "Our verdict" });
    await expect(verdictBox).toContainText("Rating: False");
    // (Within the verdict: "Related fact checks" may list another test's verdict with that rating.)
    await expect(verdictBox).not.toContainText("Mostly false");

    await pageB.reload();
    await approveAndPublish(pageB, "correction");
    await expect(pageB.getByRole("link", { name: "Revision 3: Correction" })).toBeVisible();
    await reader.reload();
    await expect(verdictBox).toContainText("Rating: Mostly false");
    await expect(reader.getByText("The audit counted financing costs separately; we changed the rating to Mostly false.")).toBeVisible();
    await screenshot(reader, testInfo, "verdict-public-after-correction");

    // A moderator retracts it: the page stays, says so, and loses its ClaimReview markup.
    const pageM = await personOn(browser, moderator, editorPath);
    await pageM.getByLabel("Public reason for the retraction").fill("The audit office withdrew its report for re-examination.");
    await pageM.getByRole("button", { name: "Retract verdict" }).click();
    await expect(pageM.getByText("Retracted", { exact: true })).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("heading", { name: "This fact check has been retracted" })).toBeVisible();
    await expect(reader.getByText("The audit office withdrew its report for re-examination.")).toBeVisible();
    await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expectNoAxeViolations(reader);
  });

  test("submitting an incomplete draft is refused with a message at each field", async ({ browser }) => {
    const reviewer = await createStaffUser("REVIEWER", "noretract");
    const claim = await insertClaimWithEvidence("noretract", reviewer.id);
    const page = await personOn(browser, reviewer, `/workspace/claims/${claim.id}/verdict`);
    await page.getByRole("button", { name: "Start a verdict draft" }).click();
    await expect(page.getByLabel("Conclusion")).toBeVisible();
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect(alert(page)).toContainText("Some fields need attention.");
    await expect(page.getByText("Choose a rating.")).toBeVisible();
    await expect(page.getByText(/Write a short conclusion/)).toBeVisible();
    await expect(page.getByLabel("Conclusion")).toHaveAttribute("aria-invalid", "true");
  });
});
