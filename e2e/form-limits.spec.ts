import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";

// Issue 16, item 10: forms post to server actions, whose body limit is in bytes. An article of
// 400,000 CJK characters (1.2 MB in UTF-8) is within the form's 500,000-character limit and must be
// accepted; a form too large for the server is not sent, says so, and keeps its text.

const paragraph = "港口委员会在周一表示，海底隧道的费用达到二十亿克朗。";

test.use({ viewport: { width: 1280, height: 900 } });

test("a pasted article of 400,000 CJK characters is added; every field carries the server's limit", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
  await expect(page.getByLabel("Article text")).toHaveAttribute("maxlength", "500000");
  await expect(page.getByLabel("Title")).toHaveAttribute("maxlength", "300");

  const tag = randomBytes(3).toString("hex");
  // Paragraphs of about a thousand characters: a browser's editor takes minutes to insert tens of
  // thousands of line breaks into a textarea, which is not what this test is about.
  const block = `${paragraph.repeat(40)}\n\n`;
  const text = block.repeat(Math.ceil(400_000 / block.length)).slice(0, 400_000);
  await page.getByLabel("Title").fill(`隧道 ${tag}`);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/workspace\/articles\/[^/?]+\?outcome=created/, { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: `隧道 ${tag}` })).toBeVisible();
});

test("a form too large for the server is not sent: it says so and keeps the text", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.reviewer, undefined, "/workspace/articles/new");
  const field = page.getByLabel("Article text");
  // Only a tampered form can hold more than its fields' limits.
  await field.evaluate((textarea) => textarea.removeAttribute("maxlength"));
  const text = paragraph.repeat(Math.ceil(800_000 / paragraph.length)); // about 2.4 MB
  await page.getByLabel("Title").fill("Too large");
  await field.fill(text);
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST") posted = true;
  });
  await page.getByRole("button", { name: "Add article" }).click();
  await expect
    .poll(() => field.evaluate((textarea: HTMLTextAreaElement) => textarea.validationMessage))
    .toMatch(/too much to send at once .* nothing was sent and your text is still here/i);
  expect(posted).toBe(false);
  expect(await field.evaluate((textarea: HTMLTextAreaElement) => textarea.value.length)).toBe(text.length);
  await expect(page).toHaveURL(/\/workspace\/articles\/new$/);
});

test("the tipline's fields carry the server's limits", async ({ page }) => {
  await page.goto("/submit");
  await expect(page.getByLabel("The claim you want checked")).toHaveAttribute("maxlength", "1000");
  await expect(page.getByLabel("Why it matters (optional)")).toHaveAttribute("maxlength", "2000");
  await expect(page.getByLabel("Where you saw it (optional)")).toHaveAttribute("maxlength", "2000");
  await expect(page.getByLabel("Your email (optional)")).toHaveAttribute("maxlength", "254");
});
