import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { suggestClaims } from "@/lib/claims/suggest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { contentHash } from "./content-hash";
import { ingestPastedArticle } from "./mutations";
import { settleSuggestionsAt } from "./stored-suggestions";
import { openSuggestions, rejectSuggestion } from "./suggestions";

const t = useFreshDatabase();
const { actingAs } = t;

const TEXT =
  "Mayor Lena Ostrova said that the city will build 1,200 social homes by 2028, more than in the previous decade.\n\n" +
  "The opposition leader, Piet Sander, claimed the housing budget had been cut by 15 per cent since 2024.";

let reviewer: CurrentUser;
let articleId: string;

beforeAll(async () => {
  reviewer = await t.db.user.create({
    data: { email: "s@example.test", name: "Sam", role: "REVIEWER" },
    select: { id: true, name: true, email: true, role: true },
  });
  articleId = (await t.db.article.create({ data: { title: "Housing", text: TEXT, contentHash: contentHash(TEXT) } })).id;
});

describe("open suggestions", () => {
  it("leaves out rejected suggestions and those over text that already holds a claim", async () => {
    const all = suggestClaims(TEXT);
    const homes = all.find((suggestion) => suggestion.text.includes("1,200 social homes"));
    const budget = all.find((suggestion) => suggestion.text.includes("cut by 15 per cent"));
    expect(homes && budget).toBeTruthy();
    expect(openSuggestions(TEXT, { rejections: [], appearances: [] })).toHaveLength(all.length);

    const rejected = await rejectSuggestion({ articleId, text: budget!.text, start: budget!.start, end: budget!.end }, actingAs(reviewer));
    expect(rejected.ok).toBe(true);
    // Rejecting twice is harmless.
    expect((await rejectSuggestion({ articleId, text: budget!.text, start: budget!.start, end: budget!.end }, actingAs(reviewer))).ok).toBe(
      true,
    );
    const rejections = await t.db.rejectedSuggestion.findMany({ where: { articleId } });
    expect(rejections).toHaveLength(1);
    expect(await t.db.auditEvent.count({ where: { action: "suggestion.reject", entityId: articleId, actorId: reviewer.id } })).toBe(2);

    const claimed = { start: homes!.start + 4, end: homes!.start + 20, anchorStatus: "ANCHORED" };
    const orphan = { ...claimed, anchorStatus: "ORPHANED" };
    expect(openSuggestions(TEXT, { rejections, appearances: [claimed] }).map((s) => s.text)).not.toContain(homes!.text);
    expect(openSuggestions(TEXT, { rejections, appearances: [orphan] }).map((s) => s.text)).toContain(homes!.text);
    expect(openSuggestions(TEXT, { rejections, appearances: [] }).map((s) => s.text)).not.toContain(budget!.text);
  });

  it("refuses a rejection for an article that does not exist, or from someone signed out", async () => {
    expect(await rejectSuggestion({ articleId: "missing", text: "x", start: 0, end: 1 }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await rejectSuggestion({ articleId, text: "x", start: 0, end: 1 }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
  });

  it("are stored when an article is saved, keep their ids, and a rejected one is dismissed", async () => {
    const saved = await ingestPastedArticle({ title: "Housing again", text: TEXT + "\n\nMore.", publisher: "Courier" }, actingAs(reviewer));
    if (!saved.ok) throw new Error(saved.message);
    const stored = await t.db.suggestion.findMany({ where: { articleId: saved.data.articleId }, orderBy: { start: "asc" } });
    const { text } = await t.db.article.findUniqueOrThrow({ where: { id: saved.data.articleId } });
    expect(stored.map((s) => [s.text, s.start, s.end])).toEqual(
      suggestClaims(text)
        .toSorted((a, b) => a.start - b.start)
        .map((s) => [s.text, s.start, s.end]),
    );
    expect(stored.every((s) => s.state === "OPEN" && s.groupKey.length === 32)).toBe(true);

    const budget = stored.find((s) => s.text.includes("cut by 15 per cent"))!;
    await rejectSuggestion(
      { articleId: saved.data.articleId, text: budget.text, start: budget.start, end: budget.end },
      actingAs(reviewer),
    );
    const after = await t.db.suggestion.findMany({ where: { articleId: saved.data.articleId }, orderBy: { start: "asc" } });
    expect(after.map((s) => s.id)).toEqual(stored.map((s) => s.id));
    expect(after.find((s) => s.id === budget.id)).toMatchObject({ state: "DISMISSED", decidedById: reviewer.id });
    const open = after.filter((s) => s.state === "OPEN");
    const shown = openSuggestions(TEXT, { rejections: [], appearances: [] }, open);
    expect(shown.map((s) => s.suggestionId).toSorted()).toEqual(open.map((s) => s.id).toSorted());
    expect(shown.map((s) => s.text)).not.toContain(budget.text);
  });

  it("keep their numbers: accepting or rejecting one never renumbers the others (stored and pasted alike)", async () => {
    const text = [
      "Finance Minister Lena Ortiz said the deficit fell to 2.1 percent last year.",
      "Unemployment fell to 4 percent in October, the statistics office said.",
      "The harbour handled 2 million containers in 2025, the port authority said.",
      "Exports rose 12 percent in 2024, according to the Kestria statistics office.",
    ].join("\n\n");
    const saved = await ingestPastedArticle({ title: "Numbers", text, publisher: "Courier" }, actingAs(reviewer));
    if (!saved.ok) throw new Error(saved.message);
    const id = saved.data.articleId;
    const reader = async () => {
      const article = await t.db.article.findUniqueOrThrow({
        where: { id },
        select: {
          text: true,
          rejections: { select: { text: true } },
          appearances: { select: { start: true, end: true, anchorStatus: true } },
          suggestions: { where: { state: "OPEN" }, orderBy: [{ rank: "asc" }, { start: "asc" }] },
        },
      });
      return openSuggestions(article.text, article, article.suggestions);
    };
    const before = await reader();
    expect(before.length).toBeGreaterThanOrEqual(4);
    // Numbered as the suggester ranked them, best first.
    expect(before.map((s) => s.number)).toEqual(before.map((_, i) => i + 1));
    const numberOf = new Map(before.map((s) => [s.suggestionId, s.number]));

    // Reject the first, accept the third (a claim quoting its words settles it).
    await rejectSuggestion({ articleId: id, text: before[0]!.text, start: before[0]!.start, end: before[0]!.end }, actingAs(reviewer));
    const third = before[2]!;
    await t.db.$transaction(async (tx) => {
      const claim = await tx.claim.create({ data: { text: third.text } });
      await settleSuggestionsAt(tx, { articleId: id, start: third.start, end: third.end }, claim.id, reviewer);
    });
    const after = await reader();
    expect(after.map((s) => s.suggestionId)).toEqual(before.filter((_, i) => i !== 0 && i !== 2).map((s) => s.suggestionId));
    for (const suggestion of after) expect(suggestion.number).toBe(numberOf.get(suggestion.suggestionId));

    // An article without stored suggestions (saved before they were stored): numbered in the
    // suggester's order, and a rejection leaves the others' numbers as they were.
    const pasted = openSuggestions(text, { rejections: [], appearances: [] }, null);
    const rejectedOne = pasted[1]!;
    const later = openSuggestions(text, { rejections: [{ text: rejectedOne.text }], appearances: [] }, null);
    expect(later.map((s) => [s.text, s.number])).toEqual(pasted.filter((s) => s !== rejectedOne).map((s) => [s.text, s.number]));
  });
});
