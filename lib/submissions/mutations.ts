import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { submissionStatusLabel } from "./labels";
import { acceptSchema, markDuplicateSchema, rejectSchema, rejectSpamSchema } from "./schemas";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";

/**
 * Moderators' triage of public submissions, each through the one write path (lib/mutation.ts).
 * Only NEW submissions are triaged, and each save names the version it was based on. Rejected and
 * duplicate submissions are closed at once; an accepted one closes when its claim's check ends
 * (lib/submissions/retention.ts). None of this is public until a verdict is, so nothing is refreshed.
 */

/** What the submitter of a bulk-rejected submission reads on their tracking page. */
export const SPAM_REASON = "It was marked as spam.";

const triageFields = { id: true, status: true, claimId: true, rejectionReason: true, version: true } as const;

async function findSubmission(tx: Prisma.TransactionClient, id: string) {
  const submission = await tx.submission.findUnique({ where: { id }, select: triageFields });
  if (!submission) throw new MutationRefused(404, "That submission no longer exists.");
  return submission;
}

/** Closes a NEW submission if nobody triaged or saved it since `version` was read. */
async function triage(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.SubmissionUncheckedUpdateManyInput) {
  const { count } = await tx.submission.updateMany({
    where: { id, version, status: "NEW" },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await findSubmission(tx, id);
    if (current.status !== "NEW") {
      throw new MutationRefused(
        409,
        `Someone else has already triaged this submission: it is now “${submissionStatusLabel[current.status]}”.`,
        {
          current,
        },
      );
    }
    throw staleEdit("submission", current);
  }
  return findSubmission(tx, id);
}

export function acceptSubmission(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "submissions.triage",
      schema: acceptSchema,
      input,
      async change(tx, data, actor) {
        const before = await findSubmission(tx, data.submissionId);
        const claim = await tx.claim.create({
          data: { text: data.claimText, createdById: actor.id },
          select: { id: true, text: true, status: true },
        });
        await refreshClaimMeanings(tx, [claim.id]);
        const after = await triage(tx, data.submissionId, data.version, { status: "ACCEPTED", claimId: claim.id, handledById: actor.id });
        return {
          result: { claimId: claim.id, version: after.version },
          audit: [
            { action: "claim.create", entityType: "Claim", entityId: claim.id, after: { ...claim, fromSubmission: data.submissionId } },
            {
              action: "submission.accept",
              entityType: "Submission",
              entityId: data.submissionId,
              before: { status: before.status },
              after: { status: after.status, claimId: claim.id },
            },
          ],
        };
      },
    },
    deps,
  );
}

export function markSubmissionDuplicate(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "submissions.triage",
      schema: markDuplicateSchema,
      input,
      async change(tx, data, actor) {
        const before = await findSubmission(tx, data.submissionId);
        const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } });
        if (!claim) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { claimId: ["That claim no longer exists; choose another."] },
          });
        }
        const after = await triage(tx, data.submissionId, data.version, {
          status: "DUPLICATE",
          claimId: claim.id,
          handledById: actor.id,
          closedAt: new Date(),
        });
        return {
          result: { claimId: claim.id, version: after.version },
          audit: {
            action: "submission.mark_duplicate",
            entityType: "Submission",
            entityId: data.submissionId,
            before: { status: before.status },
            after: { status: after.status, claimId: claim.id },
          },
        };
      },
    },
    deps,
  );
}

export function rejectSubmission(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "submissions.triage",
      schema: rejectSchema,
      input,
      async change(tx, data, actor) {
        const before = await findSubmission(tx, data.submissionId);
        const after = await triage(tx, data.submissionId, data.version, {
          status: "REJECTED",
          rejectionReason: data.reason,
          handledById: actor.id,
          closedAt: new Date(),
        });
        return {
          result: { version: after.version },
          audit: {
            action: "submission.reject",
            entityType: "Submission",
            entityId: data.submissionId,
            before: { status: before.status },
            after: { status: after.status, rejectionReason: after.rejectionReason },
          },
        };
      },
    },
    deps,
  );
}

/**
 * Bulk: rejects the chosen submissions that are still NEW as spam, one audit event each.
 * Submissions someone triaged meanwhile are left as they are and counted as skipped.
 */
export function rejectSubmissionsAsSpam(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "submissions.triage",
      schema: rejectSpamSchema,
      input,
      async change(tx, data, actor) {
        const ids = [...new Set(data.submissionIds)];
        // One statement decides which are still NEW, so a concurrent triage cannot be overwritten.
        const rejected = await tx.submission.updateManyAndReturn({
          where: { id: { in: ids }, status: "NEW" },
          data: {
            status: "REJECTED",
            rejectionReason: SPAM_REASON,
            handledById: actor.id,
            closedAt: new Date(),
            version: { increment: 1 },
          },
          select: { id: true },
        });
        const openIds = rejected.map((submission) => submission.id);
        return {
          result: { rejected: openIds.length, skipped: ids.length - openIds.length },
          audit: openIds.map((id) => ({
            action: "submission.reject",
            entityType: "Submission",
            entityId: id,
            before: { status: "NEW" },
            after: { status: "REJECTED", rejectionReason: SPAM_REASON, bulk: true },
          })),
        };
      },
    },
    deps,
  );
}
