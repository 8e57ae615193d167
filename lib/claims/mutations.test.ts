import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { findSimilarClaims } from "./similar";
import { listClaimActivity } from "./activity";
import { sendBackVerdict, startVerdict, submitVerdict } from "@/lib/verdicts/drafts";
import { addClaimNote, assignClaim, dismissClaim, editClaim, reopenClaim } from "./mutations";

const t = useFreshDatabase();
const { actingAs, refreshed } = t;
let n = 0;

let ana: CurrentUser;
let ben: CurrentUser;
let claimId: string;

beforeEach(async () => {
  n++;
  const user = (name: string) =>
    t.db.user.create({
      data: { email: `${name}${n}@example.test`, name: `${name} ${n}`, role: "REVIEWER" },
      select: { id: true, name: true, email: true, role: true },
    });
  ana = await user("Ana");
  ben = await user("Ben");
  claimId = (await t.db.claim.create({ data: { text: `Bus fares rose by a third (${n}).` }, select: { id: true } })).id;
});

const claim = () => t.db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { topics: true, claimant: true } });

describe("editing a claim", () => {
  it("saves text, claimant (created when new) and topics, audited with what changed", async () => {
    const topic = await t.db.topic.create({ data: { name: `Transport ${n}`, slug: `transport-${n}` } });
    const result = await editClaim(
      { claimId, text: "  Bus fares rose by a third in 2026. ", claimant: "Mayor Lina Ortiz", topicIds: [topic.id], version: 1 },
      actingAs(ana),
    );
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const after = await claim();
    expect(after).toMatchObject({ text: "Bus fares rose by a third in 2026.", claimant: { name: "Mayor Lina Ortiz" } });
    expect(after.topics.map((item) => item.id)).toEqual([topic.id]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: claimId, action: "claim.edit" } });
    expect(event).toMatchObject({
      actorId: ana.id,
      claimId,
      after: { text: "Bus fares rose by a third in 2026.", claimant: "Mayor Lina Ortiz", topics: `Transport ${n}` },
    });
    // The same name again (any case) is the same claimant.
    await editClaim({ claimId, text: after.text, claimant: "mayor lina ortiz", topicIds: [], version: 2 }, actingAs(ana));
    expect((await claim()).claimantId).toBe(after.claimantId);
  });

  it("sets, keeps and clears the date the claim was made (issue 16: a verdict warns without one)", async () => {
    const text = (await claim()).text;
    expect(await editClaim({ claimId, text, claimDate: "2026-03-04", version: 1 }, actingAs(ana))).toMatchObject({ ok: true });
    expect((await claim()).claimDate).toEqual(new Date("2026-03-04T00:00:00Z"));
    // Not sent: unchanged.
    await editClaim({ claimId, text, version: 2 }, actingAs(ana));
    expect((await claim()).claimDate).toEqual(new Date("2026-03-04T00:00:00Z"));
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: claimId, action: "claim.edit" }, orderBy: { id: "asc" } });
    expect(event).toMatchObject({ before: { claimDate: null }, after: { claimDate: "2026-03-04" } });
    expect(await editClaim({ claimId, text, claimDate: "2999-01-01", version: 3 }, actingAs(ana))).toMatchObject({
      ok: false,
      fieldErrors: { claimDate: ["That date is in the future."] },
    });
    await editClaim({ claimId, text, claimDate: "", version: 3 }, actingAs(ana));
    expect((await claim()).claimDate).toBeNull();
  });

  it("recomputes the meaning vector when the text changes, so the desk's matcher sees the new claim", async () => {
    const meaning = async () =>
      (await t.db.$queryRaw<{ meaning: Uint8Array | null }[]>`SELECT meaning FROM "Claim" WHERE id = ${claimId}`)[0]!.meaning;
    expect(await meaning()).toBeNull(); // created directly in beforeEach
    await editClaim({ claimId, text: `Tram ridership in Varnholm doubled in 2026 (${n}).`, version: 1 }, actingAs(ana));
    const first = Buffer.from((await meaning())!);
    expect(first).toHaveLength(100);
    await editClaim({ claimId, text: `Ferry crossings to Kestria were cut by half in 2026 (${n}).`, version: 2 }, actingAs(ana));
    expect(Buffer.from((await meaning())!).equals(first)).toBe(false);
    const [match] = await findSimilarClaims(`ferry crossings to kestria halved in 2026 (${n})`, { client: t.db });
    expect(match).toMatchObject({ id: claimId, relation: "same" });
  });

  it("refuses a stale save with the claim as it now is, keeping the other save", async () => {
    expect((await editClaim({ claimId, text: "Text from tab one, long enough.", version: 1 }, actingAs(ana))).ok).toBe(true);
    const second = await editClaim({ claimId, text: "Text from tab two, long enough.", version: 1 }, actingAs(ben));
    expect(second).toMatchObject({ ok: false, status: 409, current: { text: "Text from tab one, long enough.", version: 2 } });
    expect((await claim()).text).toBe("Text from tab one, long enough.");
    expect(await t.db.auditEvent.count({ where: { claimId, action: "claim.edit" } })).toBe(1);
  });

  it("rejects invalid input with field messages and anonymous callers", async () => {
    expect(await editClaim({ claimId, text: "short", claimant: "x".repeat(201), version: 1 }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { text: ["Write the claim as a full statement (at least 10 characters)."], claimant: ["Use at most 200 characters."] },
    });
    expect(await editClaim({ claimId, text: "A perfectly fine claim text.", version: 1 }, actingAs(null))).toMatchObject({
      ok: false,
      status: 401,
    });
    expect((await claim()).version).toBe(1);
  });

  it("keeps the text of a claim whose verdict is public, but lets its topics change (and refreshes the page)", async () => {
    const verdict = await t.db.verdict.create({
      data: { claimId, slug: `v-${n}`, status: "PUBLISHED", authorId: ana.id, publishedAt: new Date() },
    });
    const topic = await t.db.topic.create({ data: { name: `Budget ${n}`, slug: `budget-${n}` } });
    const text = (await claim()).text;
    expect(await editClaim({ claimId, text: "A rewritten public claim text.", version: 1 }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await editClaim({ claimId, text, topicIds: [topic.id], version: 1 }, actingAs(ana))).toMatchObject({ ok: true });
    expect(refreshed.flat()).toContain(`verdict:${verdict.id}`);
  });

  it("leaves neither the change nor an event when the audit write fails (one transaction)", async () => {
    const ghost = { ...ana, id: "no-such-user" };
    await expect(editClaim({ claimId, text: "Changed by a ghost, long enough.", version: 1 }, actingAs(ghost))).rejects.toThrow();
    expect(await claim()).toMatchObject({ version: 1, text: `Bus fares rose by a third (${n}).` });
    expect(await t.db.auditEvent.count({ where: { claimId } })).toBe(0);
  });
});

describe("taking, handing over, dismissing and reopening", () => {
  it("takes a claim (in review now) and hands it to an active colleague", async () => {
    expect(await assignClaim({ claimId, assigneeId: "me", version: 1 }, actingAs(ana))).toMatchObject({
      ok: true,
      data: { assignee: ana.name },
    });
    expect(await claim()).toMatchObject({ assigneeId: ana.id, status: "IN_REVIEW", version: 2 });
    expect(await assignClaim({ claimId, assigneeId: ben.id, version: 2 }, actingAs(ana))).toMatchObject({
      ok: true,
      data: { assignee: ben.name },
    });
    const actions = (await t.db.auditEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["claim.take", "claim.assign"]);
  });

  it("refuses a deactivated assignee, a stale take and anonymous callers", async () => {
    const gone = await t.db.user.create({ data: { email: `gone${n}@example.test`, name: "Gone", active: false } });
    expect(await assignClaim({ claimId, assigneeId: gone.id, version: 1 }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { assigneeId: ["Choose an active staff member."] },
    });
    expect((await assignClaim({ claimId, assigneeId: "me", version: 1 }, actingAs(ana))).ok).toBe(true);
    expect(await assignClaim({ claimId, assigneeId: "me", version: 1 }, actingAs(ben))).toMatchObject({
      ok: false,
      status: 409,
      current: { assignee: ana.name },
    });
    expect((await claim()).assigneeId).toBe(ana.id);
    expect(await assignClaim({ claimId, assigneeId: "me", version: 2 }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
  });

  it("dismisses with a required reason; the claim can be reopened, the reason kept in the log", async () => {
    expect(await dismissClaim({ claimId, reason: " ", version: 1 }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reason: ["Say why the claim is dismissed (at least 5 characters)."] },
    });
    expect(await dismissClaim({ claimId, reason: "Opinion, not a fact.", version: 1 }, actingAs(null))).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await dismissClaim({ claimId, reason: "Opinion, not a fact.", version: 1 }, actingAs(ana))).toMatchObject({ ok: true });
    expect(await claim()).toMatchObject({ status: "DISMISSED", dismissalReason: "Opinion, not a fact." });
    expect(await assignClaim({ claimId, assigneeId: "me", version: 2 }, actingAs(ben))).toMatchObject({ ok: false, status: 409 });
    expect(await reopenClaim({ claimId, version: 1 }, actingAs(ana))).toMatchObject({ ok: false, status: 409 });
    expect(await reopenClaim({ claimId, version: 2 }, actingAs(ana))).toMatchObject({ ok: true });
    expect(await claim()).toMatchObject({ status: "NEW", dismissalReason: null });
    const dismissal = await t.db.auditEvent.findFirstOrThrow({ where: { claimId, action: "claim.dismiss" } });
    expect(dismissal.after).toMatchObject({ dismissalReason: "Opinion, not a fact." });
  });

  it("refuses to dismiss a claim that has a verdict", async () => {
    await t.db.verdict.create({ data: { claimId, slug: `d-${n}`, authorId: ana.id } });
    expect(await dismissClaim({ claimId, reason: "Not needed after all.", version: 1 }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await claim()).status).toBe("NEW");
  });
});

describe("notes and activity", () => {
  it("adds a staff note, refusing empty ones and anonymous callers", async () => {
    expect(await addClaimNote({ claimId, body: "  " }, actingAs(ana))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { body: ["Write the note."] },
    });
    expect(await addClaimNote({ claimId, body: "Call the transport board." }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await addClaimNote({ claimId, body: "Call the transport board." }, actingAs(ana))).toMatchObject({ ok: true });
    expect(await t.db.claimNote.findMany({ where: { claimId } })).toMatchObject([{ body: "Call the transport board.", authorId: ana.id }]);
  });

  it("tells the claim's history in words, including its verdict's events recorded without a claim id", async () => {
    await assignClaim({ claimId, assigneeId: "me", version: 1 }, actingAs(ana));
    await addClaimNote({ claimId, body: "Ask the board for the fare table." }, actingAs(ana));
    const verdict = await t.db.verdict.create({ data: { claimId, slug: `a-${n}`, authorId: ana.id } });
    // Written as another part of the app would: the database finds the claim from the verdict.
    await t.db.auditEvent.create({
      data: {
        actorId: ben.id,
        action: "verdict.retract",
        entityType: "Verdict",
        entityId: verdict.id,
        after: { retractionReason: "Wrong year." },
      },
    });
    const activity = await listClaimActivity(claimId, { client: t.db });
    expect(activity.map((item) => `${item.actor} ${item.description}`)).toEqual([
      `${ben.name} retracted the verdict: “Wrong year.”`,
      `${ana.name} added a note: “Ask the board for the fare table.”`,
      `${ana.name} took the claim`,
    ]);
  });
});

describe("a claim whose verdict awaits approval", () => {
  const complete = { ratingId: "rating_false", conclusion: "Fares rose by 12%.", rationale: "The board's annual report says 12%." };

  async function submitted() {
    const started = await startVerdict({ claimId }, actingAs(ana));
    if (!started.ok) throw new Error(started.message);
    const result = await submitVerdict({ verdictId: started.data.id, version: 1, ...complete }, actingAs(ana));
    if (!result.ok) throw new Error(result.message);
    return started.data.id;
  }

  it("keeps its text and claimant until the verdict is sent back to draft; topics may change", async () => {
    const verdictId = await submitted();
    const before = await claim();
    const refused = await editClaim({ claimId, text: "Bus fares tripled.", version: before.version }, actingAs(ben));
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      message: "This claim is frozen while the verdict awaits approval: send it back to draft before changing its text, claimant or date.",
    });
    expect(
      await editClaim({ claimId, text: before.text, claimant: "Mayor Lina Ortiz", version: before.version }, actingAs(ben)),
    ).toMatchObject({ ok: false, status: 409 });
    expect(await claim()).toMatchObject({ text: before.text, claimant: null, version: before.version });
    const topic = await t.db.topic.create({ data: { name: `Fares ${n}`, slug: `fares-${n}` } });
    expect(await editClaim({ claimId, text: before.text, topicIds: [topic.id], version: before.version }, actingAs(ben))).toMatchObject({
      ok: true,
    });

    expect(await sendBackVerdict({ verdictId, version: 2, comment: "The claim needs rewording." }, actingAs(ben))).toMatchObject({
      ok: true,
    });
    expect(await editClaim({ claimId, text: "Bus fares tripled.", version: (await claim()).version }, actingAs(ana))).toMatchObject({
      ok: true,
    });
  });
});
