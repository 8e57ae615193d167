import { describe, expect, it } from "vitest";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { getPublicSource, listMergeCandidates, listSourcesForModeration } from "./queries";

const t = useSeededAppDatabase();

describe("getPublicSource", () => {
  it("counts citations and articles over published verdicts only", async () => {
    const source = await getPublicSource("statistics.valoria.example");
    expect(source).not.toBeNull();
    // Citations as published (lib/verdicts/published-evidence.ts), not the desk's working evidence.
    const citing = (status: "PUBLISHED" | "RETRACTED") =>
      t.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Verdict" v, jsonb_array_elements(v."publishedEvidence") item
         WHERE v.status = ${status}::"VerdictStatus" AND item->>'sourceId' = ${source!.id}`.then(([row]) => row!.n);
    const citations = await citing("PUBLISHED");
    expect(citations).toBeGreaterThan(0);
    expect(source!.citations).toBe(citations);
    expect(await citing("RETRACTED"), "demo data: some of its citations are on a retracted verdict").toBeGreaterThan(0);
  });

  it("never returns internal notes or the watch status", async () => {
    const stored = await t.db.source.findUniqueOrThrow({ where: { domain: "kestria-courier.example" } });
    expect(stored.status).toBe("WATCH");
    const source = await getPublicSource("kestria-courier.example");
    expect(source).not.toBeNull();
    expect(Object.keys(source!).sort()).toEqual(
      [
        "aliases",
        "articlesWithCheckedClaims",
        "blocked",
        "citations",
        "domain",
        "id",
        "kind",
        "name",
        "reliability",
        "reliabilityNote",
      ].sort(),
    );
    expect(source!.blocked).toBe(false);
  });

  it("says when a source is blocked", async () => {
    // Make the blocked demo source the publisher of an article that carries a published claim.
    const blocked = await t.db.source.findUniqueOrThrow({ where: { domain: "dailytruthwire.example" } });
    expect(await getPublicSource(blocked.domain), "not on any public verdict yet").toBeNull();
    const appearance = await t.db.appearance.findFirstOrThrow({ where: { claim: { verdicts: { some: { status: "PUBLISHED" } } } } });
    await t.db.article.update({ where: { id: appearance.articleId }, data: { publisherId: blocked.id } });
    const source = await getPublicSource(blocked.domain);
    expect(source?.blocked).toBe(true);
    expect(source?.articlesWithCheckedClaims).toBe(1);
  });

  it("is found by an alias too, listing its aliases (the page redirects to its domain)", async () => {
    const stored = await t.db.source.findUniqueOrThrow({ where: { domain: "statistics.valoria.example" } });
    await t.db.sourceAlias.create({ data: { domain: "stats-valoria.example", sourceId: stored.id } });
    const source = await getPublicSource("stats-valoria.example");
    expect(source).toMatchObject({ id: stored.id, domain: "statistics.valoria.example", aliases: [{ domain: "stats-valoria.example" }] });
    expect((await listSourcesForModeration(1, { q: "stats-valoria" })).items.map((s) => s.id)).toEqual([stored.id]);
  });

  it("is null for a source that appears only on unpublished work", async () => {
    const source = await t.db.source.create({ data: { domain: "unseen.example", name: "Unseen" } });
    const draft = await t.db.claim.findFirstOrThrow({ where: { verdicts: { some: { status: "DRAFT" } } } });
    const author = await t.db.user.findFirstOrThrow();
    await t.db.evidence.create({
      data: {
        claimId: draft.id,
        url: "https://unseen.example/a",
        title: "A",
        excerpt: "",
        stance: "CONTEXT",
        sourceId: source.id,
        addedById: author.id,
      },
    });
    expect(await getPublicSource("unseen.example")).toBeNull();
  });
});

describe("the registry list", () => {
  it("searches names (any case) and domains, and filters by kind, reliability and status", async () => {
    const byName = await listSourcesForModeration(1, { q: "valoria" });
    expect(byName.items.map((s) => s.name)).toEqual(expect.arrayContaining(["Statistics Valoria", "Ministry of Defence of Valoria"]));
    expect(byName.items.every((s) => /valoria/i.test(s.name) || s.domain.includes("valoria"))).toBe(true);
    expect((await listSourcesForModeration(1, { q: "DAILYTRUTHWIRE.example" })).items.map((s) => s.domain)).toEqual([
      "dailytruthwire.example",
    ]);

    const blocked = await listSourcesForModeration(1, { q: "", status: "BLOCKED" });
    expect(blocked.items.map((s) => s.domain)).toEqual(
      (await t.db.source.findMany({ where: { status: "BLOCKED" }, orderBy: { name: "asc" } })).map((s) => s.domain),
    );
    const governmentHigh = await listSourcesForModeration(1, { q: "", kind: "GOVERNMENT", reliability: "HIGH" });
    expect(governmentHigh.total).toBe(await t.db.source.count({ where: { kind: "GOVERNMENT", reliability: "HIGH" } }));
    expect(governmentHigh.items.every((s) => s.kind === "GOVERNMENT" && s.reliability === "HIGH")).toBe(true);
    expect((await listSourcesForModeration(1, { q: "no such outlet anywhere" })).total).toBe(0);
  });

  it("offers the most similar names as merge candidates, never the source itself", async () => {
    const survivor = await t.db.source.findUniqueOrThrow({ where: { domain: "meridian-wire.example" } });
    const duplicate = await t.db.source.create({ data: { domain: "meridianwire-news.example", name: "Meridian Wire News" } });
    const candidates = await listMergeCandidates(survivor.id, "");
    expect(candidates[0]?.id).toBe(duplicate.id);
    expect(candidates.map((c) => c.id)).not.toContain(survivor.id);
    expect((await listMergeCandidates(survivor.id, "meridian")).map((c) => c.id)).toEqual([duplicate.id]);
  });
});
