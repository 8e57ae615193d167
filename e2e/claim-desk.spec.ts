import { expect, test, type Page } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { insertClaim, insertSource } from "./support/claims";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

async function addEvidence(page: Page, evidence: { url: string; title: string; excerpt: string; stance: string }) {
  const form = page.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Evidence URL").fill(evidence.url);
  await form.getByLabel("Title").fill(evidence.title);
  await form.getByLabel("Quoted excerpt").fill(evidence.excerpt);
  await form.getByLabel("Stance").selectOption({ label: evidence.stance });
  await form.getByRole("button", { name: "Add evidence" }).click();
}

const evidenceTitles = (page: Page) =>
  page
    .getByRole("region", { name: /^Evidence/ })
    .getByRole("listitem")
    .locator("p.font-medium a")
    .allInnerTexts();

test("a reviewer filters the queue, takes a claim and works its evidence on the desk", async ({ page }, testInfo) => {
  test.slow(); // one long flow of some twenty saves
  const reviewer = await createStaffUser("REVIEWER", "desk");
  const claim = await insertClaim("desk", { checkworthiness: 0.93 });
  const watch = await insertSource("WATCH", "Runs unlabelled sponsored pages.");
  const blocked = await insertSource("BLOCKED", "Invents quotes.");
  await signIn(page, reviewer.email, reviewer.password);

  // The filters are a GET form: the URL says what is shown.
  await page.getByLabel("Claimant").fill(claim.claimantName);
  await page.getByLabel("Minimum score (%)").fill("90");
  await page.getByLabel("Source").selectOption({ label: claim.publisherName });
  await page.getByLabel("Assignee").selectOption({ label: "Unassigned" });
  await page.getByLabel("Sort by").selectOption({ label: "Highest score" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/assignee=unassigned/);
  await expect(page).toHaveURL(/minScore=90/);
  const rows = page.getByRole("region", { name: "Claims matching the filters" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(claim.text);
  await expect(rows.first()).toContainText(claim.quote);
  await expect(rows.first()).toContainText(claim.articleTitle);
  await expect(rows.first()).toContainText("93%");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScrolling(page);
  // On a phone the rows are cards, and still a table's cells under their column headers.
  const table = page.getByRole("table", { name: "Claims matching the filters" });
  await expect(table.getByRole("columnheader", { name: "Claimant" })).toHaveCount(1);
  await expect(table.getByRole("row").nth(1).getByRole("cell", { name: claim.claimantName })).toHaveCount(1);
  await screenshot(page, testInfo, "queue");

  await rows.first().getByRole("button", { name: /^Take/ }).click();
  // Taken: it is no longer unassigned, so it leaves this filtered list and shows under "Me".
  await expect(rows.first()).toContainText("No claims match these filters.");
  await page.goto(`/workspace?assignee=me&claimant=${encodeURIComponent(claim.claimantName)}`);
  await expect(rows.first()).toContainText(reviewer.name);
  await expect(rows.first()).toContainText("In review");

  await rows.first().getByRole("link", { name: claim.text }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/claims/${claim.claim}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(claim.text);
  const appearance = page.getByRole("link", { name: claim.articleTitle });
  await expect(appearance).toHaveAttribute("href", `/workspace/articles/${claim.article}#appearance-${claim.appearance}`);

  // Evidence from a source on the watch list is accepted, with a warning.
  await addEvidence(page, {
    url: `https://${watch.domain}/fares-2026`,
    title: "Fares table 2026",
    excerpt: "Single fare: 2.40 → 3.20.",
    stance: "Supports the claim",
  });
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Evidence added." })).toContainText(
    `${watch.name} is on the watch list`,
  );
  await expect(page.getByText(`${watch.name} is on the watch list. Cite it with care: Runs unlabelled sponsored pages.`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Add evidence" }).getByLabel("Title")).toHaveValue("");

  await addEvidence(page, {
    url: "https://transport-board.example/annual-report",
    title: "Transport board annual report",
    excerpt: "Average fare +12%.",
    stance: "Refutes the claim",
  });
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  await expect.poll(() => evidenceTitles(page)).toEqual(["Fares table 2026", "Transport board annual report"]);

  // A blocked source is refused with the registry's reason; what was typed stays.
  await addEvidence(page, {
    url: `https://${blocked.domain}/story`,
    title: "A story",
    excerpt: "Fares tripled.",
    stance: "Supports the claim",
  });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(`${blocked.name} is blocked: Invents quotes.`);
  await expect(page.getByRole("form", { name: "Add evidence" }).getByLabel("Title")).toHaveValue("A story");
  await expect.poll(() => evidenceTitles(page)).toEqual(["Fares table 2026", "Transport board annual report"]);

  // Reorder with the buttons.
  await page.getByRole("button", { name: "Move up “Transport board annual report”" }).click();
  await expect.poll(() => evidenceTitles(page)).toEqual(["Transport board annual report", "Fares table 2026"]);
  await expect(page.getByRole("button", { name: "Move up “Transport board annual report”" })).toBeDisabled();

  // Edit.
  await page.getByRole("link", { name: "Edit “Fares table 2026”" }).click();
  const editForm = page.getByRole("form", { name: "Edit evidence “Fares table 2026”" });
  await editForm.getByLabel("Title").fill("Fares table 2026 (city transport)");
  await editForm.getByLabel("Stance").selectOption({ label: "Context" });
  await editForm.getByRole("button", { name: "Save evidence" }).click();
  // Saved: the form is now named by the new title.
  const saved = page.getByRole("form", { name: "Edit evidence “Fares table 2026 (city transport)”" });
  await expect(saved.getByRole("status")).toContainText("Evidence saved.");
  await saved.getByRole("link", { name: "Done" }).click();
  await expect.poll(() => evidenceTitles(page)).toEqual(["Transport board annual report", "Fares table 2026 (city transport)"]);

  // Remove.
  await page.getByRole("button", { name: "Remove “Transport board annual report”" }).click();
  await expect.poll(() => evidenceTitles(page)).toEqual(["Fares table 2026 (city transport)"]);

  // The activity tells the story, newest first.
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity).toContainText(`${reviewer.name} removed evidence “Transport board annual report” (refutes)`);
  await expect(activity).toContainText(`${reviewer.name} edited evidence “Fares table 2026 (city transport)”: title, stance (now context)`);
  await expect(activity).toContainText(`${reviewer.name} moved evidence “Transport board annual report” from place 2 to 1`);
  await expect(activity).toContainText(`${reviewer.name} added evidence “Fares table 2026” (supports)`);
  await expect(activity).toContainText(`${reviewer.name} took the claim`);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "claim-desk");
});

test("a dismissed claim leaves the open queue, is found under Dismissed with its reason, and can be reopened", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "dismiss");
  const claim = await insertClaim("dismiss");
  await signIn(page, reviewer.email, reviewer.password, `/workspace/claims/${claim.claim}`);

  await page.getByLabel("Reason for dismissing").fill("Opinion, not a checkable fact.");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("region", { name: "Status and assignee" })).toContainText("Opinion, not a checkable fact.");
  await expect(page.getByRole("region", { name: "Activity" })).toContainText(
    `${reviewer.name} dismissed the claim: “Opinion, not a checkable fact.”`,
  );

  await page.goto(`/workspace?claimant=${encodeURIComponent(claim.claimantName)}`);
  const rows = page.getByRole("region", { name: "Claims matching the filters" }).locator("tbody tr");
  await expect(rows.first()).toContainText("No claims match these filters.");
  await page.getByLabel("Status").selectOption({ label: "Dismissed" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/status=DISMISSED/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Dismissed");

  await rows
    .first()
    .getByRole("button", { name: /^Reopen/ })
    .click();
  await expect(rows.first()).toContainText("No claims match these filters.");
  await page.goto(`/workspace/claims/${claim.claim}`);
  await expect(page.getByRole("region", { name: "Activity" })).toContainText(`${reviewer.name} reopened the claim (now new)`);
});

test("a dismissal needs a reason", async ({ page }) => {
  const reviewer = await createStaffUser("REVIEWER", "noreason");
  const claim = await insertClaim("noreason");
  await signIn(page, reviewer.email, reviewer.password, `/workspace/claims/${claim.claim}`);
  const reason = page.getByLabel("Reason for dismissing");
  await reason.fill("no");
  // Past the browser's own check (minlength), the server says the same.
  await reason.evaluate((input: HTMLInputElement) => input.removeAttribute("minlength"));
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Say why the claim is dismissed (at least 5 characters).");
});

test("two tabs edit the claim text: the second save is refused with what changed, its text kept", async ({ browser }, testInfo) => {
  const reviewer = await createStaffUser("REVIEWER", "tabs");
  const claim = await insertClaim("tabs");
  const context = await browser.newContext();
  try {
    const first = await context.newPage();
    await signIn(first, reviewer.email, reviewer.password, `/workspace/claims/${claim.claim}`);
    const second = await context.newPage();
    await second.goto(`/workspace/claims/${claim.claim}`);

    await first.getByLabel("Claim", { exact: true }).fill(`${claim.text} (tab one)`);
    await first.getByRole("button", { name: "Save claim" }).click();
    await expect(first.getByRole("main").getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();

    await second.getByLabel("Claim", { exact: true }).fill(`${claim.text} (tab two)`);
    await second.getByRole("button", { name: "Save claim" }).click();
    await expect(second.getByRole("main").getByRole("alert")).toContainText("Someone else saved this claim");
    await expect(second.getByLabel("Claim", { exact: true })).toHaveValue(`${claim.text} (tab two)`);
    await expect(second.getByText("Saved meanwhile by someone else:")).toBeVisible();
    await expect(second.getByRole("form", { name: "Edit the claim" })).toContainText(`${claim.text} (tab one)`);
    await screenshot(second, testInfo, "claim-desk-conflict");

    // Having seen the other version, the second tab saves deliberately.
    await second.getByRole("button", { name: "Save claim" }).click();
    await expect(second.getByRole("main").getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
    await expect(second.getByRole("region", { name: "Activity" })).toContainText(`changed the text to “${claim.text} (tab two)”`);
  } finally {
    await context.close();
  }
});
