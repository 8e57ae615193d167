import { describe, expect, it } from "vitest";
import { PUBLIC_PAGE_SIZE } from "@/lib/pagination";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { listFeedVerdicts, renderFeed } from "./feed";
import { getPublicVerdictBySlug, listPublishedVerdictsFor } from "./queries";

const t = useSeededAppDatabase();

describe("public verdict lists and pages", () => {
  it("page a claimant's published verdicts, newest first, and leave out drafts and retractions", async () => {
    const claimant = await t.db.claimant.create({ data: { slug: "prolific", name: "A prolific claimant" } });
    const author = await t.db.user.findFirstOrThrow();
    const rating = await t.db.rating.findFirstOrThrow();
    const statuses = [...Array(PUBLIC_PAGE_SIZE + 1).fill("PUBLISHED"), "DRAFT", "RETRACTED"] as const;
    for (const [i, status] of statuses.entries()) {
      await t.db.claim.create({
        data: {
          text: `Claim number ${i}`,
          claimantId: claimant.id,
          status: "PUBLISHED",
          verdicts: {
            create: {
              slug: `prolific-${i}`,
              status,
              ratingId: rating.id,
              authorId: author.id,
              publishedAt: status === "DRAFT" ? null : new Date(Date.UTC(2026, 0, 1 + i)),
            },
          },
        },
      });
    }
    const first = await listPublishedVerdictsFor("claimant", claimant.id, 1);
    expect(first.total).toBe(PUBLIC_PAGE_SIZE + 1);
    expect(first.pageCount).toBe(2);
    expect(first.items[0]!.claim.text).toBe(`Claim number ${PUBLIC_PAGE_SIZE}`);
    const second = await listPublishedVerdictsFor("claimant", claimant.id, 2);
    expect(second.items.map((item) => item.claim.text)).toEqual(["Claim number 0"]);
    // Beyond the last page: the last page.
    expect((await listPublishedVerdictsFor("claimant", claimant.id, 99)).page).toBe(2);
  });

  it("serve published and retracted verdicts by slug, never drafts", async () => {
    const retracted = await t.db.verdict.findFirstOrThrow({ where: { status: "RETRACTED" } });
    const draft = await t.db.verdict.findFirstOrThrow({ where: { status: "DRAFT" } });
    const page = await getPublicVerdictBySlug(retracted.slug);
    expect(page?.status).toBe("RETRACTED");
    expect(page?.retractedAt).toBeInstanceOf(Date);
    expect(await getPublicVerdictBySlug(draft.slug)).toBeNull();
    expect(await getPublicVerdictBySlug("no-such-verdict")).toBeNull();
  });

  it("keep a retracted verdict in the feeds, dated by its retraction and carrying the notice", async () => {
    // Demo data: published 28 October 2026, retracted 9 November 2026 with a reason.
    const items = await listFeedVerdicts();
    const retracted = items.find((item) => item.slug === "wind-more-than-half-of-electricity-2025");
    expect(retracted, "a syndicated copy must learn of the retraction").toBeDefined();
    expect(retracted!.publishedAt.toISOString()).toBe("2026-10-28T15:30:00.000Z");
    expect(retracted!.updatedAt.toISOString()).toBe("2026-11-09T12:00:00.000Z");
    const json = JSON.parse(renderFeed("json", items, { siteUrl: "https://factcheck.example.org", orgName: "Example" }));
    const item = json.items.find((i: { url: string }) => i.url.endsWith("/verdicts/wind-more-than-half-of-electricity-2025"));
    expect(item.title).toMatch(/^Retracted: “/);
    expect(item.date_modified).toBe("2026-11-09T12:00:00.000Z");
    expect(item.content_text).toMatch(
      /^This fact check was retracted on 9 November 2026 and should no longer be relied on\. Reason: This verdict relied on Statistics Valoria/,
    );
    // Items that stand are unchanged.
    expect(items.filter((i) => i.retraction === null).length).toBeGreaterThan(0);
  });
});
