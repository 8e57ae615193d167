import { describe, expect, it } from "vitest";
import { listVerdictItems } from "@/lib/api/verdicts";
import { parseQueueFilters, listClaimsForQueue } from "@/lib/claims/queries";
import { findSimilarClaims } from "@/lib/claims/similar";
import { getClaimForDesk } from "@/lib/claims/desk";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { searchVerdicts } from "@/lib/search/search";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { approveVerdict, startVerdict, submitVerdict } from "./drafts";
import { listFeedVerdicts, renderFeed } from "./feed";
import { getPublicVerdictBySlug } from "./queries";
import { retractVerdict } from "./retraction";
import { getVerdictWorkspace } from "./workspace-queries";

/**
 * Issue 16 item 2 (decision 025): a retraction reopens the claim for a new verdict; the retracted
 * verdict stays public and links to its successor once published. On the code before it, the
 * claim stayed PUBLISHED, out of the queue's "To do", and startVerdict refused ("already has a
 * verdict"), so every test below failed.
 */

const t = useSeededAppDatabase();
const { actingAs, makeStaff, refreshed } = t;

/** The demo data's retracted verdict (published 28 October 2026, retracted 9 November 2026). */
const RETRACTED = "wind-more-than-half-of-electricity-2025";
const site = { siteUrl: "https://factcheck.example.org", orgName: "Example Fact Check" };

const complete = {
  ratingId: "rating_mostly_false",
  conclusion: "Wind supplied 46% of Valoria's electricity in 2025, per the final energy balance.",
  rationale: "The final balance corrects the provisional one.",
};

async function publishNew(claimId: string, author: CurrentUser, approver: CurrentUser) {
  const started = await startVerdict({ claimId }, actingAs(author));
  if (!started.ok) throw new Error(started.message);
  const submitted = await submitVerdict({ verdictId: started.data.id, version: 1, ...complete }, actingAs(author));
  if (!submitted.ok) throw new Error(submitted.message);
  const approved = await approveVerdict({ verdictId: started.data.id, version: 2 }, actingAs(approver));
  if (!approved.ok) throw new Error(approved.message);
  return started.data;
}

describe("several verdicts per claim", () => {
  it("a retraction puts the claim back in review, in its assignee's To do, with a new verdict possible", async () => {
    const [author, approver, moderator] = [await makeStaff("REVIEWER"), await makeStaff("REVIEWER"), await makeStaff("MODERATOR")];
    const claim = await t.db.claim.create({
      data: { text: "Tram ridership tripled in Northharbour last spring.", assigneeId: author.id },
    });
    const first = await publishNew(claim.id, author, approver);
    const published = await t.db.verdict.findUniqueOrThrow({ where: { id: first.id } });
    const retracted = await retractVerdict(
      { verdictId: first.id, version: published.version, reason: "The ridership figures were for a different city." },
      actingAs(moderator),
    );
    expect(retracted).toMatchObject({ ok: true });
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "IN_REVIEW", assigneeId: author.id });
    expect(await t.db.auditEvent.count({ where: { entityId: claim.id, action: "claim.reopen_for_verdict" } })).toBe(1);

    // Back in the queue's "To do", for everyone and in the assignee's own work.
    const todo = await listClaimsForQueue(parseQueueFilters({ assignee: "me" }), author.id, t.db);
    expect(todo.items.map((item) => item.id)).toContain(claim.id);
    expect(todo.items.find((item) => item.id === claim.id)?.verdicts).toHaveLength(1);

    // The desk says it is reopened and keeps the retracted verdict in view; no current verdict.
    const desk = (await getClaimForDesk(claim.id))!;
    expect(desk).toMatchObject({ reopened: true, verdict: null, isPublic: true, frozen: null });
    expect(desk.retractedVerdicts.map((verdict) => verdict.id)).toEqual([first.id]);

    // A new verdict can be started (once), and it replaces the retracted one.
    const second = await startVerdict({ claimId: claim.id }, actingAs(author));
    expect(second).toMatchObject({ ok: true });
    if (!second.ok) return;
    expect(second.data.slug).not.toBe(first.slug);
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: second.data.id } })).toMatchObject({
      previousId: first.id,
      status: "DRAFT",
    });
    expect(await startVerdict({ claimId: claim.id }, actingAs(author))).toMatchObject({ ok: false, status: 409 });
    const workspace = (await getVerdictWorkspace(claim.id))!;
    expect(workspace.verdict?.id).toBe(second.data.id);
    expect(workspace.retractedVerdicts.map((verdict) => verdict.id)).toEqual([first.id]);
    // Still "To do" while the new verdict is a draft.
    expect((await listClaimsForQueue(parseQueueFilters({}), author.id, t.db)).items.map((item) => item.id)).toContain(claim.id);

    // Publishing it refreshes the retracted page too (it links to its successor now).
    await submitVerdict({ verdictId: second.data.id, version: 1, ...complete }, actingAs(author));
    refreshed.length = 0;
    expect(await approveVerdict({ verdictId: second.data.id, version: 2 }, actingAs(approver))).toMatchObject({ ok: true });
    expect(refreshed.flat()).toEqual(expect.arrayContaining([publicTags.verdict(second.data.id), publicTags.verdict(first.id)]));
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PUBLISHED");
    expect((await getClaimForDesk(claim.id))!).toMatchObject({ reopened: false, verdict: { id: second.data.id } });
  });

  it("the database holds at most one verdict per claim that is not retracted", async () => {
    const author = await makeStaff("REVIEWER");
    const claim = await t.db.claim.create({ data: { text: "Ferry fares fell by half." } });
    const verdict = (slug: string, status: "DRAFT" | "PUBLISHED" | "RETRACTED") =>
      t.db.verdict.create({ data: { claimId: claim.id, slug, status, authorId: author.id } });
    await verdict("ferry-1", "RETRACTED");
    await verdict("ferry-2", "RETRACTED");
    await verdict("ferry-3", "DRAFT");
    await expect(verdict("ferry-4", "PUBLISHED")).rejects.toThrow(/Unique constraint/);
  });

  it("the demo's retracted verdict: a new one links back, the old one links on; API, feeds, matcher and search follow", async () => {
    const [author, approver] = [await makeStaff("REVIEWER"), await makeStaff("REVIEWER")];
    const old = await t.db.verdict.findUniqueOrThrow({ where: { slug: RETRACTED }, include: { claim: true } });
    expect(old.claim.status).toBe("IN_REVIEW");

    // Before a new verdict: the matcher says retracted, no new verdict; the page promises one.
    let [match] = await findSimilarClaims(old.claim.text, { client: t.db });
    expect(match).toMatchObject({ id: old.claimId, verdict: { slug: RETRACTED, status: "RETRACTED" }, retractedSlug: null });
    expect((await getPublicVerdictBySlug(RETRACTED))?.successor).toBeNull();

    const started = await startVerdict({ claimId: old.claimId }, actingAs(author));
    if (!started.ok) throw new Error(started.message);
    // A draft successor is not public: not linked, and the matcher names it a new verdict in draft.
    expect((await getPublicVerdictBySlug(RETRACTED))?.successor).toBeNull();
    [match] = await findSimilarClaims(old.claim.text, { client: t.db });
    expect(match).toMatchObject({ verdict: { slug: started.data.slug, status: "DRAFT" }, retractedSlug: RETRACTED });
    expect(await findSimilarClaims(old.claim.text, { client: t.db, onlyPublished: true })).not.toContainEqual(
      expect.objectContaining({ id: old.claimId }),
    );

    await submitVerdict({ verdictId: started.data.id, version: 1, ...complete }, actingAs(author));
    await approveVerdict({ verdictId: started.data.id, version: 2 }, actingAs(approver));
    // Long ago, so that it is not the newest verdict other tests read.
    const publishedAt = new Date("2001-01-01T00:00:00Z");
    await t.db.verdict.update({ where: { id: started.data.id }, data: { publishedAt } });
    await t.db.verdictRevision.updateMany({ where: { verdictId: started.data.id }, data: { publishedAt } });
    const slug = started.data.slug;

    // Public pages: the old one links to its successor, the new one back.
    expect((await getPublicVerdictBySlug(RETRACTED))?.successor).toMatchObject({ slug, status: "PUBLISHED" });
    expect(await getPublicVerdictBySlug(slug)).toMatchObject({ status: "PUBLISHED", previous: { slug: RETRACTED } });

    // The matcher follows the current verdict, published ones only included.
    [match] = await findSimilarClaims(old.claim.text, { client: t.db });
    expect(match).toMatchObject({ verdict: { slug, status: "PUBLISHED" }, retractedSlug: RETRACTED });
    expect((await findSimilarClaims(old.claim.text, { client: t.db, onlyPublished: true }))[0]).toMatchObject({ verdict: { slug } });

    // The API lists both, each with its state, linked both ways; public search finds the new one only.
    const list = await listVerdictItems(new URLSearchParams({ limit: "100" }));
    if (!list.ok) throw new Error(JSON.stringify(list));
    const byslug = new Map(list.body.items.map((item) => [item.slug, item]));
    expect(byslug.get(RETRACTED)).toMatchObject({ status: "retracted", replacedBy: { id: started.data.id, slug }, claimReview: null });
    expect(byslug.get(slug)).toMatchObject({ status: "published", replaces: { id: old.id, slug: RETRACTED }, replacedBy: null });
    expect(byslug.get(slug)?.claimReview).not.toBeNull();
    const searched = await listVerdictItems(new URLSearchParams({ q: "wind electricity" }));
    expect(searched.ok && searched.body.items.map((item) => item.slug)).toEqual(expect.arrayContaining([slug, RETRACTED]));
    const found = (await searchVerdicts(t.db, { q: "wind electricity" }, { limit: 20 })).hits.map((hit) => hit.slug);
    expect(found).toContain(slug);
    expect(found).not.toContain(RETRACTED);

    // Feeds: the retracted item is updated (dated by the new verdict) and names it; the new item names the old.
    const feed = await listFeedVerdicts(200);
    const oldItem = feed.find((item) => item.slug === RETRACTED)!;
    expect(oldItem.retraction?.replacedBy).toMatchObject({ slug });
    expect(oldItem.updatedAt).toEqual(publishedAt);
    const json = JSON.parse(renderFeed("json", feed, site)) as { items: { id: string; content_text?: string; summary?: string }[] };
    const text = (id: string) => JSON.stringify(json.items.find((item) => item.id === `${site.siteUrl}/verdicts/${id}`));
    expect(text(RETRACTED)).toContain(`${site.siteUrl}/verdicts/${slug}`);
    expect(text(slug)).toContain(`replaces a retracted one: ${site.siteUrl}/verdicts/${RETRACTED}`);
  });
});
