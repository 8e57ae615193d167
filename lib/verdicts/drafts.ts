import { changedFields } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, type Change, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { lockVerdict, updateVerdictIfUnchanged, type DraftFields, type Tx } from "./locks";
import { currentVerdictWhere } from "./current";
import { takeAppearanceSnapshot } from "./published-appearances";
import { takeEvidenceSnapshot } from "./published-evidence";
import {
  assertMayApprove,
  assertRatingPublishable,
  checkDraftWrite,
  draftSaves,
  requireVerdictStatus,
  sendBackMutation,
  withEditor,
} from "./review-steps";
import { saveVerdictSchema, sendBackVerdictSchema, startVerdictSchema, submitVerdictSchema, verdictDecisionSchema } from "./schemas";
import { uniqueVerdictSlug } from "./slug";

/**
 * A verdict before its publication, each step through the one write path (lib/mutation.ts):
 *
 *   draft → awaiting approval → published
 *
 * The Verdict row is the draft. Publishing keeps the claim's evidence as it is then
 * (./published-evidence.ts): the public page shows that snapshot. Every save names the version it
 * was based on; a stale one is refused (409) with the record as it now is. After publication,
 * changes are revisions (./revisions.ts); a published verdict may be retracted (./retraction.ts).
 */

/** Saved at: the client shows "Saved at hh:mm". */
export type DraftSaved = { version: number; savedAt: Date };

/** Starts the draft verdict of a claim; the person starting it is its author. */
export function startVerdict(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "verdicts.draft",
      schema: startVerdictSchema,
      input,
      async change(tx, data, actor) {
        const claim = await tx.claim.findUnique({
          where: { id: data.claimId },
          select: { id: true, text: true, status: true, version: true },
        });
        if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
        if (claim.status === "DISMISSED") throw new MutationRefused(409, "This claim was dismissed. Reopen it before drafting a verdict.");
        // Locks the claim row first, so two people starting at once do not both create a verdict.
        await tx.claim.update({
          where: { id: claim.id },
          data: { version: { increment: 1 }, ...(claim.status === "NEW" ? { status: "IN_REVIEW" } : {}) },
        });
        // At most one verdict not retracted per claim (a partial unique index backs this up).
        const existing = await tx.verdict.findFirst({ where: { claimId: claim.id, ...currentVerdictWhere }, select: { id: true } });
        if (existing) throw new MutationRefused(409, "This claim already has a verdict; reload the page to open it.");
        // After a retraction the new verdict replaces the last retracted one (which then links to it).
        const previous = await tx.verdict.findFirst({
          where: { claimId: claim.id, status: "RETRACTED", successor: null },
          orderBy: [{ retractedAt: "desc" }, { id: "desc" }],
          select: { id: true },
        });
        // ON CONFLICT DO NOTHING: another verdict taking the same slug at this moment is a 409, not a 500.
        // Each verdict has its own public address: the retracted one keeps its page.
        const [verdict] = await tx.verdict.createManyAndReturn({
          data: [
            { claimId: claim.id, slug: await uniqueVerdictSlug(tx, claim.text), authorId: actor.id, previousId: previous?.id ?? null },
          ],
          skipDuplicates: true,
          select: { id: true, slug: true, version: true },
        });
        if (!verdict) throw new MutationRefused(409, "Someone else just added a verdict with the same web address; try again.");
        return {
          result: verdict,
          audit: [
            {
              action: "verdict.create",
              entityType: "Verdict",
              entityId: verdict.id,
              after: { claimId: claim.id, slug: verdict.slug, status: "DRAFT", ...(previous ? { previousId: previous.id } : {}) },
            },
            ...(claim.status === "NEW"
              ? [
                  {
                    action: "claim.start_review",
                    entityType: "Claim",
                    entityId: claim.id,
                    before: { status: "NEW" },
                    after: { status: "IN_REVIEW" },
                  },
                ]
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
  extra: Prisma.VerdictUncheckedUpdateManyInput = {},
) {
  const before = await lockVerdict(tx, data.verdictId);
  await requireVerdictStatus(tx, before, "DRAFT", "edit it as a draft");
  const submitting = extra.status === "AWAITING_APPROVAL";
  await checkDraftWrite(tx, before, data, submitting ? null : before.ratingId, "verdict draft");
  const fields = { ratingId: data.ratingId, conclusion: data.conclusion, rationale: data.rationale };
  await updateVerdictIfUnchanged(tx, {
    id: before.id,
    expected: { version: data.version, status: "DRAFT" },
    data: { ...fields, ...extra, editorIds: withEditor(before.editorIds, actor) },
    what: "verdict draft",
  });
  return { before, fields, version: data.version + 1 };
}

const verdictDraftSaves = draftSaves(saveVerdictSchema, async (tx, data, actor) => {
  const { before, fields, version } = await writeVerdictDraft(tx, data, actor);
  const result: DraftSaved = { version, savedAt: new Date() };
  return { result, audit: { action: "verdict.save_draft", entityType: "Verdict", entityId: before.id, ...changedFields(before, fields) } };
});

/** The editor's autosave: a draft saved as typed, with no audit event. */
export const autosaveVerdictDraft = verdictDraftSaves.autosave;

/** "Save draft": the same write, recorded in the audit log. */
export const saveVerdictDraft = verdictDraftSaves.save;

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
        await assertMayApprove(tx, actor, before, { entityType: "Verdict", action: "verdict.submit" }, "verdict");
        await assertRatingPublishable(tx, before.ratingId, "verdict");
        const publishedAt = new Date();
        // The evidence the approver saw: it cannot change while the verdict awaits approval.
        const evidence = await takeEvidenceSnapshot(tx, before.claimId);
        // And the appearances (frozen too while it awaits approval), which its page shows from now on.
        const appearances = await takeAppearanceSnapshot(tx, before.claimId);
        await updateVerdictIfUnchanged(tx, {
          id: before.id,
          expected: { version: data.version, status: "AWAITING_APPROVAL" },
          data: { status: "PUBLISHED", approverId: actor.id, publishedAt, publishedEvidence: evidence, publishedAppearances: appearances },
          what: "verdict",
        });

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
          appearances,
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
                ...(before.previousId ? { replaces: before.previousId } : {}),
              },
            },
          ],
          // A retracted verdict this one replaces links to it from now on.
          refresh: [publicTags.verdict(before.id), ...(before.previousId ? [publicTags.verdict(before.previousId)] : [])],
        };
      },
    },
    deps,
  );
}

/** The approver returns a submitted verdict to its author with a comment; it is a draft again. */
export const sendBackVerdict = sendBackMutation(sendBackVerdictSchema, "verdict.send_back", async (tx, data) => {
  const before = await lockVerdict(tx, data.verdictId);
  await requireVerdictStatus(tx, before, "AWAITING_APPROVAL", "send it back");
  await updateVerdictIfUnchanged(tx, {
    id: before.id,
    expected: { version: data.version, status: "AWAITING_APPROVAL" },
    data: { status: "DRAFT" },
    what: "verdict",
  });
  return { entityType: "Verdict", id: before.id };
});
