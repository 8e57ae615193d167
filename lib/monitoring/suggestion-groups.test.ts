import { beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "@/lib/articles/content-hash";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";

/**
 * The per-group figures the database keeps for Today's claims (SuggestionGroup,
 * SuggestionGroupOutlet; triggers in migration 20261208061000_suggestion_groups) always equal
 * what counting the open suggestions gives, whatever writes the suggestions and articles get.
 */
const t = useFreshDatabase();
let herald: string;
let ledger: string;

beforeAll(async () => {
  herald = (await t.db.source.create({ data: { domain: "herald.example", name: "The Herald" } })).id;
  ledger = (await t.db.source.create({ data: { domain: "ledger.example", name: "The Ledger" } })).id;
});

let n = 0;
async function article(publisherId: string | null) {
  const text = `Article ${++n}. The minister said the port moved 12,000 containers last year.`;
  return t.db.article.create({
    data: { title: `Story ${n}`, text, contentHash: contentHash(text), publisherId, url: `https://news.example/${n}` },
  });
}

const at = (hour: number) => new Date(Date.UTC(2026, 11, 7, hour));
const member = (articleId: string, groupKey: string, score: number, hour: number, start = 0) => ({
  articleId,
  text: "the port moved 12,000 containers",
  score,
  start,
  end: start + 10,
  sentenceStart: 0,
  sentenceEnd: 40,
  groupKey,
  createdAt: at(hour),
});

type Figures = { groupKey: string; openCount: number; maxScore: number; maxCreatedAt: Date; minCreatedAt: Date; outlets: number };

/** The kept figures, and the same counted from the suggestions. */
async function figures(): Promise<{ kept: Figures[]; counted: Figures[] }> {
  const kept = await t.db.$queryRaw<Figures[]>`
    SELECT g."groupKey", g."openCount", g."maxScore", g."maxCreatedAt", g."minCreatedAt",
      (SELECT count(*)::int FROM "SuggestionGroupOutlet" o WHERE o."groupKey" = g."groupKey") AS outlets
    FROM "SuggestionGroup" g ORDER BY g."groupKey"`;
  const counted = await t.db.$queryRaw<Figures[]>`
    SELECT s."groupKey", count(*)::int AS "openCount", max(s.score) AS "maxScore", max(s."createdAt") AS "maxCreatedAt",
      min(s."createdAt") AS "minCreatedAt", count(DISTINCT coalesce(a."publisherId", a.id))::int AS outlets
    FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s.state = 'OPEN' GROUP BY s."groupKey" ORDER BY s."groupKey"`;
  const outletRows = await t.db.$queryRaw<
    { bad: number }[]
  >`SELECT count(*)::int AS bad FROM "SuggestionGroupOutlet" WHERE "openCount" <= 0`;
  expect(outletRows[0]!.bad).toBe(0);
  return { kept, counted };
}

async function expectConsistent() {
  const { kept, counted } = await figures();
  expect(kept).toEqual(counted);
  return kept;
}

describe("kept group figures", () => {
  it("follow inserts, decisions, changed scores, deleted articles and a publisher change", async () => {
    const a1 = await article(herald);
    const a2 = await article(ledger);
    const a3 = await article(null);
    // Intake inserts an article's suggestions in one statement.
    await t.db.suggestion.createMany({
      data: [member(a1.id, "g1", 0.9, 8), member(a1.id, "g2", 0.4, 8, 20)],
    });
    await t.db.suggestion.createMany({ data: [member(a2.id, "g1", 0.6, 10), member(a3.id, "g1", 0.95, 6)] });
    expect(await expectConsistent()).toEqual([
      { groupKey: "g1", openCount: 3, maxScore: 0.95, maxCreatedAt: at(10), minCreatedAt: at(6), outlets: 3 },
      { groupKey: "g2", openCount: 1, maxScore: 0.4, maxCreatedAt: at(8), minCreatedAt: at(8), outlets: 1 },
    ]);

    // A decision takes the best member out of the open ones.
    const best = await t.db.suggestion.findFirstOrThrow({ where: { articleId: a3.id } });
    await t.db.suggestion.update({ where: { id: best.id }, data: { state: "DISMISSED", version: { increment: 1 } } });
    expect((await expectConsistent())[0]).toMatchObject({ openCount: 2, maxScore: 0.9, minCreatedAt: at(8), outlets: 2 });

    // Re-ingested text: a new score and another group; the repeat check's writes change nothing kept.
    const moved = await t.db.suggestion.findFirstOrThrow({ where: { articleId: a2.id } });
    await t.db.suggestion.update({ where: { id: moved.id }, data: { score: 0.99, groupKey: "g2" } });
    await t.db.suggestion.updateMany({ data: { repeatCheckedAt: new Date() } });
    await expectConsistent();

    // The ledger's article now counts as the herald's (a merge moves articles).
    await t.db.article.update({ where: { id: a2.id }, data: { publisherId: herald } });
    await t.db.suggestion.createMany({ data: [member(a2.id, "g1", 0.1, 12, 40)] });
    expect((await expectConsistent())[0]).toMatchObject({ groupKey: "g1", openCount: 2, outlets: 1 });

    // Deleting an article deletes its suggestions; a group with no open member left is gone.
    await t.db.article.delete({ where: { id: a1.id } });
    await t.db.article.delete({ where: { id: a2.id } });
    expect(await expectConsistent()).toEqual([]);
    await t.db.suggestion.deleteMany();
    expect(await expectConsistent()).toEqual([]);
  });
});
