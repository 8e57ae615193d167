import { beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { parseFilters } from "./filters";
import { resolveNamedFilters, suggestClaimants, suggestSources } from "./named-filters";
import { searchVerdicts } from "./search";
import { closestWord, suggestSpelling } from "./spelling";

const t = useFreshDatabase();

let n = 0;
async function verdict(claim: string, options: { claimantId?: string; publisherId?: string; status?: "PUBLISHED" | "DRAFT" } = {}) {
  const created = await t.db.claim.create({ data: { text: claim, claimantId: options.claimantId ?? null, status: "PUBLISHED" } });
  if (options.publisherId) {
    const article = await t.db.article.create({
      data: { title: `Article ${++n}`, text: claim, contentHash: `h${n}`, publisherId: options.publisherId },
    });
    await t.db.appearance.create({
      data: { claimId: created.id, articleId: article.id, exact: claim, prefix: "", suffix: "", start: 0, end: claim.length },
    });
  }
  const status = options.status ?? "PUBLISHED";
  return t.db.verdict.create({
    data: {
      claimId: created.id,
      slug: `v-${++n}`,
      conclusion: "Our conclusion.",
      rationale: "",
      status,
      authorId: "author",
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
  });
}

const words = async () => new Map((await t.db.searchWord.findMany()).map((row) => [row.word, row.documents]));

beforeAll(async () => {
  await t.db.user.create({ data: { id: "author", email: "author@example.test", name: "Author" } });
  await t.db.claimant.createMany({
    data: [
      { id: "piet", name: "Piet Haldane", slug: "piet-haldane" },
      { id: "nso", name: "National Statistics Office", slug: "national-statistics-office", kind: "ORGANIZATION" },
      { id: "hidden", name: "Piet Hallström", slug: "piet-hallstrom" },
    ],
  });
  await t.db.source.createMany({
    data: [
      { id: "herald", domain: "herald.example", name: "The Northharbour Herald" },
      { id: "wire", domain: "wire.example", name: "Valoria Wire" },
    ],
  });
  await verdict("Wind supplied more than half of Valoria's electricity in 2025.", { claimantId: "piet", publisherId: "herald" });
  await verdict("Measles cases fell by four fifths after the school vaccination drive.", { claimantId: "nso", publisherId: "wire" });
  await verdict("Electricity prices doubled last winter.", { claimantId: "piet", publisherId: "wire" });
  // Known to the desk only: not public, so neither searchable nor suggested.
  await verdict("Hydrogen trains will replace diesel by 2030.", { claimantId: "hidden", status: "DRAFT" });
});

describe("the search vocabulary", () => {
  it("holds each word of published verdicts once per verdict, and none of drafts", async () => {
    const vocabulary = await words();
    expect(vocabulary.get("electricity")).toBe(2);
    expect(vocabulary.get("measles")).toBe(1);
    expect(vocabulary.has("hydrogen")).toBe(false);
    // No numbers, no one- or two-letter words.
    expect(vocabulary.has("2025")).toBe(false);
    expect(vocabulary.has("by")).toBe(false);
  });

  it("follows publication, correction and retraction", async () => {
    const published = await verdict("Tidal turbines power every lighthouse.");
    expect((await words()).get("lighthouse")).toBe(1);
    const claim = await t.db.claim.findFirstOrThrow({ where: { verdicts: { some: { id: published.id } } } });
    await t.db.claim.update({ where: { id: claim.id }, data: { text: "Tidal turbines power every harbour crane." } });
    let vocabulary = await words();
    expect(vocabulary.has("lighthouse")).toBe(false);
    expect(vocabulary.get("crane")).toBe(1);
    expect(vocabulary.get("turbines")).toBe(1);
    await t.db.verdict.update({
      where: { id: published.id },
      data: { status: "RETRACTED", retractedAt: new Date(), retractionReason: "Test." },
    });
    vocabulary = await words();
    expect(vocabulary.has("crane")).toBe(false);
    expect(vocabulary.has("turbines")).toBe(false);
    expect(await t.db.verdictSearchWords.count({ where: { verdictId: published.id } })).toBe(0);
  });
});

describe("did you mean", () => {
  it("corrects misspelt words to words of the published verdicts, keeping the rest of the query", async () => {
    expect(await suggestSpelling(t.db, "electricty")).toBe("electricity");
    expect(await suggestSpelling(t.db, "measels")).toBe("measles");
    expect(await suggestSpelling(t.db, "Measels cases -wind")).toBe("measles cases -wind");
    expect(await suggestSpelling(t.db, `"wind suplied" or electricty`)).toBe(`"wind supplied" or electricity`);
    // The corrected words find the verdicts.
    const { hits } = await searchVerdicts(t.db, { q: (await suggestSpelling(t.db, "electricty"))! }, { limit: 10 });
    expect(hits).toHaveLength(2);
  });

  it("suggests nothing for known words, far-off words, or words of drafts only", async () => {
    expect(await suggestSpelling(t.db, "electricity prices")).toBeNull();
    expect(await suggestSpelling(t.db, "zebraquagga")).toBeNull();
    expect(await suggestSpelling(t.db, "hydrogen")).toBeNull();
    expect(closestWord("wnid", [{ word: "wind", documents: 1 }])).toBeNull(); // two edits in four letters
    // Fewest edits first, then the word more verdicts hold.
    expect(
      closestWord("electricty", [
        { word: "electric", documents: 50 },
        { word: "electricity", documents: 1 },
      ]),
    ).toBe("electricity");
    expect(
      closestWord("priecs", [
        { word: "prices", documents: 1 },
        { word: "price", documents: 9 },
      ]),
    ).toBe("price");
  });
});

describe("claimant and source filters by name", () => {
  const resolve = async (params: Record<string, string>) => {
    const named = await resolveNamedFilters(t.db, params);
    return { ...named, filters: parseFilters(named.params).filters };
  };

  it("take a name, with or without a leading “the” or a title, as well as the slug or domain", async () => {
    for (const claimant of ["Piet Haldane", "piet haldane", "Energy Minister Piet Haldane", "piet-haldane"]) {
      expect((await resolve({ claimant })).filters.claimant, claimant).toBe("piet-haldane");
    }
    expect((await resolve({ claimant: "the National Statistics Office" })).filters.claimant).toBe("national-statistics-office");
    for (const source of ["Northharbour Herald", "the northharbour herald", "herald.example", "https://www.herald.example/news"]) {
      expect((await resolve({ source })).filters.source, source).toBe("herald.example");
    }
    const { hits } = await searchVerdicts(
      t.db,
      (await resolve({ q: "electricity", claimant: "Piet Haldane", source: "Valoria Wire" })).filters,
      { limit: 10 },
    );
    expect(hits.map((hit) => hit.claimText)).toEqual(["Electricity prices doubled last winter."]);
  });

  it("leave out a name that matches nothing public, keep the other filters, and suggest the closest names", async () => {
    const { filters, problems } = await resolve({ q: "electricity", claimant: "Piet Haldne", source: "herald.example" });
    expect(filters).toEqual({ q: "electricity", source: "herald.example" });
    expect(problems).toEqual([
      { param: "claimant", message: expect.stringContaining("“Piet Haldne” matches no claimant"), suggestions: ["Piet Haldane"] },
    ]);
    // A claimant with no published verdict is not public: neither found nor suggested.
    const hidden = await resolve({ claimant: "Piet Hallström" });
    expect(hidden.filters.claimant).toBeUndefined();
    expect(hidden.problems[0]!.suggestions).not.toContain("Piet Hallström");
    expect((await resolve({ source: "Northharbour Heral" })).problems[0]!.suggestions).toEqual(["The Northharbour Herald"]);
  });

  it("offer public names as one types", async () => {
    expect(await suggestClaimants(t.db, "piet", 8)).toEqual(["Piet Haldane"]);
    expect(await suggestClaimants(t.db, "statistics", 8)).toEqual(["National Statistics Office"]);
    expect(await suggestSources(t.db, "herald", 8)).toEqual(["The Northharbour Herald"]);
    expect(await suggestSources(t.db, "wire.ex", 8)).toEqual(["Valoria Wire"]);
    expect(await suggestClaimants(t.db, "50%_", 8)).toEqual([]);
  });
});
