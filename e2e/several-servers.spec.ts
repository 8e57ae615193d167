import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createStaffUser } from "./support/auth";
import { query } from "./support/db";
import { insertVerdictAwaitingApproval, signedInPage as personOn } from "./support/review";
import { startAppServer, sparePort, type AppServer } from "./support/servers";

// Issue 17 item 3: several app servers on one database. Server A is the run's own server
// (baseURL); server B a second production server started here. Each keeps its own cache; the
// shared tag store (docs/decisions/022-shared-public-cache.md) makes a change made through A show
// on the very first request to B after it, with no waiting in between.

let serverB: AppServer;

test.beforeAll(async () => {
  serverB = await startAppServer("b", sparePort(10));
});

test.afterAll(async () => {
  await serverB?.stop();
});

/** B's answer for a path: its status, its HTML and whether Next served it from its page cache. */
async function fromB(path: string): Promise<{ status: number; html: string; cache: string | null }> {
  const response = await fetch(`${serverB.url}${path}`, { redirect: "manual" });
  return { status: response.status, html: await response.text(), cache: response.headers.get("x-nextjs-cache") };
}

/**
 * Gives the claim a claimant, a topic and an evidence source of its own, so that once published
 * it is listed on a claimant, a topic and a source page that no other test touches.
 */
async function placeClaim(claimId: string, tag: string) {
  const ids = { claimant: randomUUID(), topic: randomUUID(), source: randomUUID() };
  const paths = {
    claimant: `/claimants/e2e-servers-${tag}`,
    topic: `/topics/e2e-servers-${tag}`,
    source: `/sources/servers-${tag}.example`,
  };
  await query(`INSERT INTO "Claimant" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [
    ids.claimant,
    `Servers Claimant ${tag}`,
    `e2e-servers-${tag}`,
  ]);
  await query(`INSERT INTO "Topic" (id, slug, name) VALUES ($1, $2, $3)`, [ids.topic, `e2e-servers-${tag}`, `Servers topic ${tag}`]);
  await query(`INSERT INTO "Source" (id, domain, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
    ids.source,
    `servers-${tag}.example`,
    `Servers Gazette ${tag}`,
  ]);
  await query(`UPDATE "Claim" SET "claimantId" = $2 WHERE id = $1`, [claimId, ids.claimant]);
  await query(`INSERT INTO "_ClaimToTopic" ("A", "B") VALUES ($1, $2)`, [claimId, ids.topic]);
  await query(`UPDATE "Evidence" SET "sourceId" = $2 WHERE "claimId" = $1`, [claimId, ids.source]);
  return paths;
}

test(
  "a publication and a retraction made through server A show on the first request to server B",
  { tag: "@http" },
  async ({ browser }) => {
    test.slow();
    const [author, approver, moderator] = await Promise.all([
      createStaffUser("REVIEWER", "servers-author"),
      createStaffUser("REVIEWER", "servers-approver"),
      createStaffUser("MODERATOR", "servers-retractor"),
    ]);
    const { claim, verdictPath, editorPath } = await insertVerdictAwaitingApproval("two servers", author.id);
    const { claimant, topic, source } = await placeClaim(claim.id, claim.tag);
    const lists = ["/", claimant, topic, source];

    // B has cached the pages as they are: no verdict at that address, the home page without it…
    expect((await fromB(verdictPath)).status).toBe(404);
    expect((await fromB("/")).html).not.toContain(claim.text);
    // …nor the claimant, topic and source pages (404s: nothing public names them yet). Each is a
    // whole page in B's cache (docs/decisions/026-whole-page-cache.md): the second request is a hit.
    for (const path of lists) {
      expect((await fromB(path)).html).not.toContain(claim.text);
      expect((await fromB(path)).cache, path).toBe("HIT");
    }

    // The approver publishes it through server A.
    const pageApprover = await personOn(browser, approver, editorPath);
    await pageApprover.getByRole("button", { name: "Approve and publish verdict" }).click();
    await pageApprover
      .getByRole("dialog", { name: "Publish this verdict now?" })
      .getByRole("button", { name: "Yes, publish the verdict" })
      .click();
    await expect(pageApprover.getByText("Published", { exact: true })).toBeVisible();

    // The very first requests to B show it.
    const published = await fromB(verdictPath);
    expect(published.status).toBe(200);
    expect(published.html).toContain(claim.text);
    expect(published.html).not.toContain("This fact check has been retracted");
    for (const path of lists) {
      const page = await fromB(path);
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain(claim.text);
      expect((await fromB(path)).cache, path).toBe("HIT");
    }

    // A moderator retracts it through server A: the first request to B shows the retraction.
    const pageModerator = await personOn(browser, moderator, editorPath);
    await pageModerator.getByLabel("Public reason for the retraction").fill("The audit office withdrew its report.");
    await pageModerator.getByRole("button", { name: "Retract verdict" }).click();
    await expect(pageModerator.getByText("Retracted", { exact: true })).toBeVisible();

    const retracted = await fromB(verdictPath);
    expect(retracted.html).toContain("This fact check has been retracted");
    expect(retracted.html).toContain("The audit office withdrew its report.");
    for (const path of lists) expect((await fromB(path)).html, path).not.toContain(claim.text);
  },
);
