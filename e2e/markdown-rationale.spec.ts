import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { AFTER_HOSTILE, HOSTILE_MARKDOWN } from "./fixtures/hostile-markdown";
import { insertPublishedVerdict, query } from "./support/db";

// Issue 16, item 9: a rationale written to break out of its section. Every hostile input of the
// renderer's unit tests (lib/markdown.test.ts), published together, on the public verdict page.

test("a hostile rationale stays inside its section: later headings are no links, no text is lost, no hydration error", async ({ page }) => {
  const tag = randomBytes(3).toString("hex");
  const slug = `e2e-hostile-rationale-${tag}`;
  const rationale = HOSTILE_MARKDOWN.map(({ markdown }) => `${markdown} ${AFTER_HOSTILE}`).join("\n\n");
  const { verdictId } = await insertPublishedVerdict({ slug, claimText: `E2E hostile rationale ${tag}`, conclusion: "A conclusion." });
  await query(`UPDATE "Verdict" SET rationale = $1 WHERE id = $2`, [rationale, verdictId]);

  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${message.text()} ${message.location().url}`);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`/verdicts/${slug}`);
  await page.waitForLoadState("networkidle");

  const rationaleSection = page.locator("section", { has: page.locator("#rationale-heading") });
  // Every payload's following text is there: nothing swallowed the rest of the rationale.
  await expect(rationaleSection.getByText(AFTER_HOSTILE)).toHaveCount(HOSTILE_MARKDOWN.length);
  // The page's own headings after the rationale are headings, not links to anyone's site.
  await expect(page.getByRole("heading", { name: "Evidence", level: 2 })).toBeVisible();
  expect(await page.locator("#evidence-heading").evaluate((heading) => heading.closest("a") === null)).toBe(true);
  await expect(page.locator("a", { has: page.locator("h2, h3") })).toHaveCount(0);
  // The one allowed link is a link, closed after its own text; the refused one is plain text.
  await expect(rationaleSection.getByRole("link")).toHaveText(["our source"]);
  await expect(rationaleSection.getByText("the archive")).toBeVisible();
  expect(problems).toEqual([]);
});
