import { expect, test } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { insertClaim } from "./support/claims";
import { rows } from "./support/db";
import { openBeforeHydration, waitForHydration } from "./support/hydration";
import { insertClaimWithEvidence, insertDraftVerdict } from "./support/review";

// A fast person (or a slow phone) fills a form in the server's HTML before React hydrates it: what
// the browser holds then must survive hydration, later re-renders and the save.

test("evidence typed and a stance chosen before the desk hydrates are saved", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "prehydration");
  const claim = await insertClaim("prehydration");
  await signIn(page, reviewer.email, reviewer.password);

  const { release } = await openBeforeHydration(page, `/workspace/claims/${claim.claim}`);
  const form = page.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Evidence URL").fill("https://statistics.example/fares-2026");
  await form.getByLabel("Quoted excerpt").fill("Average single fare: +12% in 2026.");
  await form.getByLabel("Stance").selectOption({ label: "Refutes the claim" });
  await release();
  await waitForHydration(form);
  // Typing on after hydration re-renders the form.
  await form.getByLabel("Title").fill("Statistics office: fares 2026");
  await expect(form.getByLabel("Stance")).toHaveValue("REFUTES");
  await expect(form.getByLabel("Evidence URL")).toHaveValue("https://statistics.example/fares-2026");
  await form.getByRole("button", { name: "Add evidence" }).click();

  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  expect(await rows(`SELECT url, title, excerpt, stance FROM "Evidence" WHERE "claimId" = $1`, [claim.claim])).toEqual([
    {
      url: "https://statistics.example/fares-2026",
      title: "Statistics office: fares 2026",
      excerpt: "Average single fare: +12% in 2026.",
      stance: "REFUTES",
    },
  ]);
  // Ready for the next piece of evidence.
  await expect(form.getByLabel("Stance")).toHaveValue("");
  await expect(form.getByLabel("Quoted excerpt")).toHaveValue("");
});

test("a claim's text and topics changed before the desk hydrates are saved", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "prehydration-claim");
  const claim = await insertClaim("prehydration-claim");
  await signIn(page, reviewer.email, reviewer.password);

  const { release } = await openBeforeHydration(page, `/workspace/claims/${claim.claim}`);
  const form = page.getByRole("form", { name: "Edit the claim" });
  await form.getByLabel("Claim", { exact: true }).fill(`${claim.text} (reworded)`);
  await form.getByLabel("Economy").check();
  await release();
  await waitForHydration(form);
  await form.getByLabel("Claimant").fill(`${claim.claimantName} (renamed)`);
  await form.getByRole("button", { name: "Save claim" }).click();

  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  const [saved] = await rows<{ text: string; claimant: string; topics: string[] }>(
    `SELECT c.text, cl.name AS claimant, ARRAY(SELECT t.name FROM "_ClaimToTopic" ct JOIN "Topic" t ON t.id = ct."B" WHERE ct."A" = c.id) AS topics
     FROM "Claim" c JOIN "Claimant" cl ON cl.id = c."claimantId" WHERE c.id = $1`,
    [claim.claim],
  );
  expect(saved).toEqual({ text: `${claim.text} (reworded)`, claimant: `${claim.claimantName} (renamed)`, topics: ["Economy"] });
});

test("a verdict draft typed before the editor hydrates is previewed and saved", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "prehydration-verdict");
  const claim = await insertClaimWithEvidence("prehydration-verdict", reviewer.id);
  const verdictId = await insertDraftVerdict(claim.id, reviewer.id, claim.tag);
  await signIn(page, reviewer.email, reviewer.password);

  const { release } = await openBeforeHydration(page, `/workspace/claims/${claim.id}/verdict`);
  await page.getByLabel("Rating").selectOption({ label: "False" });
  await page.getByLabel("Conclusion").fill("The audit puts the cost at 1.4 billion crowns.");
  await page.getByLabel("Rationale (Markdown)").fill("The **audit report** lists 1.4 billion.");
  await release();
  await waitForHydration(page.getByRole("button", { name: "Save draft" }));

  // The draft saves itself: what was typed is a change like any other.
  await expect(page.getByTestId("save-status")).toContainText(/Saved at/);
  await expect(page.getByTestId("rationale-preview").locator("strong")).toHaveText("audit report");
  const [saved] = await rows<{ rating: string | null; conclusion: string; rationale: string }>(
    `SELECT r.label AS rating, v.conclusion, v.rationale FROM "Verdict" v LEFT JOIN "Rating" r ON r.id = v."ratingId" WHERE v.id = $1`,
    [verdictId],
  );
  expect(saved).toEqual({
    rating: "False",
    conclusion: "The audit puts the cost at 1.4 billion crowns.",
    rationale: "The **audit report** lists 1.4 billion.",
  });
});
