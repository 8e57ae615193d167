import { beforeEach, describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { autosaveVerdictDraft, approveVerdict, saveVerdictDraft, sendBackVerdict, startVerdict, submitVerdict } from "./drafts";
import { retractVerdict } from "./retraction";
import {
  approveRevision,
  autosaveRevision,
  discardRevision,
  revisionKind,
  saveRevisionDraft,
  sendBackRevision,
  startRevision,
  submitRevision,
} from "./revisions";
import { slugFromClaim } from "./slug";

const t = useFreshDatabase();
const { actingAs, makeStaff, refreshed } = t;
let n = 0;

let author: CurrentUser;
let approver: CurrentUser;
let moderator: CurrentUser;
let claimId: string;

const complete = {
  ratingId: "rating_false",
  conclusion: "The ministry's own figures show 12%, not 20%.",
  rationale: "The [annual report](https://example.org/report) says 12%.",
};

beforeEach(async () => {
  author = await makeStaff("REVIEWER");
  approver = await makeStaff("REVIEWER");
  moderator = await makeStaff("MODERATOR");
  claimId = (await t.db.claim.create({ data: { text: `Unemployment rose by 20% last year (${++n})` } })).id;
});

const verdictOf = (id: string) => t.db.verdict.findUniqueOrThrow({ where: { id } });
const auditCount = (entityId: string, action?: string) => t.db.auditEvent.count({ where: { entityId, ...(action ? { action } : {}) } });

/** A verdict of the test's claim, carried to `status` through the real workflow. */
async function verdictIn(status: "DRAFT" | "AWAITING_APPROVAL" | "PUBLISHED") {
  const started = await startVerdict({ claimId }, actingAs(author));
  if (!started.ok) throw new Error(started.message);
  const id = started.data.id;
  if (status === "DRAFT") return verdictOf(id);
  const submitted = await submitVerdict({ verdictId: id, version: 1, ...complete }, actingAs(author));
  if (!submitted.ok) throw new Error(submitted.message);
  if (status === "AWAITING_APPROVAL") return verdictOf(id);
  const approved = await approveVerdict({ verdictId: id, version: 2 }, actingAs(approver));
  if (!approved.ok) throw new Error(approved.message);
  return verdictOf(id);
}

async function openRevision(verdictId: string) {
  const verdict = await verdictOf(verdictId);
  const started = await startRevision({ verdictId, version: verdict.version }, actingAs(author));
  if (!started.ok) throw new Error(started.message);
  return t.db.verdictRevision.findUniqueOrThrow({ where: { id: started.data.revisionId } });
}

describe("verdict drafts", () => {
  it("starts a draft authored by the starter, with a slug from the claim, and puts the claim in review", async () => {
    const result = await startVerdict({ claimId }, actingAs(author));
    expect(result).toMatchObject({ ok: true, data: { slug: expect.stringMatching(/^unemployment-rose-by-20-last-year-\d+$/) } });
    const verdict = await t.db.verdict.findFirstOrThrow({ where: { claimId }, include: { claim: true } });
    expect(verdict).toMatchObject({ status: "DRAFT", authorId: author.id, version: 1 });
    expect(verdict.claim.status).toBe("IN_REVIEW");
    expect(await auditCount(verdict.id, "verdict.create")).toBe(1);
    // A second start for the same claim is refused, not a crash.
    expect(await startVerdict({ claimId }, actingAs(approver))).toMatchObject({ ok: false, status: 409 });
  });

  it("makes slugs unique and readable", async () => {
    expect(slugFromClaim("Émile's “wind” share is > 50% — says Ana")).toBe("emiles-wind-share-is-50-says-ana");
    expect(slugFromClaim("日本語だけ")).toBe("verdict");
    expect(slugFromClaim("word ".repeat(40)).length).toBeLessThanOrEqual(60);
    const other = await t.db.claim.create({ data: { text: (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).text } });
    const first = await startVerdict({ claimId }, actingAs(author));
    const second = await startVerdict({ claimId: other.id }, actingAs(author));
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.data.slug).toBe(`${first.data.slug}-2`);
  });

  it("autosaves without an audit event; an explicit save records one with what changed", async () => {
    const verdict = await verdictIn("DRAFT");
    const autosaved = await autosaveVerdictDraft(
      { verdictId: verdict.id, version: 1, ratingId: "", conclusion: "Half-way", rationale: "" },
      actingAs(author),
    );
    expect(autosaved).toMatchObject({ ok: true, data: { version: 2, savedAt: expect.any(Date) } });
    expect(await auditCount(verdict.id)).toBe(1); // only verdict.create
    const saved = await saveVerdictDraft({ verdictId: verdict.id, version: 2, ...complete }, actingAs(approver));
    expect(saved).toMatchObject({ ok: true, data: { version: 3 } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: "verdict.save_draft" } });
    expect(event).toMatchObject({
      actorId: approver.id,
      before: { conclusion: "Half-way", ratingId: null },
      after: { conclusion: complete.conclusion, ratingId: "rating_false" },
    });
    expect(refreshed.flat()).toEqual([]); // drafts are not public
  });

  it("refuses a save based on a stale version with the current text, and keeps the other save", async () => {
    const verdict = await verdictIn("DRAFT");
    expect(
      (
        await autosaveVerdictDraft(
          { verdictId: verdict.id, version: 1, ratingId: "rating_true", conclusion: "First tab", rationale: "A" },
          actingAs(author),
        )
      ).ok,
    ).toBe(true);
    const stale = await saveVerdictDraft(
      { verdictId: verdict.id, version: 1, ratingId: "", conclusion: "Second tab", rationale: "B" },
      actingAs(approver),
    );
    expect(stale).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringContaining("Someone else saved this verdict draft"),
      current: { conclusion: "First tab", rationale: "A", ratingId: "rating_true", ratingLabel: "True", version: 2 },
    });
    expect(await verdictOf(verdict.id)).toMatchObject({ conclusion: "First tab", version: 2 });
    expect(await auditCount(verdict.id, "verdict.save_draft")).toBe(0);
  });

  it("rejects invalid input with field messages and saves nothing", async () => {
    const verdict = await verdictIn("DRAFT");
    const incomplete = await submitVerdict(
      { verdictId: verdict.id, version: 1, ratingId: "", conclusion: "  ", rationale: "" },
      actingAs(author),
    );
    expect(incomplete).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        ratingId: ["Choose a rating."],
        conclusion: [expect.stringContaining("short conclusion")],
        rationale: [expect.stringContaining("Explain")],
      },
    });
    const tooLong = await saveVerdictDraft(
      { verdictId: verdict.id, version: 1, ratingId: "", conclusion: "x".repeat(401), rationale: "" },
      actingAs(author),
    );
    expect(tooLong).toMatchObject({ ok: false, status: 400, fieldErrors: { conclusion: [expect.stringContaining("at most 400")] } });
    const unknownRating = await saveVerdictDraft(
      { verdictId: verdict.id, version: 1, ratingId: "rating_nonsense", conclusion: "", rationale: "" },
      actingAs(author),
    );
    expect(unknownRating).toMatchObject({ ok: false, status: 400, fieldErrors: { ratingId: ["Choose a rating from the scale."] } });
    await t.db.rating.update({ where: { id: "rating_unproven" }, data: { retiredAt: new Date() } });
    const retired = await saveVerdictDraft(
      { verdictId: verdict.id, version: 1, ratingId: "rating_unproven", conclusion: "", rationale: "" },
      actingAs(author),
    );
    await t.db.rating.update({ where: { id: "rating_unproven" }, data: { retiredAt: null } });
    expect(retired).toMatchObject({ ok: false, status: 400, fieldErrors: { ratingId: [expect.any(String)] } });
    expect(await verdictOf(verdict.id)).toMatchObject({ status: "DRAFT", version: 1, conclusion: "" });
    expect(await startVerdict({ claimId: "" }, actingAs(author))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { claimId: ["Choose a claim."] },
    });
  });

  it("keeps a Markdown rationale with script, javascript: links and event handlers inert when rendered", async () => {
    const verdict = await verdictIn("DRAFT");
    const hostile = [
      "Intro <script>document.cookie</script>",
      "",
      '[click me](javascript:alert(1)) and <a href="JAVASCRIPT:alert(2)">this</a>',
      "",
      '<p onclick="alert(3)">para</p><img src=x onerror="alert(4)"><b onmouseover="alert(5)">bold</b>',
    ].join("\n");
    expect(
      (await saveVerdictDraft({ verdictId: verdict.id, version: 1, ratingId: "", conclusion: "", rationale: hostile }, actingAs(author)))
        .ok,
    ).toBe(true);
    // The rationale is stored as written and made safe when rendered (the page and the editor's preview).
    const html = renderMarkdown((await verdictOf(verdict.id)).rationale);
    expect(html).not.toMatch(/<script|javascript:|\son\w+=|<img|alert/i);
    expect(html).toContain("click me");
    expect(html).toContain("para");
  });
});

describe("approval and publication", () => {
  it("refuses anonymous callers for every write, changing nothing", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    const calls = [
      startVerdict({ claimId }, actingAs(null)),
      autosaveVerdictDraft({ verdictId: verdict.id, version: 1, ...complete }, actingAs(null)),
      saveVerdictDraft({ verdictId: verdict.id, version: 1, ...complete }, actingAs(null)),
      submitVerdict({ verdictId: verdict.id, version: 1, ...complete }, actingAs(null)),
      approveVerdict({ verdictId: verdict.id, version: 1 }, actingAs(null)),
      sendBackVerdict({ verdictId: verdict.id, version: 1, comment: "No" }, actingAs(null)),
      startRevision({ verdictId: verdict.id, version: 1 }, actingAs(null)),
      autosaveRevision({ revisionId: revision.id, version: 1, ...complete, note: "" }, actingAs(null)),
      saveRevisionDraft({ revisionId: revision.id, version: 1, ...complete, note: "" }, actingAs(null)),
      submitRevision({ revisionId: revision.id, version: 1, ...complete, note: "A public note" }, actingAs(null)),
      approveRevision({ revisionId: revision.id, version: 1 }, actingAs(null)),
      sendBackRevision({ revisionId: revision.id, version: 1, comment: "No" }, actingAs(null)),
      discardRevision({ revisionId: revision.id, version: 1 }, actingAs(null)),
      retractVerdict({ verdictId: verdict.id, version: 1, reason: "A reason long enough" }, actingAs(null)),
    ];
    for (const result of await Promise.all(calls)) expect(result).toMatchObject({ ok: false, status: 401 });
    expect(await t.db.auditEvent.count({ where: { actorId: null } })).toBe(0);
    expect(await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("lets someone other than the author approve; approval publishes, records who and when, and refreshes the public pages", async () => {
    const verdict = await verdictIn("AWAITING_APPROVAL");
    const own = await approveVerdict({ verdictId: verdict.id, version: verdict.version }, actingAs(author));
    expect(own).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("You wrote this verdict") });
    expect((await verdictOf(verdict.id)).status).toBe("AWAITING_APPROVAL");

    const approved = await approveVerdict({ verdictId: verdict.id, version: verdict.version }, actingAs(approver));
    expect(approved).toMatchObject({ ok: true });
    const published = await t.db.verdict.findUniqueOrThrow({
      where: { id: verdict.id },
      include: { claim: true, revisions: true, searchEntry: { select: { verdictId: true } } },
    });
    expect(published).toMatchObject({ status: "PUBLISHED", approverId: approver.id, publishedAt: expect.any(Date) });
    expect(published.claim.status).toBe("PUBLISHED");
    expect(published.revisions).toEqual([
      expect.objectContaining({
        number: 1,
        kind: "ORIGINAL",
        status: "PUBLISHED",
        ratingId: "rating_false",
        conclusion: complete.conclusion,
        approverId: approver.id,
      }),
    ]);
    expect(published.searchEntry).not.toBeNull(); // public search (decision 005) picks it up
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: "verdict.publish" } })).toMatchObject({
      actorId: approver.id,
    });
    expect(refreshed.flat()).toEqual([`verdict:${verdict.id}`]);
  });

  it("refuses approval by whoever submitted someone else's draft", async () => {
    const verdict = await verdictIn("DRAFT");
    expect((await submitVerdict({ verdictId: verdict.id, version: 1, ...complete }, actingAs(approver))).ok).toBe(true);
    expect(await approveVerdict({ verdictId: verdict.id, version: 2 }, actingAs(approver))).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining("You submitted"),
    });
    expect(await approveVerdict({ verdictId: verdict.id, version: 2 }, actingAs(moderator))).toMatchObject({ ok: true });
  });

  it("sends a verdict back to draft with a required comment", async () => {
    const verdict = await verdictIn("AWAITING_APPROVAL");
    expect(await sendBackVerdict({ verdictId: verdict.id, version: verdict.version, comment: " " }, actingAs(approver))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { comment: ["Say what the author should change."] },
    });
    expect(
      await sendBackVerdict({ verdictId: verdict.id, version: verdict.version, comment: "Cite the 2025 report." }, actingAs(approver)),
    ).toMatchObject({ ok: true });
    expect((await verdictOf(verdict.id)).status).toBe("DRAFT");
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: "verdict.send_back" } })).toMatchObject({
      after: { comment: "Cite the 2025 report." },
    });
    // The stale approval that was on someone's screen is refused.
    expect(await approveVerdict({ verdictId: verdict.id, version: verdict.version }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("records the audit event in the change's transaction: when it cannot be written, nothing changes", async () => {
    const verdict = await verdictIn("PUBLISHED");
    // An actor that is not in the database: the change itself succeeds, the audit row's foreign key fails.
    const ghost: CurrentUser = { id: "no-such-user", name: "Ghost", email: "ghost@example.test", role: "MODERATOR" };
    refreshed.length = 0;
    await expect(
      retractVerdict({ verdictId: verdict.id, version: verdict.version, reason: "Testing a failed audit write" }, actingAs(ghost)),
    ).rejects.toThrow();
    expect(await verdictOf(verdict.id)).toMatchObject({ status: "PUBLISHED", retractedAt: null, version: verdict.version });
    const draft = await t.db.verdict.create({
      data: { claimId: (await t.db.claim.create({ data: { text: "Another claim" } })).id, slug: `ghost-${n}`, authorId: author.id },
    });
    await expect(saveVerdictDraft({ verdictId: draft.id, version: 1, ...complete }, actingAs(ghost))).rejects.toThrow();
    expect(await verdictOf(draft.id)).toMatchObject({ conclusion: "", version: 1 });
    expect(await t.db.auditEvent.count({ where: { actorId: ghost.id } })).toBe(0);
    expect(refreshed.flat()).toEqual([]);
  });
});

describe("corrections and updates", () => {
  it("classifies a changed rating or conclusion as a correction and a rationale-only change as an update", () => {
    const base = { ratingId: "rating_false", conclusion: "It fell.", rationale: "Old words" };
    expect(revisionKind(base, { ...base, rationale: "New words" })).toBe("UPDATE");
    expect(revisionKind(base, { ...base, conclusion: "It rose." })).toBe("CORRECTION");
    expect(revisionKind(base, { ...base, ratingId: "rating_true" })).toBe("CORRECTION");
  });

  it("publishes an author's wording fix at once, with its note, as a new revision", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    expect(revision).toMatchObject({ number: 2, status: "DRAFT", conclusion: verdict.conclusion, authorId: author.id });
    const input = { revisionId: revision.id, version: 1, ...complete, rationale: `${complete.rationale} Fixed a typo.` };
    expect(await submitRevision({ ...input, note: "" }, actingAs(author))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { note: [expect.stringContaining("public note")] },
    });
    refreshed.length = 0;
    expect(await submitRevision({ ...input, note: "We fixed a typo in the rationale." }, actingAs(author))).toMatchObject({
      ok: true,
      data: { published: true, kind: "UPDATE" },
    });
    expect(await verdictOf(verdict.id)).toMatchObject({ rationale: input.rationale, approverId: approver.id });
    expect(await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      kind: "UPDATE",
      status: "PUBLISHED",
      note: "We fixed a typo in the rationale.",
      publishedAt: expect.any(Date),
    });
    expect(await auditCount(verdict.id, "verdict.update")).toBe(1);
    expect(refreshed.flat()).toEqual([`verdict:${verdict.id}`]);
  });

  it("holds a change of rating until a second person approves it; the public text stays until then", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    const autosaved = await autosaveRevision(
      { revisionId: revision.id, version: 1, ...complete, ratingId: "rating_mostly_false", note: "" },
      actingAs(author),
    );
    expect(autosaved).toMatchObject({ ok: true, data: { kind: "CORRECTION", version: 2 } });
    refreshed.length = 0;
    const submitted = await submitRevision(
      {
        revisionId: revision.id,
        version: 2,
        ...complete,
        ratingId: "rating_mostly_false",
        note: "The 2025 figure was revised; we changed the rating.",
      },
      actingAs(author),
    );
    expect(submitted).toMatchObject({ ok: true, data: { published: false, kind: "CORRECTION" } });
    expect(await verdictOf(verdict.id)).toMatchObject({ ratingId: "rating_false" });
    expect(refreshed.flat()).toEqual([]);

    expect(await approveRevision({ revisionId: revision.id, version: 3 }, actingAs(author))).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining("correction"),
    });
    expect(await approveRevision({ revisionId: revision.id, version: 3 }, actingAs(approver))).toMatchObject({ ok: true });
    expect(await verdictOf(verdict.id)).toMatchObject({ ratingId: "rating_mostly_false", approverId: approver.id, status: "PUBLISHED" });
    expect(await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      status: "PUBLISHED",
      kind: "CORRECTION",
      approverId: approver.id,
    });
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: "verdict.correct" } })).toMatchObject({
      actorId: approver.id,
      before: { ratingId: "rating_false" },
      after: { ratingId: "rating_mostly_false", kind: "CORRECTION" },
    });
    expect(refreshed.flat()).toEqual([`verdict:${verdict.id}`]);
  });

  it("allows one open revision at a time, refuses stale revision saves, and can send back or discard one", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    const again = await startRevision({ verdictId: verdict.id, version: (await verdictOf(verdict.id)).version }, actingAs(approver));
    expect(again).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("already in progress") });
    expect(await startRevision({ verdictId: verdict.id, version: verdict.version }, actingAs(approver))).toMatchObject({
      ok: false,
      status: 409,
    });

    expect(
      (await saveRevisionDraft({ revisionId: revision.id, version: 1, ...complete, conclusion: "Tab one", note: "n" }, actingAs(author)))
        .ok,
    ).toBe(true);
    expect(
      await autosaveRevision({ revisionId: revision.id, version: 1, ...complete, conclusion: "Tab two", note: "" }, actingAs(approver)),
    ).toMatchObject({
      ok: false,
      status: 409,
      current: { conclusion: "Tab one", note: "n", version: 2 },
    });

    expect(
      (
        await submitRevision(
          { revisionId: revision.id, version: 2, ...complete, conclusion: "Tab one", note: "Conclusion reworded." },
          actingAs(author),
        )
      ).ok,
    ).toBe(true);
    expect(
      await sendBackRevision({ revisionId: revision.id, version: 3, comment: "Explain the change in the note." }, actingAs(approver)),
    ).toMatchObject({ ok: true });
    expect((await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DRAFT");
    expect(await discardRevision({ revisionId: revision.id, version: 4 }, actingAs(author))).toMatchObject({ ok: true });
    expect(await verdictOf(verdict.id)).toMatchObject({ conclusion: complete.conclusion });
    // With it discarded, a new one can start.
    expect((await startRevision({ verdictId: verdict.id, version: (await verdictOf(verdict.id)).version }, actingAs(approver))).ok).toBe(
      true,
    );
  });

  it("refuses to publish an update that changes nothing", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    expect(
      await submitRevision({ revisionId: revision.id, version: 1, ...complete, note: "Nothing really." }, actingAs(author)),
    ).toMatchObject({ ok: false, status: 400 });
    expect((await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DRAFT");
  });
});

describe("retraction", () => {
  it("is for moderators, needs a reason, keeps the page marked retracted and discards open revisions", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    const version = (await verdictOf(verdict.id)).version;
    expect(await retractVerdict({ verdictId: verdict.id, version, reason: "The source was withdrawn." }, actingAs(author))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await retractVerdict({ verdictId: verdict.id, version, reason: "" }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(
      await retractVerdict({ verdictId: verdict.id, version: version - 1, reason: "The source was withdrawn." }, actingAs(moderator)),
    ).toMatchObject({ ok: false, status: 409 });
    refreshed.length = 0;
    expect(
      await retractVerdict({ verdictId: verdict.id, version, reason: "The source was withdrawn." }, actingAs(moderator)),
    ).toMatchObject({ ok: true });
    const retracted = await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id }, include: { searchEntry: true } });
    expect(retracted).toMatchObject({
      status: "RETRACTED",
      retractionReason: "The source was withdrawn.",
      retractedAt: expect.any(Date),
      searchEntry: null,
    });
    expect((await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("DISCARDED");
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { entityId: verdict.id, action: "verdict.retract" } })).toMatchObject({
      actorId: moderator.id,
    });
    expect(refreshed.flat()).toEqual([`verdict:${verdict.id}`]);
  });
});

describe("starting verdicts at the same moment", () => {
  it("gives two claims with the same text distinct slugs, or refuses one with a 409, never a 500", async () => {
    const text = `Bread prices doubled in a year (${++n})`;
    const [first, second] = await Promise.all([t.db.claim.create({ data: { text } }), t.db.claim.create({ data: { text } })]);
    const other = await makeStaff("REVIEWER");
    const results = await Promise.all([
      startVerdict({ claimId: first.id }, actingAs(author)),
      startVerdict({ claimId: second.id }, actingAs(other)),
    ]);
    for (const result of results) {
      if (!result.ok)
        expect(result).toMatchObject({ status: 409, message: "Someone else just added a verdict with the same web address; try again." });
    }
    expect(results.some((result) => result.ok)).toBe(true);
    const slugs = (await t.db.verdict.findMany({ where: { claimId: { in: [first.id, second.id] } }, select: { slug: true } })).map(
      (verdict) => verdict.slug,
    );
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("what a second person approves", () => {
  it("refuses approval by anyone who saved content into the draft, autosave included; someone else approves", async () => {
    const started = await startVerdict({ claimId }, actingAs(author));
    if (!started.ok) throw new Error(started.message);
    const id = started.data.id;
    // B (a co-editor) autosaves into A's draft: no audit event, but B is now one of its editors.
    const coEditor = approver;
    expect(
      await autosaveVerdictDraft({ verdictId: id, version: 1, ...complete, conclusion: "B's conclusion." }, actingAs(coEditor)),
    ).toMatchObject({ ok: true });
    expect(await auditCount(id, "verdict.save_draft")).toBe(0);
    expect(await submitVerdict({ verdictId: id, version: 2, ...complete }, actingAs(author))).toMatchObject({ ok: true });
    expect((await verdictOf(id)).editorIds).toEqual([coEditor.id, author.id]);

    const refused = await approveVerdict({ verdictId: id, version: 3 }, actingAs(coEditor));
    expect(refused).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining("You edited this draft, so someone else must approve it"),
    });
    expect(await verdictOf(id)).toMatchObject({ status: "AWAITING_APPROVAL", approverId: null });

    const third = await makeStaff("REVIEWER");
    expect(await approveVerdict({ verdictId: id, version: 3 }, actingAs(third))).toMatchObject({ ok: true });
    expect(await verdictOf(id)).toMatchObject({ status: "PUBLISHED", approverId: third.id });
  });

  it("refuses approval of a correction by a co-editor; a new revision starts with no editors", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    expect(revision.editorIds).toEqual([]);
    const coEditor = await makeStaff("REVIEWER");
    expect(
      await autosaveRevision(
        { revisionId: revision.id, version: 1, ...complete, ratingId: "rating_mostly_false", note: "" },
        actingAs(coEditor),
      ),
    ).toMatchObject({ ok: true });
    const note = "The 2025 figure was revised; we changed the rating.";
    expect(
      await submitRevision({ revisionId: revision.id, version: 2, ...complete, ratingId: "rating_mostly_false", note }, actingAs(author)),
    ).toMatchObject({ ok: true });
    expect(await approveRevision({ revisionId: revision.id, version: 3 }, actingAs(coEditor))).toMatchObject({
      ok: false,
      status: 403,
      message: expect.stringContaining("You edited this draft"),
    });
    expect(await approveRevision({ revisionId: revision.id, version: 3 }, actingAs(approver))).toMatchObject({ ok: true });
    const next = await openRevision(verdict.id);
    expect(next.editorIds).toEqual([]);
  });
});

describe("retired ratings", () => {
  const retire = (id: string) => t.db.rating.update({ where: { id }, data: { retiredAt: new Date() } });
  const restore = (id: string) => t.db.rating.update({ where: { id }, data: { retiredAt: null } });

  it("refuses to submit a draft with a retired rating, even one the draft already had", async () => {
    const verdict = await verdictIn("DRAFT");
    expect(
      await saveVerdictDraft({ verdictId: verdict.id, version: 1, ...complete, ratingId: "rating_unproven" }, actingAs(author)),
    ).toMatchObject({ ok: true });
    await retire("rating_unproven");
    try {
      // Autosave may keep it (the author is typing), submission may not.
      expect(
        await autosaveVerdictDraft({ verdictId: verdict.id, version: 2, ...complete, ratingId: "rating_unproven" }, actingAs(author)),
      ).toMatchObject({ ok: true });
      const submitted = await submitVerdict(
        { verdictId: verdict.id, version: 3, ...complete, ratingId: "rating_unproven" },
        actingAs(author),
      );
      expect(submitted).toMatchObject({ ok: false, status: 400, fieldErrors: { ratingId: [expect.stringContaining("has been retired")] } });
      expect(await verdictOf(verdict.id)).toMatchObject({ status: "DRAFT", version: 3 });
    } finally {
      await restore("rating_unproven");
    }
  });

  it("refuses to approve a verdict whose rating was retired after submission, with a message on the rating", async () => {
    const verdict = await verdictIn("AWAITING_APPROVAL");
    await retire("rating_false");
    try {
      const approved = await approveVerdict({ verdictId: verdict.id, version: verdict.version }, actingAs(approver));
      expect(approved).toMatchObject({ ok: false, status: 409, fieldErrors: { ratingId: [expect.stringContaining("has been retired")] } });
      expect(await verdictOf(verdict.id)).toMatchObject({ status: "AWAITING_APPROVAL", publishedAt: null });
    } finally {
      await restore("rating_false");
    }
  });

  it("refuses to submit or publish a correction with a retired rating", async () => {
    const verdict = await verdictIn("PUBLISHED");
    const revision = await openRevision(verdict.id);
    const note = "We changed the rating.";
    await retire("rating_unproven");
    try {
      const submitted = await submitRevision(
        { revisionId: revision.id, version: 1, ...complete, ratingId: "rating_unproven", note },
        actingAs(author),
      );
      expect(submitted).toMatchObject({ ok: false, status: 400, fieldErrors: { ratingId: [expect.any(String)] } });
    } finally {
      await restore("rating_unproven");
    }
    expect(
      await submitRevision({ revisionId: revision.id, version: 1, ...complete, ratingId: "rating_unproven", note }, actingAs(author)),
    ).toMatchObject({ ok: true });
    await retire("rating_unproven");
    try {
      const approved = await approveRevision({ revisionId: revision.id, version: 2 }, actingAs(approver));
      expect(approved).toMatchObject({ ok: false, status: 409, fieldErrors: { ratingId: [expect.any(String)] } });
      expect(await verdictOf(verdict.id)).toMatchObject({ ratingId: "rating_false" });
      expect(await t.db.verdictRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "AWAITING_APPROVAL" });
    } finally {
      await restore("rating_unproven");
    }
  });
});
