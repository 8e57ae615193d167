import { expect, test } from "@playwright/test";
import { createStaffUser } from "./support/auth";
import { insertVerdictAwaitingApproval, signedInPage as personOn } from "./support/review";
import { startAppServer, sparePort, type AppServer } from "./support/servers";
import { startVarnish, type Varnish } from "./support/varnish";

// Issue 17 item 4: a caching proxy in front, safely. A real Varnish (deploy/varnish/factdesk.vcl,
// xkey) caches public HTML by the tags the app names in Surrogate-Key; an app server configured
// with CDN_PURGE=varnish:… purges those tags whenever it refreshes public pages
// (docs/decisions/023-cdn-purge.md). Readers go through Varnish; staff sign in on the app server.

// One app server and one Varnish on fixed spare ports for the file: its tests run one after the
// other in one worker (in parallel workers each would start its own on the same ports and folder).
test.describe.configure({ mode: "serial" });

let app: AppServer;
let varnish: Varnish;

test.beforeAll(async () => {
  const appPort = sparePort(20);
  const varnishPort = sparePort(21);
  // Its own public address, so that sign-in sends staff back to it (not to the run's server).
  app = await startAppServer("cdn", appPort, {
    SITE_URL: `http://localhost:${appPort}`,
    CDN_PURGE: `varnish:http://127.0.0.1:${varnishPort}`,
  });
  varnish = await startVarnish(varnishPort, appPort);
});

test.afterAll(async () => {
  await varnish?.stop();
  await app?.stop();
});

/** A reader's request through the proxy (no cookies). */
async function throughProxy(path: string) {
  const response = await fetch(`${varnish.url}${path}`);
  return { status: response.status, headers: response.headers, html: await response.text(), cache: response.headers.get("x-cache") };
}

test(
  "the proxy serves public HTML from its cache, and a publication and a retraction purge it at once",
  { tag: "@http" },
  async ({ browser }) => {
    test.slow();
    const [author, approver, moderator] = await Promise.all([
      createStaffUser("REVIEWER", "cdn-author"),
      createStaffUser("REVIEWER", "cdn-approver"),
      createStaffUser("MODERATOR", "cdn-retractor"),
    ]);
    const { claim, verdict, verdictPath, editorPath } = await insertVerdictAwaitingApproval("cdn", author.id);

    // Not published yet: the proxy keeps the 404 too (it names the `verdicts` tag)…
    expect((await throughProxy(verdictPath)).status).toBe(404);
    const missing = await throughProxy(verdictPath);
    expect(missing.status).toBe(404);
    expect(missing.cache).toBe("HIT");
    // …and the home page, tagged with what it shows, for readers: max-age=0, for the proxy: s-maxage.
    const home = await throughProxy("/");
    expect(home.headers.get("surrogate-key")?.split(" ")).toEqual(expect.arrayContaining(["verdicts", "ratings"]));
    expect(home.headers.get("cache-tag")?.split(",")).toEqual(expect.arrayContaining(["verdicts", "ratings"]));
    expect(home.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=\d+$/);
    expect((await throughProxy("/")).cache).toBe("HIT");

    // Published through the app server: gone from the proxy at once, the next reader gets the verdict.
    const pageApprover = await personOn(browser, approver, editorPath, app.url);
    await pageApprover.getByRole("button", { name: "Approve and publish verdict" }).click();
    await pageApprover
      .getByRole("dialog", { name: "Publish this verdict now?" })
      .getByRole("button", { name: "Yes, publish the verdict" })
      .click();
    await expect(pageApprover.getByText("Published", { exact: true })).toBeVisible();
    const published = await throughProxy(verdictPath);
    expect(published.status).toBe(200);
    expect(published.cache).toBe("MISS");
    expect(published.html).toContain(claim.text);
    expect(published.headers.get("surrogate-key")?.split(" ")).toEqual(expect.arrayContaining([`verdict:${verdict.id}`, "verdicts"]));
    expect((await throughProxy("/")).html).toContain(claim.text);
    // Now kept by the proxy: served without asking the app.
    const again = await throughProxy(verdictPath);
    expect(again.cache).toBe("HIT");
    expect(again.html).toContain(claim.text);

    // Retracted through the app server: the very next reader through the proxy sees the retraction.
    const pageModerator = await personOn(browser, moderator, editorPath, app.url);
    await pageModerator.getByLabel("Public reason for the retraction").fill("The audit office withdrew its report.");
    await pageModerator.getByRole("button", { name: "Retract verdict" }).click();
    await expect(pageModerator.getByText("Retracted", { exact: true })).toBeVisible();
    const retracted = await throughProxy(verdictPath);
    expect(retracted.cache).toBe("MISS");
    expect(retracted.html).toContain("This fact check has been retracted");
    expect((await throughProxy("/")).html).not.toContain(claim.text);
  },
);

test("signed-in staff pass the proxy, and so does HTML without tags", { tag: "@http" }, async () => {
  // The sign-in page shows nothing public: no tags, never kept.
  await throughProxy("/sign-in");
  const signIn = await throughProxy("/sign-in");
  expect(signIn.headers.get("surrogate-key")).toBeNull();
  expect(signIn.cache).toBe("MISS");
  // A request with a cookie (a session) is never answered from the cache.
  await throughProxy("/methodology");
  const withCookie = await fetch(`${varnish.url}/methodology`, { headers: { cookie: "next-auth.session-token=x" } });
  expect(withCookie.headers.get("x-cache")).toBe("MISS");
});
