import { describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { failedJobs, feedHealth, queueDepth, retryFailedJob } from "./health";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

async function failedJob(url: string) {
  await t.db.$executeRawUnsafe(`SELECT pgboss.create_queue('article.ingest', '{"policy":"exclusive"}')`);
  const [row] = await t.db.$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO pgboss.job (name, data, state, retry_count, retry_limit, singleton_key, policy, output, completed_on)
     VALUES ('article.ingest', $1::jsonb, 'failed', 4, 4, $2, 'exclusive', '{"message":"The site did not answer within 10 seconds."}', now()) RETURNING id::text`,
    JSON.stringify({ url }),
    url,
  );
  return row!.id;
}

describe("the health page's data", () => {
  it("lists feeds with their state, the queue's depth and failed jobs; a moderator's retry is audited and requeues the job", async () => {
    const source = await t.db.source.create({ data: { name: "Courier", domain: "courier.example", kind: "NEWS" } });
    const feed = await t.db.feed.create({
      data: { sourceId: source.id, url: "https://courier.example/feed", lastError: "Not a feed", consecutiveFailures: 3 },
    });
    await t.db.feedItem.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ feedId: feed.id, guid: `g${n}`, url: `https://courier.example/${n}` })),
    });
    expect(await feedHealth(t.db)).toMatchObject([
      { id: feed.id, itemsPerDay: 1, lastError: "Not a feed", consecutiveFailures: 3, sourceName: "Courier" },
    ]);

    const id = await failedJob("https://courier.example/1");
    expect(await failedJobs(t.db)).toMatchObject([
      { id, subject: "https://courier.example/1", error: "The site did not answer within 10 seconds.", tries: 5 },
    ]);
    expect((await queueDepth(t.db)).find((q) => q.name === "article.ingest")).toMatchObject({ failed: 1, retrying: 0 });

    const reviewer = await makeStaff("REVIEWER");
    expect(await retryFailedJob({ jobId: id }, actingAs(reviewer))).toMatchObject({ ok: false, status: 403 });
    const moderator = await makeStaff("MODERATOR");
    expect(await retryFailedJob({ jobId: id }, actingAs(moderator))).toMatchObject({ ok: true, data: { requeued: true } });
    expect((await queueDepth(t.db)).find((q) => q.name === "article.ingest")).toMatchObject({ failed: 0, retrying: 1 });
    expect(await t.db.auditEvent.count({ where: { action: "job.retry", entityId: id, actorId: moderator.id } })).toBe(1);
    expect(await retryFailedJob({ jobId: id }, actingAs(moderator))).toMatchObject({ ok: false, status: 404 });
  });
});
