import { describe, expect, it } from "vitest";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { listVerdictItems } from "./verdicts";

const t = useSeededAppDatabase();

/** The demo data's retracted verdict: published 28 October 2026, retracted 9 November 2026. */
const RETRACTED = "wind-more-than-half-of-electricity-2025";

const list = async (params: Record<string, string>) => {
  const result = await listVerdictItems(new URLSearchParams(params));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.body;
};

describe("the read API's verdict list", () => {
  it("keeps a retracted verdict, with its state, its retraction and no ClaimReview", async () => {
    const { items } = await list({ limit: "100" });
    const retracted = items.find((item) => item.slug === RETRACTED);
    expect(retracted, "the retracted verdict is listed").toBeDefined();
    expect(retracted).toMatchObject({
      status: "retracted",
      retraction: { date: "2026-11-09T12:00:00.000Z", reason: expect.stringContaining("withdrew") },
      claimReview: null,
      publishedAt: "2026-10-28T15:30:00.000Z",
    });
    // In publication order among the published ones.
    const dates = items.map((item) => item.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.filter((item) => item.status === "published").length).toBeGreaterThanOrEqual(4);
  });

  it("finds it by words and filters like a published one, and not with filters it does not match", async () => {
    const slugs = async (params: Record<string, string>) => (await list(params)).items.map((item) => item.slug);
    expect(await slugs({ q: "wind electricity" })).toContain(RETRACTED);
    expect(await slugs({ claimant: "piet-haldane", topic: "energy" })).toContain(RETRACTED);
    expect(await slugs({ rating: "true", to: "2026-10-31" })).toContain(RETRACTED);
    expect(await slugs({ topic: "health" })).not.toContain(RETRACTED);
    expect(await slugs({ from: "2026-11-01" })).not.toContain(RETRACTED);
    expect(await slugs({ q: "measles" })).not.toContain(RETRACTED);
  });

  it("pages through published and retracted verdicts with the cursor, each once; drafts stay out", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(cursor ? { limit: "2", cursor } : { limit: "2" });
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    const expected = await t.db.verdict.findMany({ where: { status: { in: ["PUBLISHED", "RETRACTED"] } }, select: { id: true } });
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected.map((verdict) => verdict.id).sort());
  });
});
