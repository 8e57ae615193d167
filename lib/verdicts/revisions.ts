import { changedFields } from "@/lib/audit";
import type { Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type Change, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import type { DraftSaved } from "./drafts";
import {
  currentDraft,
  findRevision,
  lockRevision,
  lockVerdict,
  updateRevisionIfUnchanged,
  updateVerdictIfUnchanged,
  type DraftFields,
  type RevisionRow,
  type Tx,
} from "./locks";
import { publishesOwnUpdate } from "./own-work";
import { appearanceChanges, readAppearanceSnapshot, takeAppearanceSnapshot, type PublishedAppearanceItem } from "./published-appearances";
import { evidenceChanges, readPublishedEvidence, takeEvidenceSnapshot, type PublishedEvidenceItem } from "./published-evidence";
import {
  assertMayApprove,
  assertRatingPublishable,
  checkDraftWrite,
  draftSaves,
  requireRevisionStatus,
  requireVerdictStatus,
  revisionStatusWords,
  sendBackMutation,
  withEditor,
} from "./review-steps";
import { revisionDecisionSchema, saveRevisionSchema, sendBackRevisionSchema, startRevisionSchema, submitRevisionSchema } from "./schemas";

/**
 * Corrections and updates of a published verdict. After publication the Verdict row holds the
 * public text and edits go into a new VerdictRevision (docs/decisions/003-data-model.md): a
 * revision that changes the rating or the conclusion is a CORRECTION and needs a second person's
 * approval; one that changes only the rationale or the claim's evidence is an UPDATE its author may
 * publish (./own-work.ts). Every publication keeps the claim's evidence as it is then
 * (./published-evidence.ts), so later evidence work reaches the public only with a revision.
 */

/**
 * A change of the rating or the conclusion is a correction (the finding changed: a second person
 * approves it); a change of the rationale or of the evidence alone is an update (wording, added
 * context, a better source).
 */
export function revisionKind(published: DraftFields, revised: DraftFields): Exclude<RevisionKind, "ORIGINAL"> {
  return published.ratingId !== revised.ratingId || published.conclusion.trim() !== revised.conclusion.trim() ? "CORRECTION" : "UPDATE";
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
        await updateVerdictIfUnchanged(tx, { id: verdict.id, expected: { version: data.version }, data: {}, what: "verdict" });
        const open = await tx.verdictRevision.findFirst({
          where: { verdictId: verdict.id, status: { in: ["DRAFT", "AWAITING_APPROVAL"] } },
        });
        if (open)
          throw new MutationRefused(409, `Revision ${open.number} of this verdict is already in progress; reload the page to open it.`);
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
          audit: {
            action: "verdict.start_revision",
            entityType: "VerdictRevision",
            entityId: revision.id,
            after: { verdictId: verdict.id, number: revision.number, status: "DRAFT" },
          },
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
  extra: Prisma.VerdictRevisionUncheckedUpdateManyInput = {},
) {
  const before = await lockRevision(tx, data.revisionId);
  await requireRevisionStatus(tx, before, "DRAFT", "edit it");
  await checkDraftWrite(tx, before, data, submitting ? null : before.verdict.ratingId, "correction");
  const fields = { ratingId: data.ratingId, conclusion: data.conclusion, rationale: data.rationale, note: data.note || null };
  const kind = revisionKind(before.verdict, fields);
  await updateRevisionIfUnchanged(tx, {
    id: before.id,
    expected: { version: data.version, status: "DRAFT" },
    data: { ...fields, kind, ...extra, editorIds: withEditor(before.editorIds, actor) },
    what: "correction",
  });
  return { before, fields, kind, version: data.version + 1 };
}

const revisionSaves = draftSaves(saveRevisionSchema, async (tx, data, actor) => {
  const { before, fields, kind, version } = await writeRevisionDraft(tx, data, actor, false);
  const result: DraftSaved & { kind: RevisionKind } = { version, kind, savedAt: new Date() };
  return {
    result,
    audit: {
      action: "verdict.save_revision",
      entityType: "VerdictRevision",
      entityId: before.id,
      ...changedFields(before, { ...fields, kind }),
    },
  };
});

/** The editor's autosave of a revision: saved as typed, with no audit event. */
export const autosaveRevision = revisionSaves.autosave;

/** "Save draft" of a revision: the same write, recorded in the audit log. */
export const saveRevisionDraft = revisionSaves.save;

/**
 * Makes a revision, with the claim's evidence as it is now (`taken`: already read in this
 * transaction, under the verdict's lock), the public version of its verdict.
 */
async function publishRevision(
  tx: Tx,
  revision: RevisionRow,
  approverId: string | null,
  taken?: { evidence: PublishedEvidenceItem[]; appearances: PublishedAppearanceItem[] },
) {
  const { verdict } = revision;
  await assertRatingPublishable(tx, revision.ratingId, revision.kind === "CORRECTION" ? "correction" : "update");
  const publishedAt = new Date();
  const evidence = taken?.evidence ?? (await takeEvidenceSnapshot(tx, verdict.claimId));
  const appearances = taken?.appearances ?? (await takeAppearanceSnapshot(tx, verdict.claimId));
  const { count } = await tx.verdict.updateMany({
    where: { id: verdict.id, status: "PUBLISHED" },
    data: {
      ratingId: revision.ratingId,
      conclusion: revision.conclusion,
      rationale: revision.rationale,
      publishedEvidence: evidence,
      publishedAppearances: appearances,
      ...(approverId ? { approverId } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new MutationRefused(409, "This verdict is no longer published. Reload the page to see it.");
  await updateRevisionIfUnchanged(tx, {
    id: revision.id,
    expected: { version: revision.version, status: revision.status },
    data: { status: "PUBLISHED", publishedAt, approverId, evidence, appearances },
    what: "correction",
  });
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
      appearanceChanges: appearanceChanges(readAppearanceSnapshot(verdict.publishedAppearances, `verdict ${verdict.id}`), appearances),
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
        const appearances = await takeAppearanceSnapshot(tx, current.verdict.claimId);
        const unchanged =
          revisionKind(current.verdict, data) === "UPDATE" &&
          current.verdict.rationale === data.rationale &&
          evidenceChanges(readPublishedEvidence(current.verdict.publishedEvidence, `verdict ${current.verdictId}`), evidence).length ===
            0 &&
          appearanceChanges(readAppearanceSnapshot(current.verdict.publishedAppearances, `verdict ${current.verdictId}`), appearances)
            .length === 0;
        if (unchanged) {
          throw new MutationRefused(
            400,
            "Nothing has changed yet: edit the rating, conclusion or rationale (or the evidence or appearances on the claim desk), or discard this revision.",
            {
              fieldErrors: { rationale: ["This is the published text, unchanged, and so are the evidence and the appearances."] },
            },
          );
        }
        const publishNow = publishesOwnUpdate(actor.id, current, revisionKind(current.verdict, data));
        const { before, kind } = await writeRevisionDraft(tx, data, actor, true, publishNow ? {} : { status: "AWAITING_APPROVAL" });
        const slug = before.verdict.slug;
        if (publishNow) {
          // A published update has no approver: its author published a wording fix.
          const event = await publishRevision(tx, await findRevision(tx, before.id), null, { evidence, appearances });
          return { result: { published: true, kind, slug }, audit: event, refresh: [publicTags.verdict(before.verdictId)] };
        }
        return {
          result: { published: false, kind, slug },
          audit: {
            action: "verdict.submit_revision",
            entityType: "VerdictRevision",
            entityId: before.id,
            before: { status: "DRAFT" },
            after: {
              status: "AWAITING_APPROVAL",
              kind,
              number: before.number,
              ratingId: data.ratingId,
              conclusion: data.conclusion,
              note: data.note,
            },
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
        await assertMayApprove(tx, actor, revision, { entityType: "VerdictRevision", action: "verdict.submit_revision" }, what);
        if (revision.version !== data.version) throw staleEdit(what, await currentDraft(tx, revision));
        const event = await publishRevision(tx, revision, actor.id);
        return { result: { slug: revision.verdict.slug }, audit: event, refresh: [publicTags.verdict(revision.verdictId)] };
      },
    },
    deps,
  );
}

/** The approver returns a correction to its author with a comment; the public text stays as it is. */
export const sendBackRevision = sendBackMutation(sendBackRevisionSchema, "verdict.send_back_revision", async (tx, data) => {
  const revision = await lockRevision(tx, data.revisionId);
  await requireRevisionStatus(tx, revision, "AWAITING_APPROVAL", "send it back");
  await updateRevisionIfUnchanged(tx, {
    id: revision.id,
    expected: { version: data.version, status: "AWAITING_APPROVAL" },
    data: { status: "DRAFT" },
    what: "correction",
  });
  return { entityType: "VerdictRevision", id: revision.id };
});

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
        await updateRevisionIfUnchanged(tx, {
          id: revision.id,
          expected: { version: data.version, status: revision.status },
          data: { status: "DISCARDED" },
          what: "correction",
        });
        return {
          result: { number: revision.number },
          audit: {
            action: "verdict.discard_revision",
            entityType: "VerdictRevision",
            entityId: revision.id,
            before: { status: revision.status },
            after: { status: "DISCARDED" },
          },
        };
      },
    },
    deps,
  );
}
