import { describe, expect, it } from "vitest";
import { useSeededAppDatabase } from "@/lib/testing/seeded-app-database";
import { getPublicSource } from "./queries";

const t = useSeededAppDatabase();

describe("getPublicSource", () => {
  it("counts citations and articles over published verdicts only", async () => {
    const source = await getPublicSource("statistics.valoria.example");
    expect(source).not.toBeNull();
    const citations = await t.db.evidence.count({
      where: { source: { domain: "statistics.valoria.example" }, claim: { verdict: { status: "PUBLISHED" } } },
    });
    const allCitations = await t.db.evidence.count({ where: { source: { domain: "statistics.valoria.example" } } });
    expect(source!.citations).toBe(citations);
    expect(citations, "demo data: some of its citations are on a retracted verdict").toBeLessThan(allCitations);
  });

  it("never returns internal notes or the watch status", async () => {
    const stored = await t.db.source.findUniqueOrThrow({ where: { domain: "kestria-courier.example" } });
    expect(stored.status).toBe("WATCH");
    const source = await getPublicSource("kestria-courier.example");
    expect(source).not.toBeNull();
    expect(Object.keys(source!).sort()).toEqual(
      ["articlesWithCheckedClaims", "blocked", "citations", "domain", "id", "kind", "name", "reliability", "reliabilityNote"].sort(),
    );
    expect(source!.blocked).toBe(false);
  });

  it("says when a source is blocked", async () => {
    // Make the blocked demo source the publisher of an article that carries a published claim.
    const blocked = await t.db.source.findUniqueOrThrow({ where: { domain: "dailytruthwire.example" } });
    expect(await getPublicSource(blocked.domain), "not on any public verdict yet").toBeNull();
    const appearance = await t.db.appearance.findFirstOrThrow({ where: { claim: { verdict: { status: "PUBLISHED" } } } });
    await t.db.article.update({ where: { id: appearance.articleId }, data: { publisherId: blocked.id } });
    const source = await getPublicSource(blocked.domain);
    expect(source?.blocked).toBe(true);
    expect(source?.articlesWithCheckedClaims).toBe(1);
  });

  it("is null for a source that appears only on unpublished work", async () => {
    const source = await t.db.source.create({ data: { domain: "unseen.example", name: "Unseen" } });
    const draft = await t.db.claim.findFirstOrThrow({ where: { verdict: { status: "DRAFT" } } });
    const author = await t.db.user.findFirstOrThrow();
    await t.db.evidence.create({
      data: { claimId: draft.id, url: "https://unseen.example/a", title: "A", excerpt: "", stance: "CONTEXT", sourceId: source.id, addedById: author.id },
    });
    expect(await getPublicSource("unseen.example")).toBeNull();
  });
});
