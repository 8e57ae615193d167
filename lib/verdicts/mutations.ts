import type { z } from "zod";
import { changedFields } from "@/lib/audit";
import type { Prisma, RevisionKind, VerdictStatus } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type Change, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { evidenceChanges, lockCitedSources, readPublishedEvidence, takeEvidenceSnapshot, type PublishedEvidenceItem } from "./published-evidence";
import {
  retractVerdictSchema,
  revisionDecisionSchema,
  saveRevisionSchema,
  saveVerdictSchema,
  sendBackRevisionSchema,
  sendBackVerdictSchema,
  startRevisionSchema,
  startVerdictSchema,
  submitRevisionSchema,
  submitVerdictSchema,
  verdictDecisionSchema,
} from "./schemas";
import { uniqueVerdictSlug } from "./slug";

/**
 * The review workflow of a verdict, each step through the one write path (lib/mutation.ts):
 *
 *   draft → awaiting approval → published → retracted
 *
 * Before publication the Verdict row is the draft. After it, the Verdict row holds the public
 * text and edits go into a new VerdictRevision (docs/decisions/003-data-model.md): a revision
 * that changes the rating or the conclusion is a CORRECTION and needs a second person's approval;
 * one that changes only the rationale or the claim's evidence is an UPDATE its author may publish.
 * Every publication keeps the claim's evidence as it is then (./published-evidence.ts): the public
 * page shows that snapshot, so later evidence work reaches the public only with a revision. Every
 * save names the version it was based on; a stale one is refused (409) with the record as it now is.
 */

type Tx = Prisma.TransactionClient;

/** The fields a draft (of a verdict or a revision) edits. */
type DraftFields = { ratingId: string | null; conclusion: string; rationale: string };

/** Saved at: the client shows "Saved at hh:mm". */
export type DraftSaved = { version: number; savedAt: Date };

// ------------------------------------------------------------------ helpers

const verdictFields = {
  id: true,
  claimId: true,
  slug: true,
  status: true,
  ratingId: true,
  conclusion: true,
  rationale: true,
  authorId: true,
  approverId: true,
  publishedAt: true,
  version: true,
  editorIds: true,
  publishedEvidence: true,
} as const;

const verdictGone = "That verdict no longer exists.";
const revisionGone = "That correction or update no longer exists.";

async function findVerdict(tx: Tx, id: string) {
  const verdict = await tx.verdict.findUnique({ where: { id }, select: verdictFields });
  if (!verdict) throw new MutationRefused(404, verdictGone);
  return verdict;
}

type VerdictRow = Awaited<ReturnType<typeof findVerdict>>;

/**
 * Every write of a verdict or of its revisions starts here, so that all of them take their locks
 * in one order (the opposite orders deadlock):
 *
 *   1. a publication: the sources its claim's evidence cites, FOR KEY SHARE (lockCitedSources,
 *      ./published-evidence.ts) — a source merge locks sources before it re-points the published
 *      evidence in Verdict and revision rows;
 *   2. the Verdict row, FOR UPDATE;
 *   3. its revisions.
 *
 * Evidence and claim edits take the same order (assertClaimNotAwaitingApproval, ./awaiting-approval.ts:
 * the Verdict row FOR SHARE, then its open revisions), so an edit and a publication wait for each
 * other instead of deadlocking, and a publication's snapshot includes an edit that committed first.
 * The verdict is read once the lock is held, so its status and version are the committed ones.
 */
async function lockVerdict(tx: Tx, id: string, publishing = false) {
  const found = await tx.verdict.findUnique({ where: { id }, select: { claimId: true } });
  if (!found) throw new MutationRefused(404, verdictGone);
  if (publishing) await lockCitedSources(tx, found.claimId);
  await tx.$queryRaw`SELECT 1 FROM "Verdict" WHERE id = ${id} FOR UPDATE`;
  return findVerdict(tx, id);
}

async function ratingLabel(tx: Tx, ratingId: string | null): Promise<string | null> {
  if (!ratingId) return null;
  return (await tx.rating.findUnique({ where: { id: ratingId }, select: { label: true } }))?.label ?? null;
}

/** What a form needs to show someone whose save was refused: the record as it now is. */
async function currentDraft(tx: Tx, record: DraftFields & { version: number; status: string; note?: string | null }) {
  return {
    status: record.status,
    ratingId: record.ratingId,
    ratingLabel: await ratingLabel(tx, record.ratingId),
    conclusion: record.conclusion,
    rationale: record.rationale,
    ...(record.note !== undefined ? { note: record.note ?? "" } : {}),
    version: record.version,
  };
}

const statusWords: Record<VerdictStatus, string> = {
  DRAFT: "a draft",
  AWAITING_APPROVAL: "awaiting approval",
  PUBLISHED: "published",
  RETRACTED: "retracted",
};

async function requireVerdictStatus(tx: Tx, verdict: VerdictRow, status: VerdictStatus, doing: string) {
  if (verdict.status === status) return;
  throw new MutationRefused(409, `This verdict is ${statusWords[verdict.status]} now, so you cannot ${doing}. Reload the page to see it.`, {
    current: await currentDraft(tx, verdict),
  });
}

/**
 * The rating row, locked FOR SHARE until the transaction ends: retiring it (which locks it FOR
 * UPDATE, lib/ratings/mutations.ts) waits for a submission or publication that uses it, and then
 * counts it; a submission or publication waits for a retirement and then sees it.
 */
async function lockRating(tx: Tx, ratingId: string) {
  const [rating] = await tx.$queryRaw<{ label: string; retiredAt: Date | null }[]>`
    SELECT label, "retiredAt" FROM "Rating" WHERE id = ${ratingId} FOR SHARE`;
  return rating ?? null;
}

/**
 * A rating must exist and not be retired. A draft save may keep a retired rating the record already
 * has (`keptFrom`), so that autosave does not fail; a submission may not (`keptFrom` null).
 */
async function assertRatingUsable(tx: Tx, ratingId: string | null, keptFrom: string | null) {
  if (!ratingId) return;
  const rating = await lockRating(tx, ratingId);
  if (!rating || (rating.retiredAt && ratingId !== keptFrom)) {
    const message = rating ? `“${rating.label}” has been retired from the scale. Choose another rating.` : "Choose a rating from the scale.";
    throw new MutationRefused(400, "Some fields need attention.", { fieldErrors: { ratingId: [message] } });
  }
}

/** Nothing is published with a rating retired since it was submitted: the approver sends it back instead. */
async function assertRatingPublishable(tx: Tx, ratingId: string | null, what: string) {
  if (!ratingId) return;
  const rating = await lockRating(tx, ratingId);
  if (!rating || rating.retiredAt) {
    const label = rating ? `“${rating.label}”` : "Its rating";
    throw new MutationRefused(409, `This ${what} cannot be published: ${rating ? `its rating ${label} has been retired` : "its rating no longer exists"}. Send it back so its author chooses another rating.`, {
      fieldErrors: { ratingId: [`${label} has been retired from the scale. Choose another rating.`] },
    });
  }
}

/** Adds the person saving to a draft's editors (they may not approve it). */
const withEditor = (editorIds: string[], actor: CurrentUser) => (editorIds.includes(actor.id) ? editorIds : [...editorIds, actor.id]);

/** Who last submitted a record for approval (from the audit log), so that they cannot approve it either. */
async function lastSubmitter(tx: Tx, entityType: string, entityId: string, action: string) {
  const event = await tx.auditEvent.findFirst({ where: { entityType, entityId, action }, orderBy: { id: "desc" }, select: { actorId: true } });
  return event?.actorId ?? null;
}

function assertNotOwnWork(actor: CurrentUser, authorId: string, submitterId: string | null, editorIds: string[], what: string) {
  if (actor.id === authorId || actor.id === submitterId) {
    throw new MutationRefused(
      403,
      `You ${actor.id === authorId ? "wrote" : "submitted"} this ${what}, so someone else must approve it: every publication is checked by a second person.`,
    );
  }
  if (editorIds.includes(actor.id)) {
    throw new MutationRefused(403, `You edited this draft, so someone else must approve it: every publication is checked by a second person.`);
  }
}

// ------------------------------------------------------------------ verdict drafts

/** Starts the draft verdict of a claim; the person starting it is its author. */
export function startVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: startVerdictSchema,
      input,
      async change(tx, data, actor) {
        const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, text: true, status: true, version: true } });
        if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
        if (claim.status === "DISMISSED") throw new MutationRefused(409, "This claim was dismissed. Reopen it before drafting a verdict.");
        // Locks the claim row first, so two people starting at once do not both create a verdict.
        await tx.claim.update({
          where: { id: claim.id },
          data: { version: { increment: 1 }, ...(claim.status === "NEW" ? { status: "IN_REVIEW" } : {}) },
        });
        const existing = await tx.verdict.findUnique({ where: { claimId: claim.id }, select: { id: true } });
        if (existing) throw new MutationRefused(409, "This claim already has a verdict; reload the page to open it.");
        // ON CONFLICT DO NOTHING: another verdict taking the same slug at this moment is a 409, not a 500.
        const [verdict] = await tx.verdict.createManyAndReturn({
          data: [{ claimId: claim.id, slug: await uniqueVerdictSlug(tx, claim.text), authorId: actor.id }],
          skipDuplicates: true,
          select: { id: true, slug: true, version: true },
        });
        if (!verdict) throw new MutationRefused(409, "Someone else just added a verdict with the same web address; try again.");
        return {
          result: verdict,
          audit: [
            { action: "verdict.create", entityType: "Verdict", entityId: verdict.id, after: { claimId: claim.id, slug: verdict.slug, status: "DRAFT" } },
            ...(claim.status === "NEW"
              ? [{ action: "claim.start_review", entityType: "Claim", entityId: claim.id, before: { status: "NEW" }, after: { status: "IN_REVIEW" } }]
              : []),
          ],
        };
      },
    },
    deps,
  );
}

/** Writes a draft verdict's fields if nobody saved it since `version`; 409 with the current text otherwise. */
async function writeVerdictDraft(
  tx: Tx,
  data: DraftFields & { verdictId: string; version: number },
  actor: CurrentUser,
  extra: Prisma.VerdictUpdateManyMutationInput = {},
) {
  const before = await lockVerdict(tx, data.verdictId);
  await requireVerdictStatus(tx, before, "DRAFT", "edit it as a draft");
  if (before.version !== data.version) throw staleEdit("verdict draft", await currentDraft(tx, before));
  const submitting = extra.status === "AWAITING_APPROVAL";
  await assertRatingUsable(tx, data.ratingId, submitting ? null : before.ratingId);
  const fields = { ratingId: data.ratingId, conclusion: data.conclusion, rationale: data.rationale };
  const { count } = await tx.verdict.updateMany({
    where: { id: before.id, version: data.version, status: "DRAFT" },
    data: { ...fields, ...extra, editorIds: withEditor(before.editorIds, actor), version: { increment: 1 } },
  });
  if (count === 0) throw staleEdit("verdict draft", await currentDraft(tx, await findVerdict(tx, before.id)));
  return { before, fields, version: data.version + 1 };
}

function saveDraft(input: unknown, explicit: boolean, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: saveVerdictSchema,
      input,
      async change(tx, data, actor): Promise<Change<DraftSaved>> {
        const { before, fields, version } = await writeVerdictDraft(tx, data, actor);
        return {
          result: { version, savedAt: new Date() },
          // Autosaves are not audited (lib/audit.ts); a deliberate save is.
          audit: explicit ? { action: "verdict.save_draft", entityType: "Verdict", entityId: before.id, ...changedFields(before, fields) } : [],
        };
      },
    },
    deps,
  );
}

/** The editor's autosave: a draft saved as typed, with no audit event. */
export function autosaveVerdictDraft(input: unknown, deps?: MutationDeps) {
  return saveDraft(input, false, deps);
}

/** "Save draft": the same write, recorded in the audit log. */
export function saveVerdictDraft(input: unknown, deps?: MutationDeps) {
  return saveDraft(input, true, deps);
}

/** Saves the draft as it is on screen and puts it in the approvals list. */
export function submitVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: submitVerdictSchema,
      input,
      async change(tx, data, actor): Promise<Change<{ version: number }>> {
        const { before, fields, version } = await writeVerdictDraft(tx, data, actor, { status: "AWAITING_APPROVAL" });
        const changed = changedFields(before, fields);
        return {
          result: { version },
          audit: {
            action: "verdict.submit",
            entityType: "Verdict",
            entityId: before.id,
            before: { status: "DRAFT", ...changed.before },
            after: { status: "AWAITING_APPROVAL", ...changed.after, ratingId: fields.ratingId },
          },
        };
      },
    },
    deps,
  );
}

/** A second person approves a submitted verdict, which publishes it. */
export function approveVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.approve",
      schema: verdictDecisionSchema,
      input,
      async change(tx, data, actor): Promise<Change<{ slug: string; version: number }>> {
        const before = await lockVerdict(tx, data.verdictId, true);
        await requireVerdictStatus(tx, before, "AWAITING_APPROVAL", "approve it");
        assertNotOwnWork(actor, before.authorId, await lastSubmitter(tx, "Verdict", before.id, "verdict.submit"), before.editorIds, "verdict");
        await assertRatingPublishable(tx, before.ratingId, "verdict");
        const publishedAt = new Date();
        // The evidence the approver saw: it cannot change while the verdict awaits approval.
        const evidence = await takeEvidenceSnapshot(tx, before.claimId);
        const { count } = await tx.verdict.updateMany({
          where: { id: before.id, version: data.version, status: "AWAITING_APPROVAL" },
          data: { status: "PUBLISHED", approverId: actor.id, publishedAt, publishedEvidence: evidence, version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("verdict", await currentDraft(tx, await findVerdict(tx, before.id)));

        // Revision 1 is the original publication, kept unchanged for ever.
        const original = {
          kind: "ORIGINAL" as const,
          status: "PUBLISHED" as const,
          ratingId: before.ratingId,
          conclusion: before.conclusion,
          rationale: before.rationale,
          note: null,
          authorId: before.authorId,
          approverId: actor.id,
          publishedAt,
          evidence,
        };
        await tx.verdictRevision.upsert({
          where: { verdictId_number: { verdictId: before.id, number: 1 } },
          create: { verdictId: before.id, number: 1, ...original },
          update: { ...original, version: { increment: 1 } },
        });
        await tx.claim.update({ where: { id: before.claimId }, data: { status: "PUBLISHED", version: { increment: 1 } } });
        return {
          result: { slug: before.slug, version: data.version + 1 },
          audit: [
            {
              action: "verdict.publish",
              entityType: "Verdict",
              entityId: before.id,
              before: { status: "AWAITING_APPROVAL" },
              after: {
                status: "PUBLISHED",
                revision: 1,
                ratingId: before.ratingId,
                conclusion: before.conclusion,
                approverId: actor.id,
                publishedAt,
                evidenceItems: evidence.length,
              },
            },
          ],
          refresh: [publicTags.verdict(before.id)],
        };
      },
    },
    deps,
  );
}

/** The approver returns a submitted verdict to its author with a comment; it is a draft again. */
export function sendBackVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.approve",
      schema: sendBackVerdictSchema,
      input,
      async change(tx, data): Promise<Change<{ version: number }>> {
        const before = await lockVerdict(tx, data.verdictId);
        await requireVerdictStatus(tx, before, "AWAITING_APPROVAL", "send it back");
        const { count } = await tx.verdict.updateMany({
          where: { id: before.id, version: data.version, status: "AWAITING_APPROVAL" },
          data: { status: "DRAFT", version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("verdict", await currentDraft(tx, await findVerdict(tx, before.id)));
        return {
          result: { version: data.version + 1 },
          audit: {
            action: "verdict.send_back",
            entityType: "Verdict",
            entityId: before.id,
            before: { status: "AWAITING_APPROVAL" },
            after: { status: "DRAFT", comment: data.comment },
          },
        };
      },
    },
    deps,
  );
}

// ------------------------------------------------------------------ corrections and updates

const revisionFields = {
  id: true,
  verdictId: true,
  number: true,
  kind: true,
  status: true,
  ratingId: true,
  conclusion: true,
  rationale: true,
  note: true,
  authorId: true,
  version: true,
  editorIds: true,
} as const;

async function findRevision(tx: Tx, id: string) {
  const revision = await tx.verdictRevision.findUnique({ where: { id }, select: { ...revisionFields, verdict: { select: verdictFields } } });
  if (!revision) throw new MutationRefused(404, revisionGone);
  return revision;
}

type RevisionRow = Awaited<ReturnType<typeof findRevision>>;

/** A revision, read once its verdict is locked (lockVerdict: the one lock order). */
async function lockRevision(tx: Tx, id: string, publishing = false) {
  const found = await tx.verdictRevision.findUnique({ where: { id }, select: { verdictId: true } });
  if (!found) throw new MutationRefused(404, revisionGone);
  await lockVerdict(tx, found.verdictId, publishing);
  return findRevision(tx, id);
}

/**
 * A change of the rating or the conclusion is a correction (the finding changed: a second person
 * approves it); a change of the rationale or of the evidence alone is an update (wording, added
 * context, a better source).
 */
export function revisionKind(published: DraftFields, revised: DraftFields): Exclude<RevisionKind, "ORIGINAL"> {
  return published.ratingId !== revised.ratingId || published.conclusion.trim() !== revised.conclusion.trim() ? "CORRECTION" : "UPDATE";
}

const revisionStatusWords = { DRAFT: "a draft", AWAITING_APPROVAL: "awaiting approval", PUBLISHED: "published", DISCARDED: "discarded" } as const;

async function requireRevisionStatus(tx: Tx, revision: RevisionRow, status: keyof typeof revisionStatusWords, doing: string) {
  if (revision.status === status && revision.verdict.status === "PUBLISHED") return;
  const now = revision.verdict.status === "RETRACTED" ? "retracted verdict" : `revision ${revisionStatusWords[revision.status]}`;
  throw new MutationRefused(409, `This is a ${now} now, so you cannot ${doing}. Reload the page to see it.`, {
    current: await currentDraft(tx, revision),
  });
}

/** Starts a correction or update of a published verdict: a draft revision with the public text. */
export function startRevision(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: startRevisionSchema,
      input,
      async change(tx, data, actor): Promise<Change<{ revisionId: string; number: number }>> {
        const verdict = await lockVerdict(tx, data.verdictId);
        await requireVerdictStatus(tx, verdict, "PUBLISHED", "correct it");
        // Bumping the verdict's version makes two people starting at once collide here.
        const { count } = await tx.verdict.updateMany({ where: { id: verdict.id, version: data.version }, data: { version: { increment: 1 } } });
        if (count === 0) throw staleEdit("verdict", await currentDraft(tx, await findVerdict(tx, verdict.id)));
        const open = await tx.verdictRevision.findFirst({ where: { verdictId: verdict.id, status: { in: ["DRAFT", "AWAITING_APPROVAL"] } } });
        if (open) throw new MutationRefused(409, `Revision ${open.number} of this verdict is already in progress; reload the page to open it.`);
        const last = await tx.verdictRevision.aggregate({ where: { verdictId: verdict.id }, _max: { number: true } });
        const revision = await tx.verdictRevision.create({
          data: {
            verdictId: verdict.id,
            number: (last._max.number ?? 1) + 1,
            kind: "UPDATE",
            status: "DRAFT",
            ratingId: verdict.ratingId,
            conclusion: verdict.conclusion,
            rationale: verdict.rationale,
            authorId: actor.id,
          },
          select: { id: true, number: true },
        });
        return {
          result: { revisionId: revision.id, number: revision.number },
          audit: { action: "verdict.start_revision", entityType: "VerdictRevision", entityId: revision.id, after: { verdictId: verdict.id, number: revision.number, status: "DRAFT" } },
        };
      },
    },
    deps,
  );
}

async function writeRevisionDraft(
  tx: Tx,
  data: DraftFields & { revisionId: string; version: number; note: string },
  actor: CurrentUser,
  submitting: boolean,
  extra: Prisma.VerdictRevisionUpdateManyMutationInput = {},
) {
  const before = await lockRevision(tx, data.revisionId);
  await requireRevisionStatus(tx, before, "DRAFT", "edit it");
  if (before.version !== data.version) throw staleEdit("correction", await currentDraft(tx, before));
  await assertRatingUsable(tx, data.ratingId, submitting ? null : before.verdict.ratingId);
  const fields = { ratingId: data.ratingId, conclusion: data.conclusion, rationale: data.rationale, note: data.note || null };
  const kind = revisionKind(before.verdict, fields);
  const { count } = await tx.verdictRevision.updateMany({
    where: { id: before.id, version: data.version, status: "DRAFT" },
    data: { ...fields, kind, ...extra, editorIds: withEditor(before.editorIds, actor), version: { increment: 1 } },
  });
  if (count === 0) throw staleEdit("correction", await currentDraft(tx, await findRevision(tx, before.id)));
  return { before, fields, kind, version: data.version + 1 };
}

function saveRevision(input: unknown, explicit: boolean, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: saveRevisionSchema,
      input,
      async change(tx, data, actor): Promise<Change<DraftSaved & { kind: RevisionKind }>> {
        const { before, fields, kind, version } = await writeRevisionDraft(tx, data, actor, false);
        return {
          result: { version, kind, savedAt: new Date() },
          audit: explicit
            ? { action: "verdict.save_revision", entityType: "VerdictRevision", entityId: before.id, ...changedFields(before, { ...fields, kind }) }
            : [],
        };
      },
    },
    deps,
  );
}

export function autosaveRevision(input: unknown, deps?: MutationDeps) {
  return saveRevision(input, false, deps);
}

export function saveRevisionDraft(input: unknown, deps?: MutationDeps) {
  return saveRevision(input, true, deps);
}

/**
 * Makes a revision, with the claim's evidence as it is now (`taken`: already read in this
 * transaction, under the verdict's lock), the public version of its verdict.
 */
async function publishRevision(tx: Tx, revision: RevisionRow, approverId: string | null, taken?: PublishedEvidenceItem[]) {
  const { verdict } = revision;
  await assertRatingPublishable(tx, revision.ratingId, revision.kind === "CORRECTION" ? "correction" : "update");
  const publishedAt = new Date();
  const evidence = taken ?? (await takeEvidenceSnapshot(tx, verdict.claimId));
  const { count } = await tx.verdict.updateMany({
    where: { id: verdict.id, status: "PUBLISHED" },
    data: {
      ratingId: revision.ratingId,
      conclusion: revision.conclusion,
      rationale: revision.rationale,
      publishedEvidence: evidence,
      ...(approverId ? { approverId } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new MutationRefused(409, "This verdict is no longer published. Reload the page to see it.");
  const published = await tx.verdictRevision.updateMany({
    where: { id: revision.id, version: revision.version, status: revision.status },
    data: { status: "PUBLISHED", publishedAt, approverId, evidence, version: { increment: 1 } },
  });
  if (published.count === 0) throw staleEdit("correction", await currentDraft(tx, await findRevision(tx, revision.id)));
  return {
    action: revision.kind === "CORRECTION" ? "verdict.correct" : "verdict.update",
    entityType: "Verdict",
    entityId: verdict.id,
    before: { revision: revision.number - 1, ratingId: verdict.ratingId, conclusion: verdict.conclusion, rationale: verdict.rationale },
    after: {
      revision: revision.number,
      kind: revision.kind,
      ratingId: revision.ratingId,
      conclusion: revision.conclusion,
      rationale: revision.rationale,
      note: revision.note,
      publishedAt,
      ...(approverId ? { approverId } : {}),
      evidenceChanges: evidenceChanges(readPublishedEvidence(verdict.publishedEvidence, `verdict ${verdict.id}`), evidence),
    },
  };
}

/**
 * Saves the revision as it is on screen, then: an update (wording or evidence only) by its own
 * author is published at once; a correction, or an update someone else wrote, goes to a second person.
 */
export function submitRevision(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: submitRevisionSchema,
      input,
      async change(tx, data, actor): Promise<Change<{ published: boolean; kind: RevisionKind; slug: string }>> {
        // Locked for a publication (it may be one): the evidence cannot change from here on.
        const current = await lockRevision(tx, data.revisionId, true);
        const evidence = await takeEvidenceSnapshot(tx, current.verdict.claimId);
        const unchanged =
          revisionKind(current.verdict, data) === "UPDATE" &&
          current.verdict.rationale === data.rationale &&
          evidenceChanges(readPublishedEvidence(current.verdict.publishedEvidence, `verdict ${current.verdictId}`), evidence).length === 0;
        if (unchanged) {
          throw new MutationRefused(400, "Nothing has changed yet: edit the rating, conclusion or rationale (or the evidence on the claim desk), or discard this revision.", {
            fieldErrors: { rationale: ["This is the published text, unchanged, and so is the evidence."] },
          });
        }
        const publishNow = revisionKind(current.verdict, data) === "UPDATE" && current.authorId === actor.id;
        const { before, kind } = await writeRevisionDraft(tx, data, actor, true, publishNow ? {} : { status: "AWAITING_APPROVAL" });
        const slug = before.verdict.slug;
        if (publishNow) {
          // A published update has no approver: its author published a wording fix.
          const event = await publishRevision(tx, await findRevision(tx, before.id), null, evidence);
          return { result: { published: true, kind, slug }, audit: event, refresh: [publicTags.verdict(before.verdictId)] };
        }
        return {
          result: { published: false, kind, slug },
          audit: {
            action: "verdict.submit_revision",
            entityType: "VerdictRevision",
            entityId: before.id,
            before: { status: "DRAFT" },
            after: { status: "AWAITING_APPROVAL", kind, number: before.number, ratingId: data.ratingId, conclusion: data.conclusion, note: data.note },
          },
        };
      },
    },
    deps,
  );
}

/** A second person approves a correction (or update), which publishes it. */
export function approveRevision(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.approve",
      schema: revisionDecisionSchema,
      input,
      async change(tx, data, actor): Promise<Change<{ slug: string }>> {
        const revision = await lockRevision(tx, data.revisionId, true);
        await requireRevisionStatus(tx, revision, "AWAITING_APPROVAL", "approve it");
        const what = revision.kind === "CORRECTION" ? "correction" : "update";
        assertNotOwnWork(actor, revision.authorId, await lastSubmitter(tx, "VerdictRevision", revision.id, "verdict.submit_revision"), revision.editorIds, what);
        if (revision.version !== data.version) throw staleEdit(what, await currentDraft(tx, revision));
        const event = await publishRevision(tx, revision, actor.id);
        return { result: { slug: revision.verdict.slug }, audit: event, refresh: [publicTags.verdict(revision.verdictId)] };
      },
    },
    deps,
  );
}

/** The approver returns a correction to its author with a comment; the public text stays as it is. */
export function sendBackRevision(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.approve",
      schema: sendBackRevisionSchema,
      input,
      async change(tx, data): Promise<Change<{ version: number }>> {
        const revision = await lockRevision(tx, data.revisionId);
        await requireRevisionStatus(tx, revision, "AWAITING_APPROVAL", "send it back");
        const { count } = await tx.verdictRevision.updateMany({
          where: { id: revision.id, version: data.version, status: "AWAITING_APPROVAL" },
          data: { status: "DRAFT", version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("correction", await currentDraft(tx, await findRevision(tx, revision.id)));
        return {
          result: { version: data.version + 1 },
          audit: {
            action: "verdict.send_back_revision",
            entityType: "VerdictRevision",
            entityId: revision.id,
            before: { status: "AWAITING_APPROVAL" },
            after: { status: "DRAFT", comment: data.comment },
          },
        };
      },
    },
    deps,
  );
}

/** Drops a correction or update that has not been published; the public text never changed. */
export function discardRevision(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: revisionDecisionSchema,
      input,
      async change(tx, data): Promise<Change<{ number: number }>> {
        const revision = await lockRevision(tx, data.revisionId);
        if (revision.status !== "DRAFT" && revision.status !== "AWAITING_APPROVAL") {
          throw new MutationRefused(409, `This revision is ${revisionStatusWords[revision.status]} already. Reload the page to see it.`);
        }
        const { count } = await tx.verdictRevision.updateMany({
          where: { id: revision.id, version: data.version, status: revision.status },
          data: { status: "DISCARDED", version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("correction", await currentDraft(tx, await findRevision(tx, revision.id)));
        return {
          result: { number: revision.number },
          audit: { action: "verdict.discard_revision", entityType: "VerdictRevision", entityId: revision.id, before: { status: revision.status }, after: { status: "DISCARDED" } },
        };
      },
    },
    deps,
  );
}

// ------------------------------------------------------------------ retraction

/**
 * Moderators retract a published verdict with a public reason. The page stays, marked retracted
 * (and without ClaimReview markup); unpublished corrections of it are discarded.
 */
export function retractVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.retract",
      schema: retractVerdictSchema,
      input,
      async change(tx, data: z.output<typeof retractVerdictSchema>): Promise<Change<{ slug: string }>> {
        const before = await lockVerdict(tx, data.verdictId);
        await requireVerdictStatus(tx, before, "PUBLISHED", "retract it");
        const retractedAt = new Date();
        const { count } = await tx.verdict.updateMany({
          where: { id: before.id, version: data.version, status: "PUBLISHED" },
          data: { status: "RETRACTED", retractedAt, retractionReason: data.reason, version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("verdict", await currentDraft(tx, await findVerdict(tx, before.id)));
        const discarded = await tx.verdictRevision.updateMany({
          where: { verdictId: before.id, status: { in: ["DRAFT", "AWAITING_APPROVAL"] } },
          data: { status: "DISCARDED", version: { increment: 1 } },
        });
        return {
          result: { slug: before.slug },
          audit: {
            action: "verdict.retract",
            entityType: "Verdict",
            entityId: before.id,
            before: { status: "PUBLISHED" },
            after: { status: "RETRACTED", retractedAt, retractionReason: data.reason, ...(discarded.count ? { discardedRevisions: discarded.count } : {}) },
          },
          refresh: [publicTags.verdict(before.id)],
        };
      },
    },
    deps,
  );
}
