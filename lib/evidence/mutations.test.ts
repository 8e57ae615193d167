import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { approveVerdict, startVerdict, submitVerdict } from "@/lib/verdicts/drafts";
import { sendBackRevision, startRevision, submitRevision } from "@/lib/verdicts/revisions";
import { addEvidence, editEvidence, moveEvidence, removeEvidence } from "./mutations";

const t = useFreshDatabase();
const { actingAs, refreshed } = t;
let n = 0;

let reviewer: CurrentUser;
let claimId: string;

const input = (overrides: Record<string, unknown> = {}) => ({
  claimId,
  url: "https://stats.example.org/report-2026",
  title: "Annual report 2026",
  excerpt: "Cases fell by 41 per cent.",
  stance: "REFUTES",
  archiveUrl: "",
  ...overrides,
});

beforeEach(async () => {
  n++;
  reviewer = await t.db.user.create({
    data: { email: `ev${n}@example.test`, name: `Ana ${n}`, role: "REVIEWER" },
    select: { id: true, name: true, email: true, role: true },
  });
  claimId = (await t.db.claim.create({ data: { text: `Cases doubled last year (${n}).` }, select: { id: true } })).id;
});

const evidenceOf = (id: string) => t.db.evidence.findMany({ where: { claimId: id }, orderBy: { position: "asc" } });

describe("adding evidence", () => {
  it("adds it with its source (an unknown site becomes an unrated source), audited with the claim", async () => {
    const result = await addEvidence(input({ url: `https://www.new-site-${n}.example/page` }), actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { warning: null } });
    const [evidence] = await evidenceOf(claimId);
    const source = await t.db.source.findUniqueOrThrow({ where: { id: evidence!.sourceId! } });
    expect(source).toMatchObject({ domain: `new-site-${n}.example`, reliability: "UNRATED", status: "ACTIVE" });
    expect(evidence).toMatchObject({
      title: "Annual report 2026",
      stance: "REFUTES",
      archiveUrl: null,
      addedById: reviewer.id,
      position: 0,
    });
    const events = await t.db.auditEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["evidence.add"]);
    expect(events[0]).toMatchObject({ actorId: reviewer.id, entityType: "Evidence", entityId: evidence!.id });
    expect(await t.db.auditEvent.count({ where: { action: "source.create", entityId: source.id } })).toBe(1);
  });

  it("finds a known source through the domain normalisation (www., case, port)", async () => {
    const known = await t.db.source.create({ data: { domain: `known-${n}.example`, name: "Known Daily", reliability: "HIGH" } });
    expect((await addEvidence(input({ url: `HTTPS://WWW.Known-${n}.example:443/a?b=c` }), actingAs(reviewer))).ok).toBe(true);
    expect((await evidenceOf(claimId))[0]!.sourceId).toBe(known.id);
    expect(await t.db.source.count({ where: { domain: { contains: `known-${n}` } } })).toBe(1);
  });

  it("refuses a blocked source with the registry's reason and saves nothing", async () => {
    await t.db.source.create({
      data: { domain: `blocked-${n}.example`, name: "Daily Fake", status: "BLOCKED", reliabilityNote: "Invents quotes." },
    });
    const result = await addEvidence(input({ url: `https://blocked-${n}.example/story` }), actingAs(reviewer));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      message: "Daily Fake is blocked: Invents quotes.",
      fieldErrors: { url: ["Daily Fake is blocked: Invents quotes."] },
    });
    expect(await evidenceOf(claimId)).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { claimId } })).toBe(0);
  });

  it("applies a block to the source's subdomains, and files a subdomain under its parent's source", async () => {
    await t.db.source.create({ data: { domain: `rt-${n}.example`, name: "RT", status: "BLOCKED", reliabilityNote: "State propaganda." } });
    const sourcesBefore = await t.db.source.count();
    const blocked = await addEvidence(input({ url: `https://m.news.rt-${n}.example/x` }), actingAs(reviewer));
    expect(blocked).toMatchObject({ ok: false, status: 400, message: "RT is blocked: State propaganda." });
    expect(await t.db.source.count()).toBe(sourcesBefore);
    expect(await evidenceOf(claimId)).toEqual([]);

    const parent = await t.db.source.create({ data: { domain: `parent-${n}.example`, name: "Parent Daily", reliability: "HIGH" } });
    expect((await addEvidence(input({ url: `https://amp.parent-${n}.example/a` }), actingAs(reviewer))).ok).toBe(true);
    expect((await evidenceOf(claimId))[0]!.sourceId).toBe(parent.id);
    expect(await t.db.source.count()).toBe(sourcesBefore + 1);
  });

  it("flags a source on the watch list", async () => {
    await t.db.source.create({ data: { domain: `watch-${n}.example`, name: "The Courier", status: "WATCH" } });
    const result = await addEvidence(input({ url: `https://watch-${n}.example/x` }), actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { warning: "The Courier is on the watch list: cite it with care." } });
  });

  it("rejects invalid input with field messages", async () => {
    const result = await addEvidence(
      input({ url: "javascript:alert(1)", title: " ", excerpt: "", stance: "MAYBE", archiveUrl: "ftp://x.example/a" }),
      actingAs(reviewer),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["archiveUrl", "excerpt", "stance", "title", "url"]);
    expect(result.fieldErrors?.url).toEqual(["Enter a full web address starting with https:// (or http://)."]);
  });

  it("refuses anonymous callers and saves nothing", async () => {
    expect(await addEvidence(input(), actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await evidenceOf(claimId)).toEqual([]);
  });

  it("leaves neither the evidence nor an event when the audit write fails (one transaction)", async () => {
    // An actor that does not exist: the evidence insert (addedBy) or the audit insert fails.
    const ghost = { ...reviewer, id: "no-such-user" };
    await expect(addEvidence(input(), actingAs(ghost))).rejects.toThrow();
    expect(await evidenceOf(claimId)).toEqual([]);
    expect(await t.db.auditEvent.count({ where: { claimId } })).toBe(0);
  });

  it("refreshes no public page, even of a published verdict: that shows the evidence as published", async () => {
    await t.db.verdict.create({
      data: { claimId, slug: `published-${n}`, status: "PUBLISHED", authorId: reviewer.id, publishedAt: new Date(), publishedEvidence: [] },
    });
    expect((await addEvidence(input({ url: `https://another-new-site-${n}.example/page` }), actingAs(reviewer))).ok).toBe(true);
    expect(refreshed.flat()).toEqual([]);
  });
});

describe("editing, removing and reordering evidence", () => {
  async function added(title: string, url = "https://stats.example.org/r") {
    const result = await addEvidence(input({ title, url }), actingAs(reviewer));
    if (!result.ok) throw new Error(result.message);
    return result.data;
  }

  it("edits with the version it was based on; a stale save is refused and the other save kept", async () => {
    const { id, version } = await added("First title");
    const first = await editEvidence(
      { ...input({ title: "Edited in tab one", stance: "CONTEXT" }), evidenceId: id, version },
      actingAs(reviewer),
    );
    expect(first).toMatchObject({ ok: true, data: { version: version + 1 } });
    const second = await editEvidence({ ...input({ title: "Edited in tab two" }), evidenceId: id, version }, actingAs(reviewer));
    expect(second).toMatchObject({
      ok: false,
      status: 409,
      current: { title: "Edited in tab one", stance: "CONTEXT", version: version + 1 },
    });
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id } })).title).toBe("Edited in tab one");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "evidence.edit" } });
    expect(event).toMatchObject({
      claimId,
      before: { title: "First title", stance: "REFUTES" },
      after: { title: "Edited in tab one", stance: "CONTEXT" },
    });
  });

  it("refuses an edit that moves the evidence to a blocked source", async () => {
    const { id, version } = await added("Fine");
    await t.db.source.create({ data: { domain: `gone-${n}.example`, name: "Gone Bad", status: "BLOCKED" } });
    const result = await editEvidence({ ...input({ url: `https://gone-${n}.example/a` }), evidenceId: id, version }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: false, status: 400, message: "Gone Bad is blocked: the source registry gives no reason." });
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id } })).url).toBe("https://stats.example.org/r");
  });

  it("removes evidence, recording its claim and content; a stale removal is refused", async () => {
    const { id, version } = await added("To remove");
    expect(await removeEvidence({ evidenceId: id, version: version + 5 }, actingAs(reviewer))).toMatchObject({ ok: false, status: 409 });
    expect(await removeEvidence({ evidenceId: id, version }, actingAs(reviewer))).toMatchObject({ ok: true });
    expect(await evidenceOf(claimId)).toEqual([]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "evidence.remove" } });
    expect(event).toMatchObject({ claimId, before: { title: "To remove", stance: "REFUTES" } });
    expect(await removeEvidence({ evidenceId: id, version }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await removeEvidence({ evidenceId: "", version: "x" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { evidenceId: [expect.any(String)], version: [expect.any(String)] },
    });
  });

  it("moves evidence up and down without touching its version, and refuses moving past either end", async () => {
    const a = await added("A");
    const b = await added("B");
    const c = await added("C");
    expect(await moveEvidence({ evidenceId: c.id, direction: "up" }, actingAs(reviewer))).toMatchObject({
      ok: true,
      data: { position: 1 },
    });
    expect((await evidenceOf(claimId)).map((item) => item.title)).toEqual(["A", "C", "B"]);
    expect(await moveEvidence({ evidenceId: a.id, direction: "up" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 400,
      message: "This evidence is already first.",
    });
    expect(await moveEvidence({ evidenceId: a.id, direction: "down" }, actingAs(reviewer))).toMatchObject({ ok: true });
    expect((await evidenceOf(claimId)).map((item) => item.title)).toEqual(["C", "A", "B"]);
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: b.id } })).version).toBe(b.version);
    expect(await moveEvidence({ evidenceId: b.id, direction: "sideways" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { direction: [expect.any(String)] },
    });
    expect(await moveEvidence({ evidenceId: b.id, direction: "up" }, actingAs(null))).toMatchObject({ ok: false, status: 401 });
    expect(await t.db.auditEvent.count({ where: { claimId, action: "evidence.move" } })).toBe(2);
  });
});

describe("evidence of a claim whose verdict awaits approval", () => {
  const complete = { ratingId: "rating_false", conclusion: "Cases fell by 41%.", rationale: "The annual report says so." };
  const evidenceMessage = "This claim is frozen while the verdict awaits approval: send it back to draft before changing its evidence.";

  async function addedTwo() {
    const one = await addEvidence(input({ title: "One" }), actingAs(reviewer));
    const two = await addEvidence(input({ title: "Two" }), actingAs(reviewer));
    if (!one.ok || !two.ok) throw new Error("evidence not added");
    return [one.data, two.data] as const;
  }

  async function expectAllRefused(one: { id: string; version: number }, message: string | RegExp) {
    const refused = { ok: false, status: 409, message: typeof message === "string" ? message : expect.stringMatching(message) };
    expect(await addEvidence(input({ title: "Three" }), actingAs(reviewer))).toMatchObject(refused);
    expect(
      await editEvidence({ ...input({ title: "One, edited" }), evidenceId: one.id, version: one.version }, actingAs(reviewer)),
    ).toMatchObject(refused);
    expect(await removeEvidence({ evidenceId: one.id, version: one.version }, actingAs(reviewer))).toMatchObject(refused);
    expect(await moveEvidence({ evidenceId: one.id, direction: "down" }, actingAs(reviewer))).toMatchObject(refused);
    expect((await evidenceOf(claimId)).map((item) => [item.title, item.version])).toEqual([
      ["One", one.version],
      ["Two", 1],
    ]);
  }

  it("refuses adding, editing, removing and reordering while the verdict is awaiting approval", async () => {
    const [one] = await addedTwo();
    const started = await startVerdict({ claimId }, actingAs(reviewer));
    if (!started.ok) throw new Error(started.message);
    expect(await submitVerdict({ verdictId: started.data.id, version: 1, ...complete }, actingAs(reviewer))).toMatchObject({ ok: true });
    await expectAllRefused(one, evidenceMessage);
  });

  it("refuses them while a correction of the published verdict awaits approval, and allows them again once it is sent back", async () => {
    const [one] = await addedTwo();
    const approver = await t.db.user.create({
      data: { email: `ev${n}-b@example.test`, name: `Ben ${n}`, role: "REVIEWER" },
      select: { id: true, name: true, email: true, role: true },
    });
    const started = await startVerdict({ claimId }, actingAs(reviewer));
    if (!started.ok) throw new Error(started.message);
    const verdictId = started.data.id;
    expect(await submitVerdict({ verdictId, version: 1, ...complete }, actingAs(reviewer))).toMatchObject({ ok: true });
    expect(await approveVerdict({ verdictId, version: 2 }, actingAs(approver))).toMatchObject({ ok: true });
    const revision = await startRevision({ verdictId, version: 3 }, actingAs(reviewer));
    if (!revision.ok) throw new Error(revision.message);
    const note = "We changed the rating.";
    expect(
      await submitRevision(
        { revisionId: revision.data.revisionId, version: 1, ...complete, ratingId: "rating_mostly_false", note },
        actingAs(reviewer),
      ),
    ).toMatchObject({ ok: true });
    await expectAllRefused(
      one,
      /^This claim is frozen while correction 2 of the verdict awaits approval: send it back to draft before changing its evidence\.$/,
    );

    expect(
      await sendBackRevision(
        { revisionId: revision.data.revisionId, version: 2, comment: "Add the new source first." },
        actingAs(approver),
      ),
    ).toMatchObject({ ok: true });
    expect(await addEvidence(input({ title: "Three" }), actingAs(reviewer))).toMatchObject({ ok: true });
    expect(await moveEvidence({ evidenceId: one.id, direction: "down" }, actingAs(reviewer))).toMatchObject({ ok: true });
  });
});
