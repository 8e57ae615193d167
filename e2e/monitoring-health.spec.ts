import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/auth";
import { query, rows } from "./support/db";
import { expectNoAxeViolations, expectNoSidewaysScrolling, screenshot } from "./support/pages";

test.describe("monitoring health", () => {
  test("a moderator sees each feed's state and error, and retries a failed job", async ({ page }, testInfo) => {
    const suffix = randomBytes(4).toString("hex");
    const sourceId = randomUUID();
    await query(`INSERT INTO "Source" (id, domain, name, kind, "updatedAt") VALUES ($1, $2, $3, 'NEWS', now())`, [
      sourceId,
      `e2e-${suffix}.example`,
      `Harbour Herald ${suffix}`,
    ]);
    // Paused, so that the test server's worker leaves it alone.
    await query(
      `INSERT INTO "Feed" (id, "sourceId", url, status, "lastError", "lastErrorAt", "consecutiveFailures", "updatedAt")
       VALUES ($1, $2, $3, 'PAUSED', 'The feed is not well-formed XML, so it cannot be read.', now(), 3, now())`,
      [randomUUID(), sourceId, `https://e2e-${suffix}.example/feed.xml`],
    );
    await query(`SELECT pgboss.create_queue('article.ingest', '{"policy":"exclusive"}')`);
    const articleUrl = `https://e2e-${suffix}.example/story`;
    const [job] = await rows<{ id: string }>(
      `INSERT INTO pgboss.job (name, data, state, retry_count, retry_limit, singleton_key, policy, output, completed_on)
       VALUES ('article.ingest', $1::jsonb, 'failed', 4, 4, $2, 'exclusive', '{"message":"The site did not answer within 10 seconds."}', now())
       RETURNING id::text`,
      [JSON.stringify({ url: articleUrl }), articleUrl],
    );

    await signIn(page, demo.moderator, undefined, "/moderation/health");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Monitoring health", level: 1 })).toBeVisible();
    const feedRow = main.getByRole("row").filter({ hasText: `Harbour Herald ${suffix}` });
    await expect(feedRow).toContainText("Paused");
    await expect(feedRow).toContainText("The feed is not well-formed XML");
    const jobRow = main.getByRole("row").filter({ hasText: articleUrl });
    await expect(jobRow).toContainText("The site did not answer within 10 seconds.");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScrolling(page);
    await screenshot(page, testInfo, "moderation-health");

    await jobRow.getByRole("button", { name: `Retry Articles to take in ${articleUrl}` }).click();
    // The job goes back to the queue (the test server's worker then runs it): it leaves the failed list.
    await expect(main.getByRole("row").filter({ hasText: articleUrl })).toHaveCount(0);
    const audited = await rows<{ count: string }>(
      `SELECT count(*)::text AS count FROM "AuditEvent" WHERE action = 'job.retry' AND "entityId" = $1`,
      [job!.id],
    );
    expect(audited[0]!.count).toBe("1");
    // The worker beside the test server (FACTDESK_WORKER=1) runs it: nothing is pending for that address, so it completes.
    await expect
      .poll(
        async () => (await rows<{ state: string }>(`SELECT state::text AS state FROM pgboss.job WHERE id = $1::uuid`, [job!.id]))[0]?.state,
        {
          timeout: 30_000,
        },
      )
      .toBe("completed");
  });
});
