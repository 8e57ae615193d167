import { beforeEach, describe, expect, it, vi } from "vitest";
import { addAppearance } from "@/lib/appearances/mutations";
import { contentHash } from "@/lib/articles/content-hash";
import { getClaimForDesk } from "@/lib/claims/desk";
import { addEvidence, editEvidence, moveEvidence, removeEvidence } from "@/lib/evidence/mutations";
import type { MutationResult } from "@/lib/mutation";
import type { CurrentUser } from "@/lib/session";
import { getPublicSource } from "@/lib/sources/queries";
import { mergeSources } from "@/lib/sources/mutations";
import { holdRowLocks, tracked, waitForLockWaits } from "@/scripts/testing/locks";
import { useSeededAppDatabase } from "@/scripts/testing/seeded-app-database";
import { approveVerdict, startVerdict, submitVerdict } from "./drafts";
import { retractVerdict } from "./retraction";
import { approveRevision, startRevision, submitRevision } from "./revisions";
import { evidenceChanges, readPublishedEvidence } from "./published-evidence";
import { getPublicRevision, getPublicVerdictBySlug, listPublishedVerdictsFor } from "./queries";

// Public pages show the evidence as published (docs/decisions/008-verdict-review-workflow.md);
// the desk's evidence reaches them only with the next correction or update.

const t = useSeededAppDatabase();
const { actingAs, makeStaff, refreshed } = t;
let n = 0;

function ok<T>(result: MutationResult<T>): T {
  if (!result.ok) throw new Error(`${result.status} ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

let author: CurrentUser;
let approver: CurrentUser;
let claimId: string;

const text = {
  ratingId: "rating_false",
  conclusion: "The audit puts the cost at 1.4 billion.",
  rationale: "The audit office says 1.4 billion.",
};

async function cite(title: string, url = `https://audit-${n}.example/${encodeURIComponent(title)}`) {
  return ok(
    await addEvidence({ claimId, url, title, excerpt: `${title}: 1.4 billion.`, stance: "REFUTES", archiveUrl: "" }, actingAs(author)),
  );
}

/** A verdict on the test's claim, published through the real workflow; its slug and id. */
async function published() {
  const { id, slug } = ok(await startVerdict({ claimId }, actingAs(author)));
  ok(await submitVerdict({ verdictId: id, version: 1, ...text }, actingAs(author)));
  ok(await approveVerdict({ verdictId: id, version: 2 }, actingAs(approver)));
  return { id, slug };
}

/** What the public verdict page lists as evidence: titles in order. */
async function publicTitles(slug: string) {
  return (await getPublicVerdictBySlug(slug))!.evidence.map((item) => item.title);
}

/** Starts an update of the published text by its author; `submit` publishes it (or is refused). */
async function startUpdate(verdictId: string) {
  const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id: verdictId } });
  const { revisionId } = ok(await startRevision({ verdictId, version: verdict.version }, actingAs(author)));
  return (note: string) =>
    submitRevision(
      { revisionId, version: 1, ratingId: verdict.ratingId, conclusion: verdict.conclusion, rationale: verdict.rationale, note },
      actingAs(author),
    );
}

beforeEach(async () => {
  n++;
  author = await makeStaff("REVIEWER");
  approver = await makeStaff("REVIEWER");
  claimId = (await t.db.claim.create({ data: { text: `The harbour tunnel cost 2 billion crowns (${n})` } })).id;
});

describe("evidence as published", () => {
  it("publishing keeps the claim's evidence, in order, in the verdict and in its first version", async () => {
    await cite("Audit report");
    await cite("Council budget");
    const { id, slug } = await published();
    const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(verdict.publishedEvidence).toEqual(verdict.revisions[0]!.evidence);
    expect(verdict.publishedEvidence).toMatchObject([
      { title: "Audit report", stance: "REFUTES", archiveUrl: null },
      { title: "Council budget" },
    ]);
    const page = await getPublicVerdictBySlug(slug);
    expect(page!.evidenceUnreadable).toBe(false);
    expect(page!.evidence.map((item) => [item.title, item.source?.domain])).toEqual([
      ["Audit report", `audit-${n}.example`],
      ["Council budget", `audit-${n}.example`],
    ]);
    expect((await getPublicRevision(slug, 1))!.revision.evidence!.map((item) => item.title)).toEqual(["Audit report", "Council budget"]);
  });

  it("editing, removing, adding and moving evidence after publication leave the public pages as published", async () => {
    const first = await cite("Audit report");
    const second = await cite("Council budget");
    const { slug } = await published();
    const before = await getPublicVerdictBySlug(slug);
    refreshed.length = 0;

    ok(
      await editEvidence(
        {
          evidenceId: first.id,
          version: first.version,
          url: "https://audit.example/v2",
          title: "Audit report, revised",
          excerpt: "1.5 billion.",
          stance: "CONTEXT",
          archiveUrl: "",
        },
        actingAs(author),
      ),
    );
    ok(await removeEvidence({ evidenceId: second.id, version: second.version }, actingAs(author)));
    await cite("Ministry letter");
    ok(await moveEvidence({ evidenceId: first.id, direction: "down" }, actingAs(author)));

    expect(refreshed.flat(), "no public page changed").toEqual([]);
    expect(await getPublicVerdictBySlug(slug)).toEqual(before);
    expect((await getPublicRevision(slug, 1))!.revision.evidence!.map((item) => item.title)).toEqual(["Audit report", "Council budget"]);
    // The desk says what is not public yet.
    const desk = await getClaimForDesk(claimId);
    expect(desk!.frozen).toBeNull();
    expect(desk!.evidenceChanges).toEqual([
      { kind: "added", title: "Ministry letter" },
      { kind: "changed", title: "Audit report, revised", fields: ["address", "title", "excerpt", "stance"] },
      { kind: "removed", title: "Council budget" },
    ]);
  });

  it("an update with a note publishes the evidence alone; the earlier version keeps the old evidence", async () => {
    const first = await cite("Audit report");
    const { id, slug } = await published();
    const submit = await startUpdate(id);
    // Neither the text nor the evidence changed: nothing to publish.
    expect(await submit("We added the ministry's letter.")).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("Nothing has changed yet"),
    });

    ok(
      await editEvidence(
        {
          evidenceId: first.id,
          version: first.version,
          url: "https://audit.example/final",
          title: "Final audit report",
          excerpt: "1.4 billion, final.",
          stance: "REFUTES",
          archiveUrl: "https://archive.example/final",
        },
        actingAs(author),
      ),
    );
    await cite("Ministry letter");
    refreshed.length = 0;
    expect(await submit("")).toMatchObject({ ok: false, status: 400, fieldErrors: { note: [expect.stringContaining("public note")] } });
    const result = ok(await submit("We cite the final audit report and the ministry's letter."));
    expect(result).toMatchObject({ published: true, kind: "UPDATE" });
    expect(refreshed.flat()).toContain(`verdict:${id}`);

    expect(await publicTitles(slug)).toEqual(["Final audit report", "Ministry letter"]);
    const page = await getPublicVerdictBySlug(slug);
    expect(page!.evidence[0]).toMatchObject({ url: "https://audit.example/final", archiveUrl: "https://archive.example/final" });
    expect(page!.revisions).toMatchObject([
      { number: 2, kind: "UPDATE", note: "We cite the final audit report and the ministry's letter." },
    ]);
    expect((await getPublicRevision(slug, 1))!.revision.evidence!.map((item) => item.title)).toEqual(["Audit report"]);
    expect((await getPublicRevision(slug, 2))!.revision.evidence!.map((item) => item.title)).toEqual([
      "Final audit report",
      "Ministry letter",
    ]);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "verdict.update" } });
    expect(event.after).toMatchObject({
      evidenceChanges: [
        { kind: "changed", title: "Final audit report" },
        { kind: "added", title: "Ministry letter" },
      ],
    });
    expect((await getClaimForDesk(claimId))!.evidenceChanges).toEqual([]);
  });

  it("each version lists where the claim appeared as that version was published", async () => {
    const said = "The mayor said the harbour tunnel cost 2 billion crowns. On radio she said it again: it cost 2 billion crowns.";
    const { id: articleId } = await t.db.article.create({
      data: { title: `Tunnel interview ${n}`, text: said, contentHash: contentHash(said) },
      select: { id: true },
    });
    ok(await addAppearance({ claimId, articleId, quote: "the harbour tunnel cost 2 billion crowns" }, actingAs(author)));
    const { id, slug } = await published();
    ok(await addAppearance({ claimId, articleId, quote: "it cost 2 billion crowns" }, actingAs(author)));
    expect(ok(await (await startUpdate(id))("We add the second time she said it."))).toMatchObject({ published: true, kind: "UPDATE" });

    const quotes = async (number: number) => (await getPublicRevision(slug, number))!.revision.appearances.map((item) => item.exact);
    expect(await quotes(1)).toEqual(["the harbour tunnel cost 2 billion crowns"]);
    expect(await quotes(2)).toEqual(["the harbour tunnel cost 2 billion crowns", "it cost 2 billion crowns"]);
    expect((await getPublicVerdictBySlug(slug))!.claim.appearances.map((item) => item.exact)).toEqual(await quotes(2));
  });

  it("a correction publishes the evidence its approver saw: frozen while it awaits approval", async () => {
    const first = await cite("Audit report");
    const { id, slug } = await published();
    await cite("Ministry letter");
    const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id } });
    const { revisionId } = ok(await startRevision({ verdictId: id, version: verdict.version }, actingAs(author)));
    ok(
      await submitRevision(
        { revisionId, version: 1, ...text, ratingId: "rating_mostly_false", note: "The audit counted financing separately." },
        actingAs(author),
      ),
    );

    const desk = await getClaimForDesk(claimId);
    expect(desk!.frozen).toMatch(/^Frozen while correction 2 of the verdict awaits approval — .*sends it back to draft\.$/);
    expect(await removeEvidence({ evidenceId: first.id, version: first.version }, actingAs(author))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await publicTitles(slug)).toEqual(["Audit report"]);

    ok(await approveRevision({ revisionId, version: 2 }, actingAs(approver)));
    expect(await publicTitles(slug)).toEqual(["Audit report", "Ministry letter"]);
  });

  it("a retracted verdict keeps the evidence it was published with", async () => {
    const first = await cite("Audit report");
    const { id, slug } = await published();
    const moderator = await makeStaff("MODERATOR");
    const { version } = await t.db.verdict.findUniqueOrThrow({ where: { id } });
    ok(await retractVerdict({ verdictId: id, version, reason: "The audit office withdrew its report." }, actingAs(moderator)));
    ok(await removeEvidence({ evidenceId: first.id, version: first.version }, actingAs(author)));
    const page = await getPublicVerdictBySlug(slug);
    expect(page!.status).toBe("RETRACTED");
    expect(page!.evidence.map((item) => item.title)).toEqual(["Audit report"]);
    expect((await getPublicRevision(slug, 1))!.revision.evidence!.map((item) => item.title)).toEqual(["Audit report"]);
  });

  it("source pages count and list what is published, and a merge moves published citations to the survivor", async () => {
    await cite("Audit report");
    const { id, slug } = await published();
    const duplicate = `twin-${n}.example`;
    await cite("Twin report", `https://${duplicate}/report`);
    expect(await getPublicSource(duplicate), "cited on the desk only").toBeNull();

    ok(await (await startUpdate(id))("We added the twin outlet's report."));
    const twin = await t.db.source.findUniqueOrThrow({ where: { domain: duplicate } });
    expect(await getPublicSource(duplicate)).toMatchObject({ citations: 1 });
    expect((await listPublishedVerdictsFor("source", twin.id, 1)).items.map((item) => item.slug)).toEqual([slug]);

    const moderator = await makeStaff("MODERATOR");
    const survivor = await t.db.source.create({
      data: { domain: `survivor-${n}.example`, name: "The Survivor", reliability: "HIGH", reliabilityNote: "Careful." },
    });
    ok(
      await mergeSources(
        { survivorId: survivor.id, survivorVersion: 1, duplicateId: twin.id, duplicateVersion: twin.version },
        actingAs(moderator),
      ),
    );
    expect((await getPublicVerdictBySlug(slug))!.evidence.map((item) => item.source?.name)).toEqual([`audit-${n}.example`, "The Survivor"]);
    expect((await getPublicRevision(slug, 2))!.revision.evidence!.at(-1)!.source).toMatchObject({
      name: "The Survivor",
      reliability: "HIGH",
    });
    expect(await getPublicSource(survivor.domain)).toMatchObject({ citations: 1 });
  });

  it("a source cited only by an earlier version keeps its public page, with no current citations", async () => {
    const twin = await cite("Twin report", `https://once-${n}.example/report`);
    await cite("Audit report");
    const { id } = await published();
    ok(await removeEvidence({ evidenceId: twin.id, version: twin.version }, actingAs(author)));
    ok(await (await startUpdate(id))("The twin outlet's report was withdrawn."));
    expect(await getPublicSource(`once-${n}.example`)).toMatchObject({ citations: 0 });
  });

  it("a malformed snapshot is logged and shown as a notice on the public pages, not an error", async () => {
    await cite("Audit report");
    const { id, slug } = await published();
    const malformed = [{ id: "e1", title: "Audit report", stance: "MAYBE" }];
    await t.db.verdict.update({ where: { id }, data: { publishedEvidence: malformed } });
    await t.db.verdictRevision.updateMany({ where: { verdictId: id }, data: { evidence: malformed } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await getPublicVerdictBySlug(slug)).toMatchObject({ evidence: [], evidenceUnreadable: true });
      expect((await getPublicRevision(slug, 1))!.revision).toMatchObject({ evidence: [], evidenceUnreadable: true });
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining(`published evidence of verdict ${id} is malformed`),
        expect.stringContaining("stance"),
      );
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`revision 1 of verdict ${id}`), expect.any(String));
      // The desk compares with nothing published: the next update publishes the evidence again.
      expect((await getClaimForDesk(claimId))!.evidenceChanges).toEqual([{ kind: "added", title: "Audit report" }]);
    } finally {
      logged.mockRestore();
    }
  });

  it("the desk shows the frozen state while the verdict awaits approval", async () => {
    await cite("Audit report");
    const { id } = ok(await startVerdict({ claimId }, actingAs(author)));
    expect((await getClaimForDesk(claimId))!.frozen).toBeNull();
    ok(await submitVerdict({ verdictId: id, version: 1, ...text }, actingAs(author)));
    const desk = await getClaimForDesk(claimId);
    expect(desk!.frozen).toBe(
      "Frozen while the verdict awaits approval — to make changes, a reviewer who did not write or submit it sends it back to draft.",
    );
    expect(desk!.evidenceChanges, "no public page yet").toBeNull();
  });
});

describe("publishing while others write", () => {
  // Two transactions at once, in a fixed order: a connection of the test holds a row lock that
  // stops the first one at a chosen step (after its work on the sources), the second one starts,
  // then the lock is released (scripts/testing/locks.ts).
  it.each([
    { first: "approval", stop: `SELECT 1 FROM "Claim" WHERE id = $1 FOR UPDATE` },
    { first: "merge", stop: `SELECT 1 FROM "Evidence" WHERE "claimId" = $1 FOR UPDATE` },
  ] as const)(
    "a source merge racing the approval ($first first) leaves the published evidence citing the survivor",
    async ({ first, stop }) => {
      const twinDomain = `twin-${n}.example`;
      await cite("Twin report", `https://${twinDomain}/report`);
      const { id } = ok(await startVerdict({ claimId }, actingAs(author)));
      ok(await submitVerdict({ verdictId: id, version: 1, ...text }, actingAs(author)));
      const twin = await t.db.source.findUniqueOrThrow({ where: { domain: twinDomain } });
      const survivor = await t.db.source.create({ data: { domain: `survivor-${n}.example`, name: "The Survivor" } });
      const moderator = await makeStaff("MODERATOR");
      const approve = () => tracked(approveVerdict({ verdictId: id, version: 2 }, actingAs(approver)));
      const merge = () =>
        tracked(
          mergeSources(
            { survivorId: survivor.id, survivorVersion: 1, duplicateId: twin.id, duplicateVersion: twin.version },
            actingAs(moderator),
          ),
        );

      // The approval stops before it updates the claim, having read its snapshot; the merge stops
      // before it moves the evidence, having locked both sources.
      const held = await holdRowLocks(t.url, stop, [claimId]);
      const one = first === "approval" ? approve() : merge();
      await waitForLockWaits(t.db, 1, one.settled);
      const two = first === "approval" ? merge() : approve();
      await waitForLockWaits(t.db, 2, two.settled);
      await held.release();
      for (const step of [one, two]) expect(await step.result).toMatchObject({ ok: true });

      expect(await t.db.source.findUnique({ where: { id: twin.id } })).toBeNull();
      const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
      expect(readPublishedEvidence(verdict.publishedEvidence)!.map((item) => item.sourceId)).toEqual([survivor.id]);
      expect(readPublishedEvidence(verdict.revisions[0]!.evidence)!.map((item) => item.sourceId)).toEqual([survivor.id]);
    },
  );

  it("evidence citing a source while it is merged away: both finish, never a deadlock, and the evidence cites the survivor", async () => {
    const twinDomain = `twin-${n}.example`;
    await cite("Twin report", `https://${twinDomain}/report`);
    const { id } = await published();
    const twin = await t.db.source.findUniqueOrThrow({ where: { domain: twinDomain } });
    const survivor = await t.db.source.create({ data: { domain: `survivor-${n}.example`, name: "The Survivor" } });
    const moderator = await makeStaff("MODERATOR");

    // The merge stops before it moves the evidence, holding both sources; the desk then cites the
    // duplicate on the claim whose published evidence the merge must re-point.
    const held = await holdRowLocks(t.url, `SELECT 1 FROM "Evidence" WHERE "claimId" = $1 FOR UPDATE`, [claimId]);
    const merge = tracked(
      mergeSources(
        { survivorId: survivor.id, survivorVersion: 1, duplicateId: twin.id, duplicateVersion: twin.version },
        actingAs(moderator),
      ),
    );
    await waitForLockWaits(t.db, 1, merge.settled);
    const edit = tracked(cite("Twin follow-up", `https://${twinDomain}/follow-up`));
    await waitForLockWaits(t.db, 2, edit.settled);
    await held.release();
    const results = await Promise.allSettled([merge.result, edit.result]);
    for (const result of results) {
      expect(result.status === "fulfilled" ? "" : String(result.reason)).toBe("");
    }
    expect(await merge.result).toMatchObject({ ok: true });
    const added = await t.db.evidence.findFirstOrThrow({ where: { claimId, title: "Twin follow-up" } });
    expect(added.sourceId).toBe(survivor.id);
    const verdict = await t.db.verdict.findUniqueOrThrow({ where: { id } });
    expect(readPublishedEvidence(verdict.publishedEvidence)!.map((item) => item.sourceId)).toEqual([survivor.id]);
  });

  it("publishing an update while evidence is added: both finish, never a deadlock", async () => {
    await cite("Audit report");
    const { id, slug } = await published();
    const submit = await startUpdate(id);
    await cite("Ministry letter");
    // The publication stops where it first needs the Verdict row; the evidence form then saves.
    const held = await holdRowLocks(t.url, `SELECT 1 FROM "Verdict" WHERE id = $1 FOR SHARE`, [id]);
    const publication = tracked(submit("We added the ministry's letter."));
    await waitForLockWaits(t.db, 1, publication.settled);
    const edit = tracked(cite("Council budget"));
    await waitForLockWaits(t.db, 2, edit.settled);
    await held.release();
    const results = await Promise.allSettled([publication.result, edit.result]);
    for (const result of results) {
      expect(result.status === "fulfilled" ? "" : String(result.reason)).toBe("");
    }
    // The evidence edit committed first (the publication waited for the Verdict row): it is published.
    expect(await publicTitles(slug)).toEqual(["Audit report", "Ministry letter", "Council budget"]);
  });
});

describe("evidenceChanges", () => {
  const item = (id: string, title = id) => ({
    id,
    url: `https://e.example/${id}`,
    archiveUrl: null,
    title,
    excerpt: "x",
    stance: "REFUTES" as const,
  });

  it("is empty when the desk matches what was published, and names added, changed and removed evidence and a new order", () => {
    expect(evidenceChanges([item("a"), item("b")], [item("a"), item("b")])).toEqual([]);
    expect(evidenceChanges(null, [])).toEqual([]);
    expect(evidenceChanges(null, [item("a")])).toEqual([{ kind: "added", title: "a" }]);
    expect(
      evidenceChanges([item("a"), item("b"), item("c")], [item("c"), { ...item("a"), archiveUrl: "https://archive.example/a" }]),
    ).toEqual([{ kind: "changed", title: "a", fields: ["archived copy"] }, { kind: "removed", title: "b" }, { kind: "reordered" }]);
  });
});
