import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { insertPublishedVerdict, query, rows } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

/** A registry entry of the test's own (domain e2e-…), inserted directly. */
async function insertSource(fields: { name: string; internalNotes?: string; reliabilityNote?: string; status?: string }) {
  const suffix = randomBytes(4).toString("hex");
  const source = { id: randomUUID(), domain: `e2e-${suffix}.example`, ...fields };
  await query(
    `INSERT INTO "Source" (id, domain, name, kind, reliability, "reliabilityNote", status, "internalNotes", "updatedAt")
     VALUES ($1, $2, $3, 'NEWS', 'MIXED', $4, $5, $6, now())`,
    [
      source.id,
      source.domain,
      source.name,
      fields.reliabilityNote ?? "One-sided on energy policy.",
      fields.status ?? "ACTIVE",
      fields.internalNotes ?? null,
    ],
  );
  return source;
}

/** Evidence citing the source, as published with the claim's verdict (its public page shows it). */
async function citeIn(claimId: string, sourceId: string, domain: string) {
  await query(
    `INSERT INTO "Evidence" (id, "claimId", url, title, excerpt, stance, "sourceId", "addedById", "updatedAt")
     VALUES ($1, $2, $3, 'E2E evidence', '', 'CONTEXT', $4, (SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1), now())`,
    [randomUUID(), claimId, `https://${domain}/report`, sourceId],
  );
  await query(`UPDATE "Verdict" SET "publishedEvidence" = evidence_snapshot("claimId") WHERE "claimId" = $1`, [claimId]);
}

const main = (page: Page) => page.getByRole("main");

test.describe("source registry", () => {
  test("a moderator blocks a source in the registry, with a reason; the history records it; a reviewer's citation of it is refused with that reason", async ({
    page,
    browser,
  }, testInfo) => {
    const source = await insertSource({ name: `E2E Block Outlet ${randomBytes(3).toString("hex")}` });
    await signIn(page, demo.moderator, undefined, "/moderation");
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoSidewaysScrolling(page);
    await screenshot(page, testInfo, "moderation-sources-list");

    // Search and filters live in the URL.
    await page.getByLabel("Name or domain").fill(source.name);
    await page.getByLabel("Status").selectOption("ACTIVE");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/moderation\?q=E2E/);
    const registry = page.getByRole("region", { name: "Source registry" });
    await expect(registry.getByRole("row")).toHaveCount(2); // header + the one source
    await registry.getByRole("link", { name: source.name }).click();

    await expect(page.getByRole("heading", { level: 1, name: source.name })).toBeVisible();
    await page.getByLabel("Status").selectOption("BLOCKED");
    await page.getByLabel("Public note").fill("");
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(main(page).getByRole("alert")).toHaveText("Some fields need attention.");
    await expect(page.getByText("Blocking needs a reason")).toBeVisible();
    await expect(page.getByLabel("Status")).toHaveValue("BLOCKED"); // the form keeps what was chosen

    const reason = `Invents quotes from officials (e2e ${source.domain}).`;
    await page.getByLabel("Public note").fill(reason);
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(main(page).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect(await rows(`SELECT status, "reliabilityNote" FROM "Source" WHERE id = $1`, [source.id])).toEqual([
      { status: "BLOCKED", reliabilityNote: reason },
    ]);

    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByText("Blocked", { exact: true })).toBeVisible();
    await expect(history.getByText("Jonas Lindqvist").first()).toBeVisible();
    await expect(history.getByText(reason)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, "moderation-source-edit");

    // A reviewer, on a claim desk of the test's own, tries to cite the blocked source.
    const claimId = randomUUID();
    await query(`INSERT INTO "Claim" (id, text, status, "updatedAt") VALUES ($1, $2, 'NEW', now())`, [
      claimId,
      `E2E claim citing ${source.domain}`,
    ]);
    const reviewerContext = await browser.newContext();
    try {
      const desk = await reviewerContext.newPage();
      await signIn(desk, demo.reviewer, undefined, `/workspace/claims/${claimId}`);
      const form = desk.getByRole("form", { name: "Add evidence" });
      await form.getByLabel("Evidence URL").fill(`https://www.${source.domain}/2026/11/quote`);
      await form.getByLabel("Title").fill("E2E: a quote from the blocked outlet");
      await form.getByLabel("Quoted excerpt").fill("The minister said so.");
      await form.getByLabel("Stance").selectOption("SUPPORTS");
      await form.getByRole("button", { name: "Add evidence" }).click();
      await expect(form.getByRole("alert")).toHaveText(`${source.name} is blocked: ${reason}`);
      expect(await rows(`SELECT id FROM "Evidence" WHERE "claimId" = $1`, [claimId])).toEqual([]);
    } finally {
      await reviewerContext.close();
    }
  });

  test("a reviewer cannot open the registry's edit pages (403)", async ({ page }) => {
    const source = await insertSource({
      name: `E2E Forbidden Outlet ${randomBytes(3).toString("hex")}`,
      internalNotes: "E2E staff-only contact",
    });
    await signIn(page, demo.reviewer);
    for (const path of [
      "/moderation/sources/new",
      `/moderation/sources/${source.id}`,
      `/moderation/sources/${source.id}/merge`,
      "/moderation/ratings",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      expect(await response!.text()).not.toContain("E2E staff-only contact");
    }
  });

  test("a moderator adds a source; a taken domain is refused with a link to the existing entry", async ({ page }) => {
    const existing = await insertSource({ name: `E2E Existing ${randomBytes(3).toString("hex")}` });
    await signIn(page, demo.moderator, undefined, "/moderation/sources/new");
    await page.getByLabel("Domain").fill(`https://www.${existing.domain}/some/story`);
    await page.getByLabel("Name", { exact: true }).fill("E2E Second Entry");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByText(`${existing.domain} is already in the registry as “${existing.name}”`)).toBeVisible();
    await page.getByRole("link", { name: `Open ${existing.name} (${existing.domain})` }).click();
    await expect(page.getByRole("heading", { level: 1, name: existing.name })).toBeVisible();

    const domain = `e2e-${randomBytes(4).toString("hex")}.example`;
    await page.goto("/moderation/sources/new");
    await page.getByLabel("Domain").fill(`HTTPS://WWW.${domain.toUpperCase()}/x`);
    await page.getByLabel("Name", { exact: true }).fill("E2E New Outlet");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Source added." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "E2E New Outlet" })).toBeVisible();
    await expect(page.getByLabel("Domain")).toHaveValue(domain);
  });

  test("a moderator merges a duplicate: its citations move to the survivor, its domain stays as an alias", async ({ page }, testInfo) => {
    const tag = randomBytes(3).toString("hex");
    const survivor = await insertSource({ name: `E2E Ledger ${tag}` });
    const duplicate = await insertSource({ name: `E2E The Ledger ${tag}` });
    const { claimId } = await insertPublishedVerdict({ slug: `e2e-merge-${tag}`, claimText: `E2E merge claim ${tag}`, conclusion: "E2E." });
    await citeIn(claimId, duplicate.id, duplicate.domain);

    await signIn(page, demo.moderator, undefined, `/moderation/sources/${survivor.id}`);
    await page.getByRole("link", { name: "Merge a duplicate into this source" }).click();
    await page.getByLabel("Name or domain").fill(duplicate.domain);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `Choose ${duplicate.name} as the duplicate` }).click();
    await expect(page.getByText("1 piece of evidence move", { exact: false })).toBeVisible();
    await screenshot(page, testInfo, "moderation-source-merge-confirm");
    await page
      .getByRole("button", { name: `Merge “${duplicate.name}” (${duplicate.domain}) into “${survivor.name}” (${survivor.domain})` })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Merged: 0 articles and 1 piece of evidence moved here" })).toBeVisible();
    await expect(page.getByText(`Merged “${duplicate.name}” (${duplicate.domain}) into this source`)).toBeVisible();
    expect(await rows(`SELECT id FROM "Source" WHERE id = $1`, [duplicate.id])).toEqual([]);
    expect(await rows(`SELECT "sourceId" FROM "Evidence" WHERE "claimId" = $1`, [claimId])).toEqual([{ sourceId: survivor.id }]);
    expect(await rows(`SELECT "publishedEvidence"->0->>'sourceId' AS "sourceId" FROM "Verdict" WHERE "claimId" = $1`, [claimId])).toEqual([
      { sourceId: survivor.id },
    ]);

    const aliases = page.getByRole("region", { name: "Also known as" });
    await expect(aliases.getByText(duplicate.domain, { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, "moderation-source-aliases");

    // The duplicate's public page now leads to the survivor's, which names the alias.
    await page.goto(`/sources/${duplicate.domain}`);
    await expect(page).toHaveURL(new RegExp(`/sources/${survivor.domain.replace(/\./g, "\\.")}$`));
    await expect(page.getByText(`Also known as ${duplicate.domain}`)).toBeVisible();
    await screenshot(page, testInfo, "public-source-aliases");

    await page.goto(`/moderation/sources/${survivor.id}`);
    await aliases.getByRole("button", { name: `Remove the alias ${duplicate.domain}` }).click();
    await expect(aliases.getByRole("status")).toHaveText(`${duplicate.domain} is no longer an alias of this source.`);
    await expect(aliases.getByText("None.")).toBeVisible();
    await screenshot(page, testInfo, "moderation-source-alias-removed");
    expect(await rows(`SELECT domain FROM "SourceAlias" WHERE "sourceId" = $1`, [survivor.id])).toEqual([]);
  });

  test("two moderators on one source: removing an alias leaves the details form on the version it shows, so saving it over someone's block is refused with the block listed, nothing lost", async ({
    page,
    browser,
  }) => {
    const tag = randomBytes(3).toString("hex");
    const source = await insertSource({ name: `E2E Two Desks ${tag}` });
    const alias = `e2e-alias-${tag}.example`;
    await query(`INSERT INTO "SourceAlias" (id, domain, "sourceId") VALUES ($1, $2, $3)`, [randomUUID(), alias, source.id]);

    // A opens the source and starts a staff note.
    await signIn(page, demo.moderator, undefined, `/moderation/sources/${source.id}`);
    const note = `E2E desk note ${tag}`;
    await page.getByLabel("Internal notes").fill(note);

    // Meanwhile B blocks it.
    const reason = `E2E: invents quotes (${tag}).`;
    const other = await browser.newContext();
    try {
      const desk = await other.newPage();
      await signIn(desk, demo.admin, undefined, `/moderation/sources/${source.id}`);
      await desk.getByLabel("Status").selectOption("BLOCKED");
      await desk.getByLabel("Public note").fill(reason);
      await desk.getByRole("button", { name: "Save source" }).click();
      await expect(main(desk).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    } finally {
      await other.close();
    }

    // A removes the alias: not a field of the details form, so it does not depend on its version.
    const aliases = page.getByRole("region", { name: "Also known as" });
    await aliases.getByRole("button", { name: `Remove the alias ${alias}` }).click();
    await expect(aliases.getByRole("status")).toHaveText(`${alias} is no longer an alias of this source.`);
    // The page is refreshed (B's block in its header), the form's Status still shows what A opened.
    await expect(main(page).getByText("Blocked", { exact: true }).first()).toBeVisible();
    await expect(page.getByLabel("Status")).toHaveValue("ACTIVE");

    // A saves: refused, with B's block listed and A's note kept; B's block stands.
    await page.getByRole("button", { name: "Save source" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Someone else saved this source after you opened it.");
    const meanwhile = page.getByText("Saved meanwhile by someone else:").locator("..");
    await expect(meanwhile.getByRole("listitem").filter({ hasText: "Status: Blocked" })).toBeVisible();
    await expect(meanwhile.getByRole("listitem").filter({ hasText: `Public note: ${reason}` })).toBeVisible();
    await expect(page.getByLabel("Internal notes")).toHaveValue(note);
    expect(await rows(`SELECT status, "reliabilityNote", "internalNotes" FROM "Source" WHERE id = $1`, [source.id])).toEqual([
      { status: "BLOCKED", reliabilityNote: reason, internalNotes: null },
    ]);
  });

  test("the public source page shows name, kind, reliability and times cited, never internal notes", async ({ page }) => {
    const tag = randomBytes(3).toString("hex");
    const source = await insertSource({ name: `E2E Public Outlet ${tag}`, internalNotes: `E2E secret desk contact ${tag}` });
    const { claimId } = await insertPublishedVerdict({
      slug: `e2e-public-source-${tag}`,
      claimText: `E2E source claim ${tag}`,
      conclusion: "E2E.",
    });
    await citeIn(claimId, source.id, source.domain);

    const response = await page.goto(`/sources/${source.domain}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: source.name })).toBeVisible();
    await expect(page.getByText("Source · News")).toBeVisible();
    await expect(page.getByText("Mixed reliability")).toBeVisible();
    await expect(page.getByText("One-sided on energy policy.")).toBeVisible();
    await expect(page.getByRole("definition").first()).toHaveText("1");
    expect(await response!.text()).not.toContain(`E2E secret desk contact ${tag}`);
    await expectNoAxeViolations(page);
  });
});

test.describe("rating scale", () => {
  test("an admin adds and renames a rating; the methodology page, a verdict page and ClaimReview show the new label", async ({
    page,
  }, testInfo) => {
    const tag = randomBytes(3).toString("hex");
    const label = `E2E Satire ${tag}`;
    await signIn(page, demo.admin, undefined, "/moderation/ratings");
    await page.getByRole("link", { name: "Add a rating" }).click();
    await page.getByLabel("Label").fill(label);
    await page.getByLabel("Description").fill("E2E: the claim comes from a piece written as satire.");
    await page.getByLabel("Colour", { exact: true }).fill("#fef08a");
    await expect(page.getByText("Too light to see on a white page")).toBeVisible();
    await page.getByRole("button", { name: "Add rating" }).click();
    await expect(page.getByText("is too light to see on a white page")).toBeVisible();
    await page.getByLabel("Colour", { exact: true }).fill("#1d4ed8");
    await page.getByLabel("Position").fill("900");
    await page.getByRole("button", { name: "Add rating" }).click();
    await expect(page.getByRole("status").filter({ hasText: `“${label}” added to the scale.` })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoSidewaysScrolling(page);
    await screenshot(page, testInfo, "moderation-ratings");

    const key = `e2e-satire-${tag}`;
    const slug = `e2e-rating-${tag}`;
    const { verdictId } = await insertPublishedVerdict({ slug, claimText: `E2E rated claim ${tag}`, conclusion: "E2E." });
    await query(`UPDATE "Verdict" SET "ratingId" = (SELECT id FROM "Rating" WHERE key = $1) WHERE id = $2`, [key, verdictId]);
    // Cache the pages with the old label first.
    await page.goto(`/verdicts/${slug}`);
    await expect(page.getByText(`Rating: ${label}`).first()).toBeVisible();

    await page.goto("/moderation/ratings");
    await page.getByRole("link", { name: `Edit ${label}` }).click();
    const renamed = `E2E Parody ${tag}`;
    await page.getByLabel("Label").fill(renamed);
    // A published verdict shows this label: renaming it needs a public note.
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.getByText("say in at least 20 characters why its label changes")).toBeVisible();
    const note = `E2E: renamed so that readers can tell it apart from satire (${tag}).`;
    await page.getByLabel("Public note on the change").fill(note);
    await page.getByRole("button", { name: "Save rating" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved. Public pages show the change now." })).toBeVisible();
    await screenshot(page, testInfo, "moderation-rating-edit");

    // In use by a published verdict: retiring it (after confirming) is refused with the count.
    await page.getByRole("button", { name: `Retire “${renamed}”` }).click();
    const confirmation = page.getByRole("dialog", { name: `Retire “${renamed}”?` });
    await expect(confirmation.getByRole("button", { name: `Yes, retire “${renamed}”` })).toBeFocused();
    await expectNoAxeViolations(page);
    await confirmation.getByRole("button", { name: `Yes, retire “${renamed}”` }).click();
    await expect(main(page).getByRole("alert")).toHaveText(
      `“${renamed}” cannot be retired: 1 published verdict uses it. Change their rating by a correction first, or keep it.`,
    );

    await page.goto("/methodology");
    const scale = page.getByRole("region", { name: "Our ratings", exact: true });
    await expect(scale.getByText(`Rating: ${renamed}`)).toBeVisible();
    await expect(scale.getByText(label)).toHaveCount(0);
    // The rename is listed, dated, with its public note.
    const changes = page.getByRole("region", { name: "Changes to our ratings" });
    const entry = changes.getByRole("listitem").filter({ hasText: note });
    await expect(entry).toContainText(`“${label}” renamed “${renamed}”`);
    await expect(entry).toContainText(/\d{1,2} \w+ \d{4}: /);
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, "methodology-changes");
    await page.goto(`/verdicts/${slug}`);
    await expect(page.getByText(`Rating: ${renamed}`).first()).toBeVisible();
    const html = await (await page.request.get(`/verdicts/${slug}`)).text();
    expect(html).toContain(`"alternateName":"${renamed}"`);
  });
});
