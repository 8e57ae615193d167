import "server-only";
import type { Prisma, RevisionKind, VerdictStatus } from "@/lib/generated/prisma/client";
import { MutationRefused } from "@/lib/mutation";

/**
 * What a second person approves must be what they looked at: while a claim's current verdict (the
 * one not retracted, decision 025) (or an open
 * correction or update of it) is awaiting approval, the claim's text and claimant and its evidence
 * stay as they are. Changing them means sending the verdict back to draft first.
 *
 * The rows are read FOR SHARE, so a submission running at the same time waits for this change to
 * commit (and the approver then sees it) instead of slipping in between the check and the write.
 */
export async function assertClaimNotAwaitingApproval(tx: Prisma.TransactionClient, claimId: string, changing: string) {
  const [verdict] = await tx.$queryRaw<{ id: string; status: VerdictStatus }[]>`
    SELECT id, status::text AS status FROM "Verdict" WHERE "claimId" = ${claimId} AND status <> 'RETRACTED' FOR SHARE`;
  if (!verdict) return;
  const open =
    verdict.status === "AWAITING_APPROVAL"
      ? []
      : await tx.$queryRaw<{ number: number; kind: RevisionKind; status: string }[]>`
          SELECT number, kind::text AS kind, status::text AS status FROM "VerdictRevision"
          WHERE "verdictId" = ${verdict.id} AND status IN ('DRAFT', 'AWAITING_APPROVAL') FOR SHARE`;
  const what = awaitingApproval(verdict.status, open.find((row) => row.status === "AWAITING_APPROVAL") ?? null);
  if (what)
    throw new MutationRefused(
      409,
      `This claim is frozen while ${what} awaits approval: send it back to draft before changing ${changing}.`,
    );
}

/** What awaits approval, as the desk names it ("the verdict", "correction 2 of the verdict"); null: nothing. */
function awaitingApproval(status: VerdictStatus, awaitingRevision: { number: number; kind: RevisionKind } | null): string | null {
  if (status === "AWAITING_APPROVAL") return "the verdict";
  if (awaitingRevision)
    return `${awaitingRevision.kind === "CORRECTION" ? "correction" : "update"} ${awaitingRevision.number} of the verdict`;
  return null;
}

/**
 * What the claim desk says instead of showing forms that would be refused: why the claim is frozen
 * and who can unfreeze it (a possible approver, on the verdict's page); null when nothing is frozen.
 */
export function frozenNotice(status: VerdictStatus, awaitingRevision: { number: number; kind: RevisionKind } | null): string | null {
  const what = awaitingApproval(status, awaitingRevision);
  return (
    what && `Frozen while ${what} awaits approval — to make changes, a reviewer who did not write or submit it sends it back to draft.`
  );
}
