import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { contentHash } from "@/lib/articles/content-hash";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { getPublicVerdictBySlug } from "@/lib/verdicts/queries";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { acceptSuggestions, dismissSuggestions, recordRepeat } from "./suggestion-decisions";
import { listTodaysClaims, parseTodayFilters, type TodayFilters } from "./today";

const t = useFreshDatabase();
const { actingAs, makeStaff, refreshed } = t;

let reviewer: CurrentUser;
let reviewer2: CurrentUser;
let herald: string;
let ledger: string;
let gazette: string;
const NOW = new Date("2026-12-07T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);

const filters = (overrides: Partial<TodayFilters> = {}): TodayFilters => ({ ...parseTodayFilters({}), ...overrides });
const list = (overrides: Partial<TodayFilters> = {}) => listTodaysClaims(filters(overrides), t.db, NOW);

/**
 * An article of `publisherId` ingested `hours` ago holding `claim` in a sentence, and its stored
 * suggestion (the worker's job in the app; written directly here).
 */
async function suggestion(options: {
  publisherId: string | null;
  claim: string;
  score: number;
  groupKey?: string;
  claimant?: string | null;
  hours?: number;
  repeatOfClaimId?: string;
}) {
  const tag = randomBytes(3).toString("hex");
  const before = `Ref ${tag}. In a speech on Monday, the minister said that `;
  const after = ", a figure the opposition disputes.";
  const text = `${before}${options.claim}${after} Other news followed.`;
  const createdAt = hoursAgo(options.hours ?? 1);
  const article = await t.db.article.create({
    data: {
      title: `Story ${tag}`,
      text,
      contentHash: contentHash(text),
      publisherId: options.publisherId,
      url: `https://news.example/${tag}`,
      createdAt,
    },
  });
  const start = before.length;
  return t.db.suggestion.create({
    data: {
      articleId: article.id,
      text: options.claim,
      claimant: options.claimant === undefined ? "Minister Ana Ruiz" : options.claimant,
      score: options.score,
      start,
      end: start + options.claim.length,
      sentenceStart: `Ref ${tag}. `.length,
      sentenceEnd: (before + options.claim + after).length,
      groupKey: options.groupKey ?? `group-${tag}`,
      repeatOfClaimId: options.repeatOfClaimId ?? null,
      repeatScore: options.repeatOfClaimId ? 0.91 : null,
      createdAt,
    },
  });
}

const item = (s: { id: string; version: number }) => `${s.id}:${s.version}`;

beforeAll(async () => {
  // The public verdict page's query reads through the app's own client (created on first use).
  process.env.DATABASE_URL = t.url;
  reviewer = await makeStaff("REVIEWER", { name: "Rita Reviewer" });
  reviewer2 = await makeStaff("REVIEWER", { name: "Sam Second" });
  herald = (await t.db.source.create({ data: { domain: "herald.example", name: "The Herald" } })).id;
  ledger = (await t.db.source.create({ data: { domain: "ledger.example", name: "The Ledger" } })).id;
  gazette = (await t.db.source.create({ data: { domain: "gazette.example", name: "The Gazette" } })).id;
});

beforeEach(async () => {
  await t.db.suggestion.deleteMany();
});

describe("Today's claims", () => {
  it("lists open suggestions of the chosen period, best score first, with the sentence around the claim", async () => {
    const low = await suggestion({ publisherId: herald, claim: "bus fares rose by 4 per cent", score: 0.41 });
    const high = await suggestion({
      publisherId: ledger,
      claim: "unemployment fell to 3.1 per cent in October",
      score: 0.93,
      claimant: null,
    });
    const mid = await suggestion({ publisherId: gazette, claim: "the deficit doubled in two years", score: 0.7, hours: 20 });
    await suggestion({ publisherId: herald, claim: "an old claim from two days ago", score: 0.99, hours: 30 });
    const decided = await suggestion({ publisherId: herald, claim: "a claim already dismissed", score: 0.98 });
    await t.db.suggestion.update({ where: { id: decided.id }, data: { state: "DISMISSED" } });

    const result = await list();
    expect(result.items.map((row) => row.members[0]!.id)).toEqual([high.id, mid.id, low.id]);
    expect(result).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    const first = result.items[0]!;
    expect(first).toMatchObject({ count: 1, outlets: 1, repeatOf: null });
    expect(first.members[0]).toMatchObject({
      claimant: null,
      score: 0.93,
      article: { publisher: { name: "The Ledger" } },
      context: {
        before: "In a speech on Monday, the minister said that ",
        claim: "unemployment fell to 3.1 per cent in October",
        after: ", a figure the opposition disputes.",
      },
    });

    // Since a chosen time: 36 hours back takes in the older one, ranked first.
    const wider = await list({ since: hoursAgo(36) });
    expect(wider.items.map((row) => row.members[0]!.text)[0]).toBe("an old claim from two days ago");
    expect(wider.total).toBe(4);
  });

  it("filters by source, claimant (part of the name) and minimum score; the query parameters read as typed", async () => {
    await suggestion({ publisherId: herald, claim: "rents rose by 12 per cent last year", score: 0.8, claimant: "Mayor Lena Ostrova" });
    await suggestion({ publisherId: ledger, claim: "crime fell by a fifth since 2020", score: 0.6, claimant: "Police chief Ivo Brandt" });
    await suggestion({ publisherId: ledger, claim: "tram ridership rose by 9 per cent", score: 0.3, claimant: "100%_odd name" });

    expect((await list({ source: ledger })).items.map((row) => row.members[0]!.text)).toEqual([
      "crime fell by a fifth since 2020",
      "tram ridership rose by 9 per cent",
    ]);
    expect((await list({ claimant: "ostrova" })).items.map((row) => row.members[0]!.claimant)).toEqual(["Mayor Lena Ostrova"]);
    // LIKE's wildcards are taken literally.
    expect((await list({ claimant: "%_" })).items.map((row) => row.members[0]!.claimant)).toEqual(["100%_odd name"]);
    expect((await list({ minScore: 0.6 })).total).toBe(2);

    const parsed = parseTodayFilters({ minScore: "60", since: "2026-12-06T08:30", source: ledger, claimant: " Brandt ", page: "2" });
    expect(parsed).toEqual({ minScore: 0.6, since: new Date("2026-12-06T08:30:00Z"), source: ledger, claimant: "Brandt", page: 2 });
    expect(parseTodayFilters({ minScore: "abc", since: "yesterday" })).toMatchObject({ minScore: null, since: null, page: 1 });
  });

  it("folds near-identical suggestions (one groupKey) into one row ranked by its best score, counting outlets", async () => {
    const claim = "the new bridge will cost 80 million crowns";
    const a = await suggestion({ publisherId: herald, claim, score: 0.62, groupKey: "bridge" });
    const b = await suggestion({ publisherId: ledger, claim, score: 0.88, groupKey: "bridge" });
    const c = await suggestion({ publisherId: gazette, claim, score: 0.5, groupKey: "bridge" });
    const d = await suggestion({ publisherId: gazette, claim, score: 0.55, groupKey: "bridge" });
    await suggestion({ publisherId: herald, claim: "schools will get 200 new teachers", score: 0.7 });

    const result = await list();
    expect(result.total).toBe(2);
    const [row] = result.items;
    expect(row!.members.map((member) => member.id)).toEqual([b.id, a.id, d.id, c.id]);
    expect(row).toMatchObject({ count: 4, outlets: 3 });
    // A filter applies to the members too.
    expect((await list({ source: gazette })).items[0]).toMatchObject({ count: 2, outlets: 1 });
  });

  it("counts a group whose open suggestions straddle the period's start by its members in the period only", async () => {
    // Ranked by the members of the last 24 hours: the older, better-scored one does not lift it.
    await suggestion({ publisherId: herald, claim: "the port moved 12,000 containers", score: 0.99, groupKey: "straddle", hours: 30 });
    const recent = await suggestion({
      publisherId: ledger,
      claim: "the port moved 12,000 containers",
      score: 0.5,
      groupKey: "straddle",
      hours: 2,
    });
    const other = await suggestion({ publisherId: gazette, claim: "bus fares rose by 4 per cent", score: 0.7, hours: 3 });

    const result = await list();
    expect(result.total).toBe(2);
    expect(result.items.map((row) => row.members[0]!.id)).toEqual([other.id, recent.id]);
    expect(result.items[1]).toMatchObject({ count: 1, outlets: 1 });
    expect(result.items[1]!.members.map((member) => member.id)).toEqual([recent.id]);

    // From 36 hours back the whole group is in the period, read from the kept figures.
    const wider = await list({ since: hoursAgo(36) });
    expect(wider.items[0]).toMatchObject({ groupKey: "straddle", count: 2, outlets: 2 });
  });

  it("pages through rows 25 at a time, a page past the end showing the last", async () => {
    for (let i = 0; i < 27; i++) await suggestion({ publisherId: herald, claim: `claim number ${i} of the budget debate`, score: i / 100 });
    const first = await list();
    expect(first).toMatchObject({ total: 27, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(25);
    const last = await list({ page: 9 });
    expect(last).toMatchObject({ page: 2, pageCount: 2, total: 27 });
    expect(last.items.map((row) => row.members[0]!.text)).toEqual([
      "claim number 1 of the budget debate",
      "claim number 0 of the budget debate",
    ]);
  });
});

describe("deciding on a row", () => {
  it("accepts a row into the queue: one claim with the suggested text, claimant and score, an appearance in each article, audited", async () => {
    const claim = "the harbour toll will rise by a third next year";
    const best = await suggestion({ publisherId: herald, claim, score: 0.9, groupKey: "toll" });
    const other = await suggestion({ publisherId: ledger, claim, score: 0.7, groupKey: "toll" });
    const result = await acceptSuggestions({ suggestions: [item(best), item(other)] }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { accepted: 2 } });
    if (!result.ok) return;
    const created = await t.db.claim.findUniqueOrThrow({
      where: { id: result.data.claimId },
      include: { claimant: true, appearances: { orderBy: { createdAt: "asc" } } },
    });
    expect(created).toMatchObject({
      text: claim,
      checkworthiness: 0.9,
      status: "NEW",
      createdById: reviewer.id,
      claimant: { name: "Minister Ana Ruiz" },
    });
    expect(created.appearances.map((appearance) => [appearance.articleId, appearance.exact, appearance.repeatedAt])).toEqual([
      [best.articleId, claim, null],
      [other.articleId, claim, null],
    ]);
    const stored = await t.db.suggestion.findMany({ where: { id: { in: [best.id, other.id] } } });
    for (const s of stored) expect(s).toMatchObject({ state: "ACCEPTED", claimId: created.id, decidedById: reviewer.id, version: 2 });
    const actions = await t.db.auditEvent.findMany({ where: { actorId: reviewer.id }, select: { action: true } });
    expect(actions.map((event) => event.action).sort()).toEqual(
      ["appearance.create", "appearance.create", "claim.create", "claimant.create", "suggestion.accept", "suggestion.accept"].sort(),
    );
    // Gone from the list.
    expect((await list()).total).toBe(0);
  });

  it("refuses a row someone decided meanwhile, saying who and what, and changes nothing", async () => {
    const s = await suggestion({ publisherId: herald, claim: "water prices will double by 2030", score: 0.8 });
    expect(await dismissSuggestions({ suggestions: [item(s)] }, actingAs(reviewer2))).toMatchObject({ ok: true, data: { dismissed: 1 } });
    const claims = await t.db.claim.count();
    const late = await acceptSuggestions({ suggestions: [item(s)] }, actingAs(reviewer));
    expect(late).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringMatching(/^Someone else decided this meanwhile: it was dismissed by Sam Second at /),
    });
    expect(await t.db.claim.count()).toBe(claims);
    // Two reviewers at the same moment: one wins, the other is told.
    const both = await suggestion({ publisherId: herald, claim: "the airport will close for two months", score: 0.8 });
    const outcomes = await Promise.all([
      acceptSuggestions({ suggestions: [item(both)] }, actingAs(reviewer)),
      dismissSuggestions({ suggestions: [item(both)] }, actingAs(reviewer2)),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({ status: 409 });
    // A stale version and a signed-out caller are refused too.
    const fresh = await suggestion({ publisherId: herald, claim: "ferry tickets will cost less from May", score: 0.8 });
    expect(await dismissSuggestions({ suggestions: [`${fresh.id}:7`] }, actingAs(reviewer))).toMatchObject({ ok: false, status: 409 });
    expect(await dismissSuggestions({ suggestions: [item(fresh)] }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await dismissSuggestions({ suggestions: [] }, actingAs(reviewer))).toMatchObject({ ok: false, status: 400 });
  });

  it("flags a likely repeat with the checked claim's published verdict, and records it as a repeat listed on the public page", async () => {
    const checked = await t.db.claim.create({ data: { text: "Wind supplied half of Valoria's electricity in 2025", status: "PUBLISHED" } });
    const original = await t.db.article.create({
      data: { title: "Original", text: "Earlier: wind supplied half of the power.", contentHash: "x", publisherId: gazette },
    });
    await t.db.appearance.create({
      data: {
        claimId: checked.id,
        articleId: original.id,
        exact: "wind supplied half",
        prefix: "Earlier: ",
        suffix: " of the power.",
        start: 9,
        end: 27,
      },
    });
    const verdict = await t.db.verdict.create({
      data: {
        claimId: checked.id,
        slug: `wind-${randomBytes(3).toString("hex")}`,
        ratingId: "rating_false",
        status: "PUBLISHED",
        publishedAt: new Date("2026-11-03T10:00:00Z"),
        authorId: reviewer2.id,
      },
    });
    const claim = "wind supplied half of the country's electricity last year";
    const flagged = await suggestion({ publisherId: herald, claim, score: 0.6, groupKey: "wind", repeatOfClaimId: checked.id });
    const same = await suggestion({ publisherId: ledger, claim, score: 0.5, groupKey: "wind" });

    const [row] = (await list()).items;
    expect(row!.repeatOf).toMatchObject({
      claimId: checked.id,
      slug: verdict.slug,
      ratingLabel: "False",
      publishedAt: new Date("2026-11-03T10:00:00Z"),
    });

    const result = await recordRepeat({ suggestions: [item(flagged), item(same)] }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { claimId: checked.id, recorded: 2 } });
    expect(refreshed).toContainEqual([publicTags.verdict(verdict.id)]);
    const repeats = await t.db.appearance.findMany({
      where: { claimId: checked.id, repeatedAt: { not: null } },
      orderBy: { createdAt: "asc" },
    });
    expect(repeats.map((appearance) => appearance.articleId)).toEqual([flagged.articleId, same.articleId]);
    expect(await t.db.suggestion.findUniqueOrThrow({ where: { id: flagged.id } })).toMatchObject({
      state: "RECORDED_AS_REPEAT",
      claimId: checked.id,
    });
    expect(await t.db.auditEvent.count({ where: { action: "suggestion.record_repeat", actorId: reviewer.id } })).toBe(2);

    // The public page: the appearance it was published with under "where it appeared", the repeats apart.
    const page = await getPublicVerdictBySlug(verdict.slug);
    expect(page?.claim.appearances.map((appearance) => appearance.exact)).toEqual(["wind supplied half"]);
    expect(page?.repeatedSince.map((appearance) => appearance.article.publisher?.name)).toEqual(["The Herald", "The Ledger"]);
  });

  it("refuses to record a repeat of a claim whose verdict is no longer published, or a row not flagged", async () => {
    const checked = await t.db.claim.create({ data: { text: "Retracted claim about ferries and their fares", status: "PUBLISHED" } });
    await t.db.verdict.create({
      data: {
        claimId: checked.id,
        slug: `ferry-${randomBytes(3).toString("hex")}`,
        status: "RETRACTED",
        publishedAt: hoursAgo(100),
        authorId: reviewer2.id,
      },
    });
    const flagged = await suggestion({
      publisherId: herald,
      claim: "ferry fares tripled in a year",
      score: 0.6,
      repeatOfClaimId: checked.id,
    });
    expect((await list()).items[0]!.repeatOf).toBeNull();
    expect(await recordRepeat({ suggestions: [item(flagged)] }, actingAs(reviewer))).toMatchObject({ ok: false, status: 409 });
    const plain = await suggestion({ publisherId: herald, claim: "ferry fares fell in a year", score: 0.6 });
    expect(await recordRepeat({ suggestions: [item(plain)] }, actingAs(reviewer))).toMatchObject({ ok: false, status: 400 });
    expect(await t.db.appearance.count({ where: { repeatedAt: { not: null }, claimId: checked.id } })).toBe(0);
  });
});
