import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { contentHash } from "@/lib/articles/content-hash";
import { storeSuggestions } from "@/lib/articles/stored-suggestions";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { attachAppearance, createClaim } from "./create";
import { suggestClaims } from "./suggest";

const t = useFreshDatabase();
const { actingAs } = t;

const TEXT =
  "Iraqi officials maintained the deal reflects preexisting measures and their independent decision-making. " +
  "The minister said that exports rose by 12 per cent in 2025. Critics said exports rose by 12 per cent only on paper.";

let reviewer: CurrentUser;
let articleId: string;

beforeAll(async () => {
  reviewer = await t.db.user.create({
    data: { email: "r@example.test", name: "Rita", role: "REVIEWER" },
    select: { id: true, name: true, email: true, role: true },
  });
  const article = await t.db.article.create({
    data: { title: "Pact", text: TEXT, contentHash: contentHash(TEXT), publishedAt: new Date("2026-10-01T00:00:00Z") },
  });
  articleId = article.id;
});

const span = (exact: string, from = 0) => {
  const start = TEXT.indexOf(exact, from);
  return { start, end: start + exact.length };
};

describe("createClaim", () => {
  it("creates a claim from an article span with its claimant, score, appearance and audit", async () => {
    const quote = "the deal reflects preexisting measures and their independent decision-making";
    const result = await createClaim(
      { text: quote, claimant: "Iraqi officials", checkworthiness: "0.83", articleId, ...span(quote) },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { id: result.data.claimId },
      include: { claimant: true, appearances: true },
    });
    expect(claim).toMatchObject({ text: quote, checkworthiness: 0.83, status: "NEW", createdById: reviewer.id });
    expect(claim.claimDate?.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(claim.claimant).toMatchObject({ name: "Iraqi officials", slug: "iraqi-officials", kind: "ORGANIZATION" });
    expect(claim.appearances).toHaveLength(1);
    expect(claim.appearances[0]).toMatchObject({
      exact: quote,
      prefix: "Iraqi officials maintained ",
      suffix: ". The minister said that exports",
      anchorStatus: "ANCHORED",
    });
    const actions = (await t.db.auditEvent.findMany({ where: { actorId: reviewer.id }, select: { action: true } })).map(
      (event) => event.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["claim.create", "claimant.create", "appearance.create"]));
  });

  it("stores the new claim's meaning vector in the same transaction", async () => {
    const result = await createClaim({ text: "Valoria's wind farms supplied 61% of its electricity last winter." }, actingAs(reviewer));
    if (!result.ok) throw new Error(result.message);
    const [row] = await t.db.$queryRaw<{ meaning: Uint8Array | null }[]>`SELECT meaning FROM "Claim" WHERE id = ${result.data.claimId}`;
    expect(row!.meaning).toHaveLength(100);
  });

  it("reuses a claimant by name in any capitalisation, and gives a new namesake slug a suffix", async () => {
    await t.db.claimant.create({ data: { name: "Anna Berg", slug: "anna-berg" } });
    const reused = await createClaim({ text: "Exports rose by 12 per cent in 2025.", claimant: "ANNA BERG" }, actingAs(reviewer));
    expect(reused.ok).toBe(true);
    expect(await t.db.claimant.count({ where: { name: { equals: "anna berg", mode: "insensitive" } } })).toBe(1);

    await t.db.claimant.create({ data: { name: "Someone else", slug: "jon-ek" } });
    const fresh = await createClaim({ text: "Exports rose by 12 per cent in 2025.", claimant: "Jon Ek" }, actingAs(reviewer));
    if (!fresh.ok) throw new Error(fresh.message);
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: fresh.data.claimId }, include: { claimant: true } });
    expect(claim.claimant?.slug).toBe("jon-ek-2");
    expect(claim.checkworthiness).toBeNull();
  });

  it("finds a hand-typed quote in the article, and refuses one that is not there", async () => {
    const ok = await createClaim(
      { text: "Exports rose by 12 per cent in 2025.", articleId, quote: "exports rose by 12 per cent in 2025" },
      actingAs(reviewer),
    );
    if (!ok.ok) throw new Error(ok.message);
    const appearance = await t.db.appearance.findFirstOrThrow({ where: { claimId: ok.data.claimId } });
    expect(appearance.start).toBe(TEXT.indexOf("exports rose by 12 per cent in 2025"));

    const before = await t.db.claim.count();
    const missing = await createClaim(
      { text: "Exports rose by 13 per cent.", articleId, quote: "exports rose by 13 per cent" },
      actingAs(reviewer),
    );
    expect(missing).toMatchObject({ ok: false, status: 400, fieldErrors: { quote: [expect.stringMatching(/not in the article's text/)] } });
    const stale = await createClaim(
      { text: "Exports rose by 13 per cent.", articleId, start: 5, end: 9, quote: "something else" },
      actingAs(reviewer),
    );
    expect(stale).toMatchObject({ ok: false, fieldErrors: { quote: [expect.stringMatching(/changed since you selected/)] } });
    const outOfRange = await createClaim({ text: "Exports rose by 13 per cent.", articleId, start: 5, end: 99_999 }, actingAs(reviewer));
    expect(outOfRange).toMatchObject({ ok: false, fieldErrors: { quote: [expect.any(String)] } });
    expect(await t.db.claim.count()).toBe(before);
  });

  it("validates the claim text and is for staff only", async () => {
    expect(await createClaim({ text: "  " }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { text: ["Write the claim."] },
    });
    expect(await createClaim({ text: "A valid claim text here." }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
  });
});

describe("attachAppearance", () => {
  it("adds the article as another appearance of an existing claim, once", async () => {
    const claim = await t.db.claim.create({ data: { text: "Exports rose by 12 per cent in 2025." } });
    const second = span("exports rose by 12 per cent", TEXT.indexOf("Critics"));
    const result = await attachAppearance({ claimId: claim.id, articleId, ...second }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { claimId: claim.id } });
    const appearance = await t.db.appearance.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(appearance).toMatchObject({ start: second.start, prefix: expect.stringContaining("Critics said ") });

    expect(await attachAppearance({ claimId: claim.id, articleId, ...second }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await attachAppearance({ claimId: "nope", articleId, ...second }, actingAs(reviewer))).toMatchObject({ ok: false, status: 404 });
  });

  // Issue 16 item 3 (decision 025): the public page shows the appearances it was published with;
  // one found after publication is a repeat, listed at once ("Repeated since").
  it("records the article as a repeat when the claim's verdict is published, refreshing its page", async () => {
    const claim = await t.db.claim.create({ data: { text: "Exports rose by 12 per cent in 2025 (published)." } });
    const verdict = await t.db.verdict.create({
      data: {
        claimId: claim.id,
        slug: "exports-published",
        status: "PUBLISHED",
        publishedAt: new Date("2001-01-01"),
        authorId: reviewer.id,
      },
    });
    t.refreshed.length = 0;
    const result = await attachAppearance(
      { claimId: claim.id, articleId, ...span("exports rose by 12 per cent", TEXT.indexOf("Critics")) },
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await t.db.appearance.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ repeatedAt: expect.any(Date) });
    expect(t.refreshed.flat()).toContain(`verdict:${verdict.id}`);
  });
});

describe("stored suggestions over a claim quoted by hand", () => {
  it("are accepted into the claim made or attached there, so Today's claims does not offer them again", async () => {
    const other = await t.db.article.create({ data: { title: "Exports", text: TEXT, contentHash: contentHash(`${TEXT} exports`) } });
    const suggestions = suggestClaims(TEXT); // as the forms do: the suggester reads the text before the transaction opens
    await t.db.$transaction((tx) => storeSuggestions(tx, other.id, suggestions));
    const exports = "exports rose by 12 per cent in 2025";
    const at = span(exports);
    const open = () =>
      t.db.suggestion.findMany({ where: { articleId: other.id, start: { lt: at.end }, end: { gt: at.start } }, orderBy: { start: "asc" } });
    expect((await open()).map((row) => row.state)).toEqual(["OPEN"]);

    const created = await createClaim({ text: exports, articleId: other.id, ...at }, actingAs(reviewer));
    if (!created.ok) throw new Error(created.message);
    expect(await open()).toEqual([expect.objectContaining({ state: "ACCEPTED", claimId: created.data.claimId, decidedById: reviewer.id })]);

    const critics = "exports rose by 12 per cent only on paper";
    const later = span(critics);
    const attached = await attachAppearance({ claimId: created.data.claimId, articleId: other.id, ...later }, actingAs(reviewer));
    expect(attached).toMatchObject({ ok: true });
    const settled = await t.db.suggestion.findMany({ where: { articleId: other.id, start: { lt: later.end }, end: { gt: later.start } } });
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((row) => row.state === "ACCEPTED" && row.claimId === created.data.claimId)).toBe(true);
    const audited = await t.db.auditEvent.count({ where: { action: "suggestion.accept", entityId: { in: settled.map((row) => row.id) } } });
    expect(audited).toBe(settled.length);
  });
});
