import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { insertClaim } from "./support/claims";
import { query } from "./support/db";

// Issue 16, item 15: text that the public or the press wrote (claims, claimants' and publishers'
// names, quotes, article and evidence titles) may carry right-to-left override characters. Shown
// unisolated, an override reverses the page's own text that follows it on the line ("Claim by
// <name> on <date>"). Each piece of such text must be isolated: inside <bdi>, an element with
// `dir`, or `unicode-bidi: isolate`, or alone in its block.

const RLO = "\u202E"; // RIGHT-TO-LEFT OVERRIDE, never closed

/** Text nodes holding a bidi control character that are neither isolated nor alone in their block. */
function unisolatedBidiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = /[\u202A-\u202E\u2066-\u2069]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!controls.test(node.textContent ?? "")) continue;
      let isolated = false;
      for (let element = node.parentElement; element; element = element.parentElement) {
        const style = getComputedStyle(element);
        // Blocks first: browsers isolate every block (p, div, h1… have unicode-bidi: isolate), but
        // the override still reverses the rest of the block's own line, so a block only isolates
        // text that is alone in it. Inline elements isolate with <bdi>, dir or unicode-bidi.
        if (!style.display.startsWith("inline")) {
          isolated = (element.textContent ?? "").trim() === (node.textContent ?? "").trim();
          break;
        }
        if (["isolate", "isolate-override", "plaintext"].includes(style.unicodeBidi)) {
          isolated = true;
          break;
        }
      }
      if (!isolated) found.push(`${node.parentElement?.outerHTML.slice(0, 160)}`);
    }
    return found;
  });
}

test("right-to-left overrides in claims, names, quotes and titles stay inside their own text on public pages", async ({ page }) => {
  const claim = await insertClaim("bidi");
  const slug = `e2e-bidi-${claim.suffix}`;
  await query(`UPDATE "Claimant" SET name = $1 WHERE id = $2`, [`${RLO}E2E Claimant ${claim.suffix}`, claim.claimant]);
  await query(`UPDATE "Source" SET name = $1 WHERE id = $2`, [`${RLO}E2E Gazette ${claim.suffix}`, claim.source]);
  await query(`UPDATE "Article" SET title = $1 WHERE id = $2`, [`${RLO}${claim.articleTitle}`, claim.article]);
  await query(`UPDATE "Claim" SET text = $1, status = 'PUBLISHED' WHERE id = $2`, [`${RLO}${claim.text}`, claim.claim]);
  const evidence = [
    {
      id: randomUUID(),
      url: `https://${claim.publisherDomain}/report`,
      archiveUrl: null,
      title: `${RLO}Fares report ${claim.suffix}`,
      excerpt: `${RLO}Fares rose by 4%.`,
      stance: "REFUTES",
      sourceId: claim.source,
    },
  ];
  await query(
    `INSERT INTO "Verdict" (id, "claimId", slug, "ratingId", conclusion, rationale, status, "authorId", "publishedAt", "updatedAt", "publishedEvidence")
     VALUES ($1, $2, $3, (SELECT id FROM "Rating" WHERE key = 'false'), $4, $5, 'PUBLISHED',
             (SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1), '2001-01-01', now(), $6)`,
    [randomUUID(), claim.claim, slug, "Fares rose by 4%, not a third.", `The ${RLO}figures say otherwise.`, JSON.stringify(evidence)],
  );

  // A repeat recorded after publication ("Repeated since"), in an article whose title carries one too.
  const repeatArticle = randomUUID();
  await query(
    `INSERT INTO "Article" (id, url, title, "publisherId", text, "contentHash", "updatedAt")
     VALUES ($1, $2, $3, $4, 'Repeated: bus fares rose by a third.', $5, now())`,
    [
      repeatArticle,
      `https://${claim.publisherDomain}/repeat`,
      `${RLO}Repeat ${claim.suffix}`,
      claim.source,
      `e2e-bidi-repeat-${claim.suffix}`,
    ],
  );
  await query(
    `INSERT INTO "Appearance" (id, "claimId", "articleId", exact, prefix, suffix, start, "end", "repeatedAt", "updatedAt")
     VALUES ($1, $2, $3, 'bus fares rose by a third', 'Repeated: ', '.', 10, 35, now(), now())`,
    [randomUUID(), claim.claim, repeatArticle],
  );

  const pages = [
    `/verdicts/${slug}`,
    `/embed/verdicts/${slug}`,
    `/claimants/e2e-${claim.suffix}`,
    `/sources/${claim.publisherDomain}`,
    `/search?q=${claim.suffix}`,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByText(`bus fares rose by a third in 2026`).first(), path).toBeVisible();
    expect.soft(await unisolatedBidiText(page), path).toEqual([]);
  }
  // The verdict page did show the repeat checked above.
  await page.goto(`/verdicts/${slug}`);
  await expect(page.getByRole("heading", { name: "Repeated since" })).toBeVisible();
  await expect(page.getByText(`Repeat ${claim.suffix}`)).toBeVisible();
});
