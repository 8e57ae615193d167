import { expect, test } from "@playwright/test";
import { createStaffUser } from "./support/auth";
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

/** B's answer for a path: its status and its HTML. */
async function fromB(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${serverB.url}${path}`);
  return { status: response.status, html: await response.text() };
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

    // B has cached the pages as they are: no verdict at that address, the home page without it.
    expect((await fromB(verdictPath)).status).toBe(404);
    expect((await fromB("/")).html).not.toContain(claim.text);

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
    expect((await fromB("/")).html).toContain(claim.text);

    // A moderator retracts it through server A: the first request to B shows the retraction.
    const pageModerator = await personOn(browser, moderator, editorPath);
    await pageModerator.getByLabel("Public reason for the retraction").fill("The audit office withdrew its report.");
    await pageModerator.getByRole("button", { name: "Retract verdict" }).click();
    await expect(pageModerator.getByText("Retracted", { exact: true })).toBeVisible();

    const retracted = await fromB(verdictPath);
    expect(retracted.html).toContain("This fact check has been retracted");
    expect(retracted.html).toContain("The audit office withdrew its report.");
    expect((await fromB("/")).html).not.toContain(claim.text);
  },
);
