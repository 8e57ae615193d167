import { describe, expect, it } from "vitest";
import type { SubmissionStatus } from "@/lib/generated/prisma/client";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { purgeExpiredContacts } from "./retention";
import { newTrackingToken } from "./tracking";

const t = useFreshDatabase();
const now = new Date("2026-11-27T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

async function submission(label: string, status: SubmissionStatus, closedAt: Date | null, claimId?: string) {
  return t.db.submission.create({
    data: {
      claimText: `Retention ${label}`,
      contactEmail: `${label}@example.net`,
      status,
      closedAt,
      claimId,
      trackingTokenHash: newTrackingToken().hash,
    },
    select: { id: true },
  });
}
const contactOf = async (id: string) => (await t.db.submission.findUniqueOrThrow({ where: { id } })).contactEmail;

describe("contact retention", () => {
  it("deletes only the contacts of submissions closed more than 90 days ago", async () => {
    const old = await submission("rejected-91", "REJECTED", daysAgo(91));
    const oldDuplicate = await submission("duplicate-200", "DUPLICATE", daysAgo(200));
    const recent = await submission("rejected-89", "REJECTED", daysAgo(89));
    const open = await submission("new-old", "NEW", null);
    await t.db.submission.update({ where: { id: open.id }, data: { createdAt: daysAgo(400) } });

    const result = await purgeExpiredContacts(t.db, now);
    expect(result.purged).toBe(2);
    expect(await contactOf(old.id)).toBeNull();
    expect(await contactOf(oldDuplicate.id)).toBeNull();
    expect(await contactOf(recent.id)).toBe("rejected-89@example.net");
    expect(await contactOf(open.id)).toBe("new-old@example.net");
    const events = await t.db.auditEvent.findMany({ where: { action: "submission.purge_contact" } });
    expect(events.map((event) => event.entityId).sort()).toEqual([old.id, oldDuplicate.id].sort());
    expect(JSON.stringify(events.map((event) => [event.before, event.after]))).not.toContain("@example.net");
    // Written through the write path's system variant: no person acted, the job is named.
    for (const event of events) expect(event).toMatchObject({ actorId: null, after: { system: "contact retention" } });

    // 89 days is 90 two days later.
    expect((await purgeExpiredContacts(t.db, new Date(now.getTime() + 2 * 24 * 60 * 60 * 1000))).purged).toBe(1);
    expect(await contactOf(recent.id)).toBeNull();
  });

  it("keeps an accepted submission's contact while its claim is checked, and counts 90 days from the verdict's publication", async () => {
    const author = await t.db.user.create({ data: { email: "retention-author@example.test", name: "Author" } });
    const checking = await t.db.claim.create({ data: { text: "Still being checked", status: "IN_REVIEW" } });
    const publishedLongAgo = await t.db.claim.create({ data: { text: "Checked long ago", status: "PUBLISHED" } });
    const publishedRecently = await t.db.claim.create({ data: { text: "Checked recently", status: "PUBLISHED" } });
    await t.db.verdict.create({
      data: { claimId: publishedLongAgo.id, slug: "checked-long-ago", status: "PUBLISHED", authorId: author.id, publishedAt: daysAgo(120) },
    });
    await t.db.verdict.create({
      data: { claimId: publishedRecently.id, slug: "checked-recently", status: "PUBLISHED", authorId: author.id, publishedAt: daysAgo(10) },
    });
    const a = await submission("accepted-checking", "ACCEPTED", null, checking.id);
    const b = await submission("accepted-long-ago", "ACCEPTED", null, publishedLongAgo.id);
    const c = await submission("accepted-recently", "ACCEPTED", null, publishedRecently.id);

    const result = await purgeExpiredContacts(t.db, now);
    expect(result.closed).toBe(2);
    expect(await contactOf(a.id)).toBe("accepted-checking@example.net");
    expect(await contactOf(b.id)).toBeNull();
    expect(await contactOf(c.id)).toBe("accepted-recently@example.net");
    expect((await t.db.submission.findUniqueOrThrow({ where: { id: c.id } })).closedAt).toEqual(daysAgo(10));
    expect((await t.db.submission.findUniqueOrThrow({ where: { id: a.id } })).closedAt).toBeNull();
  });
});
