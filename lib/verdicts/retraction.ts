import type { z } from "zod";
import { runMutation, type Change, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { lockVerdict, updateVerdictIfUnchanged } from "./locks";
import { requireVerdictStatus } from "./review-steps";
import { retractVerdictSchema } from "./schemas";

/**
 * Moderators retract a published verdict with a public reason. The page stays, marked retracted
 * (and without ClaimReview markup); unpublished corrections of it are discarded. The claim is
 * reopened for a new verdict (decision 025): back in review, with its assignee, so it is in the
 * reviewer's work again; the new verdict links back to this one and this one to it once published.
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
        await updateVerdictIfUnchanged(tx, {
          id: before.id,
          expected: { version: data.version, status: "PUBLISHED" },
          data: { status: "RETRACTED", retractedAt, retractionReason: data.reason },
          what: "verdict",
        });
        const discarded = await tx.verdictRevision.updateMany({
          where: { verdictId: before.id, status: { in: ["DRAFT", "AWAITING_APPROVAL"] } },
          data: { status: "DISCARDED", version: { increment: 1 } },
        });
        // The claim is back in review (the claim desk and the queue's "To do" list it).
        const claim = await tx.claim.update({
          where: { id: before.claimId },
          data: { status: "IN_REVIEW", version: { increment: 1 } },
          select: { id: true },
        });
        return {
          result: { slug: before.slug },
          audit: [
            {
              action: "verdict.retract",
              entityType: "Verdict",
              entityId: before.id,
              before: { status: "PUBLISHED" },
              after: {
                status: "RETRACTED",
                retractedAt,
                retractionReason: data.reason,
                ...(discarded.count ? { discardedRevisions: discarded.count } : {}),
              },
            },
            // The claim reopened: recorded on the claim too, so that its history says why.
            {
              action: "claim.reopen_for_verdict",
              entityType: "Claim",
              entityId: claim.id,
              before: { status: "PUBLISHED" },
              after: { status: "IN_REVIEW", retractedVerdictId: before.id },
            },
          ],
          // The verdict it replaced (if any) links to it and says it is retracted too.
          refresh: [publicTags.verdict(before.id), ...(before.previousId ? [publicTags.verdict(before.previousId)] : [])],
        };
      },
    },
    deps,
  );
}
