import { expect, test, type Page } from "@playwright/test";
import { createStaffUser } from "./support/auth";
import { screenshot } from "./support/pages";
import { insertClaimWithEvidence, insertDraftVerdict, signedInPage as personOn } from "./support/review";

const alert = (page: Page) => page.getByRole("main").getByRole("alert");
const saveStatus = (page: Page) => page.getByTestId("save-status");

test.describe("editing the same draft at once", () => {
  test("the second save is refused with what changed, and the second reviewer's text stays on screen", async ({ browser }, testInfo) => {
    const [a, b] = await Promise.all([createStaffUser("REVIEWER", "tab-a"), createStaffUser("REVIEWER", "tab-b")]);
    const claim = await insertClaimWithEvidence("concurrent", a.id);
    await insertDraftVerdict(claim.id, a.id, claim.tag);
    const path = `/workspace/claims/${claim.id}/verdict`;
    // One after the other: password hashing is slow on a busy machine.
    const pageA = await personOn(browser, a, path);
    const pageB = await personOn(browser, b, path);
    await expect(pageA.getByLabel("Conclusion")).toBeVisible();
    await expect(pageB.getByLabel("Conclusion")).toBeVisible();

    await pageA.getByLabel("Conclusion").fill("A says: the tunnel cost 1.4 billion.");
    await expect(saveStatus(pageA)).toContainText(/Saved at/);

    const typedByB = "B says: the audit excludes financing costs, so the claim is misleading.";
    await pageB.getByLabel("Conclusion").fill(typedByB);
    await expect(alert(pageB)).toContainText("Someone else saved this verdict draft after you opened it");
    await expect(pageB.getByTestId("stale-version")).toContainText("A says: the tunnel cost 1.4 billion.");
    await expect(alert(pageB)).toContainText("Autosave is paused");
    await expect(pageB.getByLabel("Conclusion")).toHaveValue(typedByB);
    await screenshot(pageB, testInfo, "verdict-stale-save");

    // B decides to keep their text: an explicit save replaces A's version.
    await pageB.getByRole("button", { name: "Save draft" }).click();
    await expect(saveStatus(pageB)).toContainText(/Saved at/);
    await expect(alert(pageB)).toHaveCount(0);
    // Now A is the one with a stale copy.
    await pageA.getByLabel("Conclusion").fill("A again.");
    await expect(alert(pageA)).toContainText("Someone else saved this verdict draft");
    await expect(pageA.getByTestId("stale-version")).toContainText(typedByB);
    await expect(pageA.getByLabel("Conclusion")).toHaveValue("A again.");
  });
});
