import { describe, expect, it } from "vitest";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { countPublishedVerdictsByRating, listRatingScale } from "./queries";

const t = useSeededAppDatabase();

describe("rating queries", () => {
  it("count published verdicts by rating in scale order, zeros included", async () => {
    const counts = await countPublishedVerdictsByRating("");
    const scale = await listRatingScale();
    expect(counts.map((c) => c.key)).toEqual(scale.map((r) => r.key));
    const published = await t.db.verdict.count({ where: { status: "PUBLISHED" } });
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(published);
    expect(counts.some((c) => c.count === 0)).toBe(true);
  });

  it("narrow to one claimant", async () => {
    const claimant = await t.db.claimant.findUniqueOrThrow({ where: { slug: "piet-haldane" } });
    const counts = await countPublishedVerdictsByRating(claimant.id);
    const published = await t.db.verdict.count({ where: { status: "PUBLISHED", claim: { claimantId: claimant.id } } });
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(published);
  });

  it("keep a retired rating while a published verdict still carries it, and leave it off the scale", async () => {
    const verdict = await t.db.verdict.findFirstOrThrow({ where: { status: "PUBLISHED" }, include: { rating: true } });
    await t.db.rating.update({ where: { id: verdict.ratingId! }, data: { retiredAt: new Date() } });
    expect((await listRatingScale()).map((r) => r.key)).not.toContain(verdict.rating!.key);
    expect((await countPublishedVerdictsByRating("")).map((r) => r.key)).toContain(verdict.rating!.key);
  });
});
