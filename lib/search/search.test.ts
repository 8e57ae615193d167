import { beforeAll, describe, expect, it } from "vitest";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { parseFilters, type SearchFilters } from "./filters";
import { START_MARK, STOP_MARK, splitHighlights } from "./highlight";
import { countVerdicts, decodeCursor, hasSearchTerms, pinSearchPlan, requiredWordPairs, searchVerdicts, wordPairHash } from "./search";

const t = useFreshDatabase();

type Fixture = {
  slug: string;
  claim: string;
  conclusion?: string;
  rationale?: string;
  status?: VerdictStatus;
  rating?: string;
  topic?: "energy" | "health";
  claimant?: "ilse" | "piet";
  publisher?: "herald.example" | "wire.example";
  publishedAt: string;
};

// Small, hand-made corpus: each verdict is there to prove one behaviour.
const FIXTURES: Fixture[] = [
  {
    slug: "wind-in-claim",
    claim: "Wind turbines kill more birds than cats do",
    rating: "false",
    topic: "energy",
    claimant: "ilse",
    publisher: "herald.example",
    publishedAt: "2026-03-01",
  },
  {
    slug: "wind-in-rationale",
    claim: "Electricity prices doubled last year",
    rationale: "Part of the rise came from a calm year for wind farms.",
    rating: "mostly-true",
    topic: "energy",
    claimant: "piet",
    publisher: "wire.example",
    publishedAt: "2026-04-01",
  },
  {
    slug: "measles-cases",
    claim: "Measles cases fell by four fifths",
    conclusion: "The figure matches the health institute's data.",
    rating: "true",
    topic: "health",
    claimant: "ilse",
    publisher: "wire.example",
    publishedAt: "2026-05-01",
  },
  {
    slug: "hospital-beds",
    claim: "The region lost a thousand hospital beds",
    rationale: "See [the ministry's table](https://ministry.example/beds) for the bed count.\n\n- Beds per ward fell too.",
    rating: "half-true",
    topic: "health",
    publishedAt: "2026-06-01",
  },
  {
    slug: "forged-marks",
    claim: `A claim with ${START_MARK}forged${STOP_MARK} marks about wind`,
    rating: "unproven",
    publishedAt: "2026-02-01",
  },
  { slug: "draft-wind", claim: "Wind power is free", status: "DRAFT", publishedAt: "2026-07-01" },
  { slug: "retracted-wind", claim: "Wind output fell by half", status: "RETRACTED", rating: "false", publishedAt: "2026-07-02" },
];

beforeAll(async () => {
  const db = t.db;
  await db.user.create({ data: { id: "author", email: "a@example.org", name: "Author" } });
  await db.claimant.createMany({
    data: [
      { id: "ilse", name: "Ilse Marrow", slug: "ilse-marrow" },
      { id: "piet", name: "Piet Haldane", slug: "piet-haldane" },
    ],
  });
  await db.topic.createMany({
    data: [
      { id: "energy", slug: "energy", name: "Energy" },
      { id: "health", slug: "health", name: "Health" },
    ],
  });
  await db.source.createMany({
    data: [
      { id: "herald.example", domain: "herald.example", name: "Herald" },
      { id: "wire.example", domain: "wire.example", name: "Wire" },
    ],
  });
  const ratings = new Map((await db.rating.findMany({ select: { id: true, key: true } })).map((r) => [r.key, r.id]));
  for (const f of FIXTURES) {
    const status = f.status ?? "PUBLISHED";
    const claim = await db.claim.create({
      data: {
        text: f.claim,
        claimantId: f.claimant ?? null,
        topics: f.topic ? { connect: { id: f.topic } } : undefined,
        status: "PUBLISHED",
      },
    });
    if (f.publisher) {
      const article = await db.article.create({
        data: {
          title: `Article ${f.slug}`,
          text: f.claim,
          contentHash: f.slug,
          publisherId: f.publisher,
          url: `https://${f.publisher}/${f.slug}`,
        },
      });
      await db.appearance.create({
        data: { claimId: claim.id, articleId: article.id, exact: f.claim, prefix: "", suffix: "", start: 0, end: f.claim.length },
      });
    }
    await db.verdict.create({
      data: {
        claimId: claim.id,
        slug: f.slug,
        ratingId: f.rating ? ratings.get(f.rating) : null,
        conclusion: f.conclusion ?? "Our conclusion.",
        rationale: f.rationale ?? "",
        status,
        authorId: "author",
        publishedAt: status === "DRAFT" ? null : new Date(`${f.publishedAt}T12:00:00Z`),
      },
    });
  }
});

const slugs = async (filters: SearchFilters, limit = 50) => (await searchVerdicts(t.db, filters, { limit })).hits.map((hit) => hit.slug);

describe("searchVerdicts", () => {
  it("lists only published verdicts, newest first, when there is no query", async () => {
    expect(await slugs({})).toEqual(["hospital-beds", "measles-cases", "wind-in-rationale", "wind-in-claim", "forged-marks"]);
  });

  it("finds words in the claim, the conclusion and the rationale, ranking claim-text matches first", async () => {
    expect(await slugs({ q: "wind" })).toEqual(["wind-in-claim", "forged-marks", "wind-in-rationale"]);
    expect(await slugs({ q: "health institute" })).toEqual(["measles-cases"]);
    // Stemming: "turbine" finds "turbines".
    expect(await slugs({ q: "turbine" })).toEqual(["wind-in-claim"]);
  });

  it("never returns drafts or retracted verdicts, even when only they match", async () => {
    expect(await slugs({ q: "free power" })).toEqual([]);
    expect(await slugs({ q: "output fell half" })).toEqual([]);
  });

  it("supports web-search syntax: phrases and excluded words", async () => {
    expect(await slugs({ q: '"hospital beds"' })).toEqual(["hospital-beds"]);
    expect(await slugs({ q: "wind -birds" })).toEqual(["forged-marks", "wind-in-rationale"]);
  });

  it("finds phrases through the index of adjacent word pairs, and only where the words are adjacent", async () => {
    // The pairs stored by the trigger are the ones the query side computes.
    const [row] = await t.db.$queryRaw<{ pairs: number[] }[]>`
      SELECT s.pairs FROM "VerdictSearch" s JOIN "Verdict" v ON v.id = s."verdictId" WHERE v.slug = 'hospital-beds'`;
    expect(row!.pairs).toContain(wordPairHash("hospit", "bed"));
    expect(row!.pairs).not.toContain(wordPairHash("bed", "hospit"));
    expect(await slugs({ q: '"beds hospital"' })).toEqual([]);
    expect(await slugs({ q: '"hospital beds" region' })).toEqual(["hospital-beds"]);
    expect(await slugs({ q: '"lost a thousand hospital beds"' })).toEqual(["hospital-beds"]);
    expect(await slugs({ q: '"calm year for wind farms"' })).toEqual(["wind-in-rationale"]);
    // A phrase that need not be in a match (or, excluded) is not required by the pairs.
    expect(await slugs({ q: '"hospital beds" or "wind farms"' })).toEqual(["hospital-beds", "wind-in-rationale"]);
    expect(await slugs({ q: 'wind -"wind farms"' })).toEqual(["wind-in-claim", "forged-marks"]);
    expect(await countVerdicts(t.db, { q: '"hospital beds"', topic: "health" })).toEqual({ count: 1, capped: false });
  });

  it("reads the required word pairs from PostgreSQL's parse of the query", () => {
    expect(requiredWordPairs("'price' <-> 'doubl'")).toEqual([wordPairHash("price", "doubl")]);
    expect(requiredWordPairs("'a' <-> 'b' <-> 'c' & 'tax'")).toEqual([wordPairHash("a", "b"), wordPairHash("b", "c")]);
    expect(requiredWordPairs("'cost' <2> 'live'")).toEqual([]);
    expect(requiredWordPairs("'it''s' <-> 'true'")).toEqual([wordPairHash("it's", "true")]);
    expect(requiredWordPairs("'price' <-> 'doubl' | 'tax'")).toEqual([]);
    expect(requiredWordPairs("'tax' & !( 'price' <-> 'doubl' )")).toEqual([]);
  });

  it("filters by rating, topic, claimant, source and publication dates", async () => {
    expect(await slugs({ rating: "false" })).toEqual(["wind-in-claim"]);
    expect(await slugs({ topic: "health" })).toEqual(["hospital-beds", "measles-cases"]);
    expect(await slugs({ claimant: "ilse-marrow" })).toEqual(["measles-cases", "wind-in-claim"]);
    expect(await slugs({ source: "wire.example" })).toEqual(["measles-cases", "wind-in-rationale"]);
    expect(await slugs({ from: new Date("2026-04-01T00:00:00Z"), toExclusive: new Date("2026-05-02T00:00:00Z") })).toEqual([
      "measles-cases",
      "wind-in-rationale",
    ]);
    expect(await slugs({ q: "wind", topic: "energy", claimant: "piet-haldane" })).toEqual(["wind-in-rationale"]);
    expect(await slugs({ topic: "no-such-topic" })).toEqual([]);
  });

  it("filters by a source's alias (the domain of a duplicate merged into it) as by its domain", async () => {
    await t.db.sourceAlias.create({ data: { domain: "old-wire.example", sourceId: "wire.example" } });
    expect(await slugs({ source: "old-wire.example" })).toEqual(["measles-cases", "wind-in-rationale"]);
  });

  it("returns the same rows, counts and pages whichever plan finds the matches (walk or GIN bitmap)", async () => {
    const cases: SearchFilters[] = [
      {},
      { q: "wind" },
      { q: '"hospital beds"' },
      { q: '"calm year for wind farms"', topic: "energy" },
      { q: "wind", topic: "energy" },
      { topic: "health" },
      { q: "wind", from: new Date("2026-02-15T00:00:00Z"), toExclusive: new Date("2026-04-02T00:00:00Z") },
      { rating: "false", from: new Date("2026-01-01T00:00:00Z") },
    ];
    const run = async (filters: SearchFilters) => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof searchVerdicts>> = await searchVerdicts(t.db, filters, {
          limit: 1,
          cursor: cursor ? decodeCursor(cursor) : null,
        });
        pages.push(page.hits.map((hit) => hit.slug));
        cursor = page.nextCursor;
      } while (cursor);
      return {
        pages,
        count: await countVerdicts(t.db, filters),
        offset: (await searchVerdicts(t.db, filters, { limit: 2, offset: 1 })).hits.map((hit) => hit.slug),
      };
    };
    try {
      for (const filters of cases) {
        pinSearchPlan("walk");
        const walk = await run(filters);
        pinSearchPlan("bitmap");
        expect(await run(filters)).toEqual(walk);
        expect(walk.pages.flat().length).toBe(walk.count.count);
      }
    } finally {
      pinSearchPlan(null);
    }
  });

  it("highlights matches with sentinels that stored text cannot forge, and strips Markdown links", async () => {
    const { hits } = await searchVerdicts(t.db, { q: "wind" }, { limit: 10, snippets: true });
    const claimHit = hits.find((hit) => hit.slug === "wind-in-claim")!;
    expect(splitHighlights(claimHit.claimHighlight!)).toEqual([
      { text: "Wind", marked: true },
      { text: " turbines kill more birds than cats do", marked: false },
    ]);
    const rationaleHit = hits.find((hit) => hit.slug === "wind-in-rationale")!;
    expect(
      splitHighlights(rationaleHit.snippet!)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(["wind"]);
    const forged = hits.find((hit) => hit.slug === "forged-marks")!;
    expect(
      splitHighlights(forged.claimHighlight!)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(["wind"]);

    const [beds] = (await searchVerdicts(t.db, { q: "bed count" }, { limit: 1, snippets: true })).hits;
    expect(beds!.snippet).toContain("the ministry's table for the");
    expect(beds!.snippet).not.toContain("https://");
    expect(
      splitHighlights(beds!.snippet!)
        .map((part) => part.text)
        .join(""),
    ).toMatch(/count\.\s+Beds per ward/);
  });

  it("pages with a stable cursor, without duplicates or gaps, with and without a query", async () => {
    for (const filters of [{}, { q: "wind" }] satisfies SearchFilters[]) {
      const all = await slugs(filters);
      const seen: string[] = [];
      let cursor = null;
      do {
        const page: Awaited<ReturnType<typeof searchVerdicts>> = await searchVerdicts(t.db, filters, {
          limit: 2,
          cursor: cursor ? decodeCursor(cursor) : null,
        });
        seen.push(...page.hits.map((hit) => hit.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
      // Offset pages (the /search page's ?page=) see the same order.
      expect((await searchVerdicts(t.db, filters, { limit: 2, offset: 2 })).hits.map((hit) => hit.slug)).toEqual(all.slice(2, 4));
    }
    expect(decodeCursor("not-a-cursor")).toBeNull();
  });

  it("follows an edit of the claim's text (trigger)", async () => {
    await t.db.claim.updateMany({ where: { text: { startsWith: "Measles cases" } }, data: { text: "Rubella cases fell by four fifths" } });
    expect(await slugs({ q: "rubella" })).toEqual(["measles-cases"]);
    expect(await slugs({ q: "measles" })).toEqual([]);
  });

  it("follows changes of the claim's claimant, topics and appearances (triggers)", async () => {
    const claim = await t.db.claim.findFirstOrThrow({ where: { verdicts: { some: { slug: "hospital-beds" } } } });
    await t.db.claim.update({ where: { id: claim.id }, data: { claimantId: "piet", topics: { connect: { id: "energy" } } } });
    expect(await slugs({ claimant: "piet-haldane" })).toContain("hospital-beds");
    expect(await slugs({ topic: "energy" })).toContain("hospital-beds");

    const article = await t.db.article.create({ data: { title: "Beds", text: "…", contentHash: "beds", publisherId: "herald.example" } });
    await t.db.appearance.create({
      data: { claimId: claim.id, articleId: article.id, exact: "x", prefix: "", suffix: "", start: 0, end: 1 },
    });
    expect(await slugs({ source: "herald.example" })).toContain("hospital-beds");
    await t.db.article.update({ where: { id: article.id }, data: { publisherId: "wire.example" } });
    expect(await slugs({ source: "herald.example" })).not.toContain("hospital-beds");
    expect(await slugs({ source: "wire.example" })).toContain("hospital-beds");

    await t.db.claim.update({ where: { id: claim.id }, data: { claimantId: null, topics: { disconnect: { id: "energy" } } } });
    await t.db.appearance.deleteMany({ where: { claimId: claim.id } });
    expect(await slugs({ claimant: "piet-haldane" })).not.toContain("hospital-beds");
    expect(await slugs({ topic: "energy" })).not.toContain("hospital-beds");
    expect(await slugs({ source: "wire.example" })).not.toContain("hospital-beds");
    // The words are still found.
    expect(await slugs({ q: "hospital beds" })).toEqual(["hospital-beds"]);
  });

  it("counts matches and knows a query of stop words matches nothing", async () => {
    expect(await countVerdicts(t.db, { q: "wind" })).toEqual({ count: 3, capped: false });
    expect(await countVerdicts(t.db, {})).toEqual({ count: 5, capped: false });
    // A ranked search counts the same matches itself (the page then needs no count query).
    expect((await searchVerdicts(t.db, { q: "wind" }, { limit: 1 })).matches).toEqual({ count: 3, capped: false });
    expect((await searchVerdicts(t.db, { q: "wind", topic: "energy" }, { limit: 1 })).matches).toEqual({ count: 2, capped: false });
    expect((await searchVerdicts(t.db, { q: "wind" }, { limit: 1, offset: 5 })).matches).toBeNull();
    expect((await searchVerdicts(t.db, {}, { limit: 1 })).matches).toBeNull();
    expect(await hasSearchTerms(t.db, "the of and")).toBe(false);
    expect(await hasSearchTerms(t.db, "wind")).toBe(true);
  });

  it("keeps one search row per published verdict as verdicts are published, edited, retracted and deleted (triggers)", async () => {
    // The search table holds exactly the published verdicts, with their current sort and filter columns.
    const rows = () =>
      t.db.$queryRaw<{ slug: string; ratingId: string | null; publishedAt: Date }[]>`
        SELECT v.slug, s."ratingId", s."publishedAt" FROM "VerdictSearch" s JOIN "Verdict" v ON v.id = s."verdictId" ORDER BY v.slug`;
    const published = async () =>
      await t.db.verdict.findMany({
        where: { status: "PUBLISHED" },
        select: { slug: true, ratingId: true, publishedAt: true },
        orderBy: { slug: "asc" },
      });
    expect(await rows()).toEqual(await published());

    const draft = await t.db.verdict.findUniqueOrThrow({ where: { slug: "draft-wind" } });
    const falseRating = await t.db.rating.findFirstOrThrow({ where: { key: "false" } });
    const trueRating = await t.db.rating.findFirstOrThrow({ where: { key: "true" } });
    await t.db.verdict.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: new Date("2026-08-01T12:00:00Z"), ratingId: falseRating.id },
    });
    expect(await rows()).toEqual(await published());
    expect(await slugs({ q: "wind power" })).toEqual(["draft-wind"]);
    expect(await slugs({ rating: "false" })).toEqual(["draft-wind", "wind-in-claim"]);

    // A correction: new rating, new conclusion, new date.
    await t.db.verdict.update({
      where: { id: draft.id },
      data: { ratingId: trueRating.id, conclusion: "A zephyr costs nothing.", publishedAt: new Date("2026-08-02T12:00:00Z") },
    });
    expect(await rows()).toEqual(await published());
    expect(await slugs({ q: "zephyr", rating: "true" })).toEqual(["draft-wind"]);
    expect(await slugs({ rating: "false" })).toEqual(["wind-in-claim"]);
    expect(await slugs({})).toEqual(["draft-wind", "hospital-beds", "measles-cases", "wind-in-rationale", "wind-in-claim", "forged-marks"]);

    // Retracted: gone from search; deleted: gone too.
    await t.db.verdict.update({ where: { id: draft.id }, data: { status: "RETRACTED", retractedAt: new Date() } });
    expect(await rows()).toEqual(await published());
    expect(await slugs({ q: "zephyr" })).toEqual([]);
    await t.db.verdict.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    expect(await slugs({ q: "zephyr" })).toEqual(["draft-wind"]);
    await t.db.verdict.delete({ where: { id: draft.id } });
    expect(await rows()).toEqual(await published());
    expect(await slugs({ q: "zephyr" })).toEqual([]);
  });
});

describe("parseFilters", () => {
  it("keeps valid filters, normalises the source and reports bad values by parameter", () => {
    const { filters, problems } = parseFilters({
      q: "  wind  ",
      rating: "False!",
      topic: "energy",
      source: "https://www.Herald.example/path",
      from: "2026-13-01",
      to: "2026-05-01",
      page: "2",
    });
    expect(filters).toEqual({ q: "wind", topic: "energy", source: "herald.example", toExclusive: new Date("2026-05-02T00:00:00Z") });
    expect(problems.map((p) => p.param)).toEqual(["rating", "from"]);
  });

  it("rejects a date range that ends before it starts", () => {
    const { filters, problems } = parseFilters(new URLSearchParams("from=2026-05-01&to=2026-04-01"));
    expect(filters).toEqual({ from: new Date("2026-05-01T00:00:00Z") });
    expect(problems).toEqual([{ param: "to", message: "must not be before from" }]);
  });
});
