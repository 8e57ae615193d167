import { beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { refreshClaimMeanings } from "./matching/refresh";
import { candidateQueries, findSimilarClaims } from "./similar";

const t = useFreshDatabase();
const ids: Record<string, string> = {};
const find = (text: string, options: { limit?: number; excludeClaimId?: string; onlyPublished?: boolean } = {}) =>
  findSimilarClaims(text, { ...options, client: t.db });

beforeAll(async () => {
  const author = await t.db.user.create({ data: { email: "similar@example.test", name: "Similar Tester", role: "REVIEWER" } });
  const claimant = await t.db.claimant.create({ data: { name: "Mayor Odile Brandt", slug: "odile-brandt" } });
  const make = async (key: string, text: string, extra: { status?: "NEW" | "PUBLISHED"; claimantId?: string } = {}) => {
    ids[key] = (await t.db.claim.create({ data: { text, ...extra } })).id;
  };
  await make("bridges", "The city of Varnholm built 14 new bridges between 2019 and 2023.", {
    status: "PUBLISHED",
    claimantId: claimant.id,
  });
  await make("bridgesLoose", "Varnholm built bridges.");
  await make("bridgesOther", "Tessaly built 14 new ferries between 2019 and 2023.");
  await make("unemployment", "Unemployment in Kestria fell to 3.2 percent last year, the lowest level on record.");
  await make("unemploymentDup", "Unemployment in Kestria fell to 3.2 percent last year, the lowest level on record.");
  await make("wages", "Average wages in Kestria rose faster than prices in 2024.");
  await make("unrelated", "The harbour festival attracted record crowds of tourists.");
  await make("wind", "Wind supplied more than half of Valoria's electricity in 2025.", { status: "PUBLISHED" });
  await make("gas", "Gas supplied 28% of Valoria's electricity in 2025.");
  await make("crime", "Crime rose 12% in Varnholm last year.");
  await make("vaccine", "The measles vaccine causes autism in children.");
  await t.db.verdict.create({
    data: {
      claimId: ids.bridges!,
      slug: "varnholm-bridges",
      ratingId: "rating_mostly_false",
      status: "PUBLISHED",
      authorId: author.id,
      publishedAt: new Date(),
    },
  });
});

describe("findSimilarClaims", () => {
  it("finds a near-duplicate written with other case, punctuation and wording", async () => {
    const results = await find("UNEMPLOYMENT in kestria falls to 3.2% -- lowest level ever recorded!!");
    expect(results.map((r) => r.id)).toContain(ids.unemployment);
    expect(results[0]!.text).toBe("Unemployment in Kestria fell to 3.2 percent last year, the lowest level on record.");
    expect(results[0]!.relation).toBe("same");
    expect(results[0]!.similarity).toBeLessThanOrEqual(1);
    expect(results.map((r) => r.id)).not.toContain(ids.unrelated);
  });

  it("ranks the closer claim first", async () => {
    const results = await find("Varnholm built 14 new bridges between 2019 and 2023");
    expect(results[0]!.id).toBe(ids.bridges);
    const rank = (key: string) => results.findIndex((r) => r.id === ids[key]);
    expect(rank("bridgesLoose")).toBeGreaterThan(0);
    expect(results[0]!.similarity).toBeGreaterThan(results[rank("bridgesLoose")]!.similarity);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.similarity).toBeGreaterThanOrEqual(results[i]!.similarity);
  });

  it("shows the verdict (slug, status, rating) and claimant of a checked claim", async () => {
    const [first] = await find("varnholm has built fourteen new bridges since 2019");
    expect(first).toMatchObject({
      id: ids.bridges,
      status: "PUBLISHED",
      claimant: { name: "Mayor Odile Brandt" },
      verdict: { slug: "varnholm-bridges", status: "PUBLISHED", rating: { label: "Mostly false", color: expect.stringMatching(/^#/) } },
    });
    const loose = (await find("Varnholm built bridges")).find((r) => r.id === ids.bridgesLoose);
    expect(loose).toMatchObject({ status: "NEW", claimant: null, verdict: null });
  });

  it("leaves out the claim being edited", async () => {
    const all = await find("Unemployment in Kestria fell to 3.2 percent last year");
    expect(all.map((r) => r.id)).toEqual(expect.arrayContaining([ids.unemployment, ids.unemploymentDup]));
    const others = await find("Unemployment in Kestria fell to 3.2 percent last year", { excludeClaimId: ids.unemployment });
    expect(others.map((r) => r.id)).toContain(ids.unemploymentDup);
    expect(others.map((r) => r.id)).not.toContain(ids.unemployment);
  });

  it("respects the limit", async () => {
    expect(await find("Kestria unemployment wages prices record", { limit: 1 })).toHaveLength(1);
  });

  it("returns nothing for empty text, punctuation only or stop words only", async () => {
    expect(await find("")).toEqual([]);
    expect(await find("   \n ")).toEqual([]);
    expect(await find("?!…")).toEqual([]);
    expect(await find("it is what it is")).toEqual([]);
  });

  it("takes quotes and backslashes in the text as words, not query syntax", async () => {
    await expect(find(`O'Brien's "bridges" \\ | & ! ( Varnholm`)).resolves.toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids.bridges })]),
    );
  });
});

describe("findSimilarClaims: same claim or only related", () => {
  const relationOf = async (text: string, key: string) => {
    const results = await find(text, { limit: 10 });
    const rank = results.findIndex((r) => r.id === ids[key]);
    return rank < 0 ? null : { relation: results[rank]!.relation, differences: results[rank]!.differences, rank };
  };

  it("finds a claim reworded in everyday words as likely the same claim, above a claim with another figure", async () => {
    const results = await find("wind now gives us half our electricity", { limit: 10 });
    expect(results[0]).toMatchObject({ id: ids.wind, relation: "same", differences: [] });
    const gas = results.find((r) => r.id === ids.gas);
    if (gas) expect(gas).toMatchObject({ relation: "related", differences: expect.arrayContaining(["figure"]) });
  });

  it("finds a claim quoted inside a longer sentence", async () => {
    const found = await relationOf(
      "At Tuesday's rally, to loud cheers, the minister repeated that crime rose 12% in Varnholm last year.",
      "crime",
    );
    expect(found).toMatchObject({ relation: "same", rank: 0 });
  });

  it("shows a negated claim or the opposite change at most as related", async () => {
    expect(await relationOf("The measles vaccine does not cause autism in children.", "vaccine")).toMatchObject({
      relation: "related",
      differences: ["negation"],
    });
    expect(await relationOf("Crime fell 12% in Varnholm last year.", "crime")).toMatchObject({
      relation: "related",
      differences: ["direction"],
    });
  });

  it("shows the same sentence about another figure, year or place at most as related", async () => {
    expect(await relationOf("Wind supplied more than half of Valoria's electricity in 2019.", "wind")).toMatchObject({
      relation: "related",
      differences: ["year"],
    });
    expect(await relationOf("Wind supplied more than half of Norway's electricity in 2025.", "wind")).toMatchObject({
      relation: "related",
      differences: ["place or name"],
    });
    expect(await relationOf("Crime rose 40% in Varnholm last year.", "crime")).toMatchObject({
      relation: "related",
      differences: ["figure"],
    });
  });

  it("does not offer a claim on another topic", async () => {
    const results = await find("The measles vaccine causes autism in children.");
    expect(results.map((r) => r.id)).not.toContain(ids.wind);
    expect(results.map((r) => r.id)).not.toContain(ids.unrelated);
  });

  it("only offers claims with a published verdict when asked to", async () => {
    const results = await find("Varnholm built bridges", { onlyPublished: true });
    expect(results.map((r) => r.id)).toEqual([ids.bridges]);
  });

  it("stores a meaning vector for claims created through the app and matches claims without one", async () => {
    const [row] = await t.db.$queryRaw<{ meaning: Uint8Array | null }[]>`SELECT meaning FROM "Claim" WHERE id = ${ids.wind}`;
    expect(row!.meaning).toBeNull(); // created directly, not through lib/claims/create.ts…
    await refreshClaimMeanings(t.db, [ids.wind!]);
    const [after] = await t.db.$queryRaw<{ meaning: Uint8Array | null }[]>`SELECT meaning FROM "Claim" WHERE id = ${ids.wind}`;
    expect(after!.meaning).toHaveLength(100);
    expect((await find("wind now gives us half our electricity"))[0]).toMatchObject({ id: ids.wind, relation: "same" });
  });
});

describe("candidateQueries", () => {
  const frequency = new Map([
    ["percent", 0.3],
    ["year", 0.25],
    ["rose", 0.1],
    ["unemploy", 0.05],
  ]);

  it("pairs the rare words with the others and leaves out clauses a pair already covers", () => {
    const { matching, ranking } = candidateQueries(["kestria", "percent", "rose", "unemploy", "year"], frequency);
    const clauses = matching.split(" | ");
    expect(clauses[0]).toBe("('kestria' & 'percent' & 'rose' & 'unemploy' & 'year')");
    expect(clauses).toEqual(expect.arrayContaining(["('kestria' & 'unemploy')", "('kestria' & 'percent')"]));
    // Two everyday words alone never make a candidate.
    expect(clauses).not.toContain("('unemploy' & 'rose')");
    expect(clauses).not.toContain("('unemploy' & 'rose' & 'percent')");
    // All but the rare word (a typo or a wrong number matches nothing).
    expect(clauses).toContain("('unemploy' & 'rose' & 'year' & 'percent')");
    expect(clauses).toHaveLength(1 + 4 + 1);
    expect(ranking.split(" | ")[0]).toBe("'kestria'");
  });

  it("uses all-but-one clauses, always with the rarest word, when no word is rare", () => {
    const { matching } = candidateQueries(["percent", "rose", "unemploy", "year"], frequency);
    expect(matching.split(" | ")).toEqual([
      "('percent' & 'rose' & 'unemploy' & 'year')",
      "('unemploy' & 'year' & 'percent')",
      "('unemploy' & 'rose' & 'percent')",
      "('unemploy' & 'rose' & 'year')",
    ]);
  });

  it("quotes lexemes so that quotes and backslashes are not tsquery syntax", () => {
    expect(candidateQueries(["o'brien", "a\\b"], new Map()).ranking).toBe("'o''brien' | 'a\\\\b'");
  });
});
