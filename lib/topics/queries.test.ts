import { describe, expect, it } from "vitest";
import { getPublicClaimant } from "@/lib/claimants/queries";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { listPublishedVerdictsFor } from "@/lib/verdicts/queries";
import { getPublicTopic, listFeaturedTopics } from "./queries";

const t = useSeededAppDatabase();

describe("public topics and claimants", () => {
  it("feature the topics with the most published verdicts first", async () => {
    const featured = await listFeaturedTopics(10);
    expect(featured.length).toBeGreaterThan(0);
    for (const topic of featured) {
      const count = await t.db.verdict.count({ where: { status: "PUBLISHED", claim: { topics: { some: { slug: topic.slug } } } } });
      expect(topic.verdictCount, topic.slug).toBe(count);
    }
    const counts = featured.map((topic) => topic.verdictCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("list a topic's published verdicts, newest first, with dates as dates", async () => {
    const topic = await getPublicTopic("energy");
    const page = await listPublishedVerdictsFor("topic", topic!.id, 1);
    expect(page.total).toBe(await t.db.verdict.count({ where: { status: "PUBLISHED", claim: { topics: { some: { slug: "energy" } } } } }));
    const dates = page.items.map((item) => item.publishedAt!);
    for (const date of dates) expect(date).toBeInstanceOf(Date);
    expect(dates.map(Number)).toEqual(dates.map(Number).sort((a, b) => b - a));
  });

  it("hide claimants and topics that have no public verdict", async () => {
    const topic = await t.db.topic.create({ data: { slug: "unused", name: "Unused" } });
    expect(await getPublicTopic(topic.slug)).toBeNull();
    // Demo data: Ilse Marrow's only claim awaits approval.
    expect(await getPublicClaimant("ilse-marrow")).toBeNull();
    expect(await getPublicClaimant("piet-haldane")).toMatchObject({ name: "Piet Haldane" });
  });
});
