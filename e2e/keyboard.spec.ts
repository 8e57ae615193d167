import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createStaffUser, signIn } from "./support/auth";
import { insertClaim } from "./support/claims";
import { query, rows } from "./support/db";
import { expectNoAxeViolations, screenshot } from "./support/pages";

// Issue 16, item 6: the claim desk and the reader view with the keyboard alone. After sign-in,
// nothing here clicks: focus moves with Tab, buttons are pressed with Enter, lists are chosen with
// arrow keys or by typing.

/** Presses Tab until `target` has the focus (as a keyboard user would); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("after Take and Add evidence on the claim desk, the focus is on what happened, not at the page's start", async ({
  page,
}, testInfo) => {
  test.slow(); // a dozen Tab walks on a busy machine
  const reviewer = await createStaffUser("REVIEWER", "keyboard-desk");
  const claim = await insertClaim("keyboard desk");
  await signIn(page, reviewer.email, reviewer.password, `/workspace/claims/${claim.claim}`);

  await tabTo(page, page.getByRole("button", { name: "Take this claim" }));
  await page.keyboard.press("Enter");
  const taken = page.getByRole("status").filter({ hasText: "It is yours now." });
  await expect(taken).toBeFocused();
  // The next Tab goes on from there (the hand-over form below it), not from the top of the page.
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Hand over to")).toBeFocused();

  const form = page.getByRole("form", { name: "Add evidence" });
  const tag = randomBytes(3).toString("hex");
  await tabTo(page, form.getByLabel("Evidence URL"));
  await page.keyboard.type(`https://stats.example/fares-${tag}`);
  await page.keyboard.press("Tab");
  await page.keyboard.type(`Fare tables ${tag}`);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Single fares went from 2.40 to 3.20 crowns.");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Stance")).toBeFocused();
  await page.keyboard.type("Supports");
  await expect(form.getByLabel("Stance")).toHaveValue("SUPPORTS");
  await tabTo(page, form.getByRole("button", { name: "Add evidence" }));
  await page.keyboard.press("Enter");
  const added = form.getByRole("status").filter({ hasText: "Evidence added." });
  await expect(added).toBeFocused();
  await expect(
    page.getByRole("region", { name: /^Evidence/ }).getByRole("link", { name: `Fare tables ${tag}`, exact: true }),
  ).toBeVisible();
  await screenshot(page, testInfo, "keyboard-evidence-added");
});

test("a claim is made from chosen words of an article with the keyboard alone", async ({ page }, testInfo) => {
  test.slow(); // Tab walks on a busy machine
  const reviewer = await createStaffUser("REVIEWER", "keyboard-reader");
  const tag = randomBytes(4).toString("hex");
  const text = [
    `Ferry report ${tag}.`,
    "The harbour master said on Friday that ferry crossings fell by a fifth in 2026, the steepest fall in a decade. Repairs are planned.",
  ].join("\n\n");
  const articleId = randomUUID();
  await query(`INSERT INTO "Article" (id, title, text, "contentHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    articleId,
    `Ferry report ${tag}`,
    text,
    createHash("sha256").update(text).digest("hex"),
  ]);
  await signIn(page, reviewer.email, reviewer.password, `/workspace/articles/${articleId}`);

  const picker = page.locator("#keyboard-span");
  await tabTo(page, picker.getByText("Choose words with the keyboard"));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const sentence = picker.getByLabel("Sentence");
  await expect(sentence).toBeFocused();
  // The second sentence, then from "ferry" to "2026".
  await page.keyboard.press("ArrowDown");
  await expect(sentence.locator("option:checked")).toHaveText(/^2\. The harbour master said on Friday/);
  await page.keyboard.press("Tab");
  await expect(picker.getByLabel("First word")).toBeFocused();
  await page.keyboard.type("ferry");
  await page.keyboard.press("Tab");
  await expect(picker.getByLabel("Last word")).toBeFocused();
  await page.keyboard.type("2026");
  // What is chosen is read out as it changes (a live region).
  const chosen = picker.getByTestId("keyboard-quote");
  await expect(chosen).toHaveAttribute("aria-live", "polite");
  await expect(chosen).toHaveText("Words chosen: “ferry crossings fell by a fifth in 2026,”");
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "keyboard-span-chosen");
  await page.keyboard.press("Tab");
  await expect(picker.getByRole("button", { name: "Make a claim from these words" })).toBeFocused();
  await page.keyboard.press("Enter");

  // The claim form opens with the focus in its text, the chosen words quoted above it.
  const section = page.getByRole("region", { name: "New claim from your selection" });
  const claimText = section.getByLabel("Claim", { exact: true });
  await expect(claimText).toBeFocused();
  await expect(claimText).toHaveValue("ferry crossings fell by a fifth in 2026,");
  await expect(section.getByRole("blockquote")).toHaveText("ferry crossings fell by a fifth in 2026,");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(`Ferry crossings fell by a fifth in 2026 (${tag}).`);
  await tabTo(page, section.getByRole("button", { name: "Create claim" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Claim created." })).toBeVisible();

  const [appearance] = await rows<{ exact: string; start: number }>(
    `SELECT a.exact, a.start FROM "Appearance" a JOIN "Claim" c ON c.id = a."claimId" WHERE a."articleId" = $1 AND c.text = $2`,
    [articleId, `Ferry crossings fell by a fifth in 2026 (${tag}).`],
  );
  expect(appearance).toEqual({ exact: "ferry crossings fell by a fifth in 2026,", start: text.indexOf("ferry crossings") });
});
