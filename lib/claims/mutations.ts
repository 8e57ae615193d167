import "server-only";
import { changedFields } from "@/lib/audit";
import { findOrCreateClaimant } from "@/lib/claimants/find-or-create";
import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { publicTags } from "@/lib/public-cache";
import { assertClaimNotAwaitingApproval } from "@/lib/verdicts/awaiting-approval";
import { hasPublicPage } from "@/lib/verdicts/queries";
import { addNoteSchema, assignClaimSchema, dismissClaimSchema, editClaimSchema, reopenClaimSchema } from "./schemas";
import { refreshClaimMeanings } from "./matching/refresh";

/**
 * Work on a claim from the queue and the claim desk: edit its text, claimant and topics; take it,
 * hand it over, dismiss and reopen it; add internal notes. Each goes through the one write path
 * (lib/mutation.ts); the versioned ones refuse a save based on a stale copy (409).
 */

const claimState = {
  id: true,
  text: true,
  status: true,
  dismissalReason: true,
  claimDate: true,
  version: true,
  claimant: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  topics: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  // All its verdicts: retracted ones keep public pages that show the claim (decision 025).
  verdicts: { select: { id: true, status: true } },
} as const satisfies Prisma.ClaimSelect;

type ClaimState = Prisma.ClaimGetPayload<{ select: typeof claimState }>;

async function findClaim(tx: Prisma.TransactionClient, id: string): Promise<ClaimState> {
  const claim = await tx.claim.findUnique({ where: { id }, select: claimState });
  if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
  return claim;
}

/** The claim as it now is, for a form refused with 409 to show what changed. */
export function currentClaim(claim: ClaimState) {
  return {
    text: claim.text,
    claimant: claim.claimant?.name ?? "",
    claimDate: claim.claimDate?.toISOString().slice(0, 10) ?? "",
    topics: claim.topics.map((topic) => topic.name),
    status: claim.status,
    assignee: claim.assignee?.name ?? null,
    dismissalReason: claim.dismissalReason,
    version: claim.version,
  };
}

/** Updates the claim only if nobody saved it since `version` was read; the claim as it is after. */
async function updateClaim(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput) {
  const { count } = await tx.claim.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw staleEdit("claim", currentClaim(await findClaim(tx, id)));
  return findClaim(tx, id);
}

/** The claim's verdicts with a public page (published or retracted): they show its text, claimant and topics. */
const publicVerdicts = (claim: ClaimState) => claim.verdicts.filter((verdict) => hasPublicPage(verdict));
const isPublic = (claim: ClaimState) => publicVerdicts(claim).length > 0;

export function editClaim(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.edit",
      schema: editClaimSchema,
      input,
      async change(tx, data) {
        const before = await findClaim(tx, data.claimId);
        const { claimant, created } = data.claimant ? await findOrCreateClaimant(tx, data.claimant) : { claimant: null, created: null };
        const topics = await tx.topic.findMany({ where: { id: { in: data.topicIds } }, select: { id: true, name: true } });
        if (topics.length !== new Set(data.topicIds).size) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { topicIds: ["A chosen topic no longer exists. Reload the page."] },
          });
        }
        const claimDate = data.claimDate === undefined ? before.claimDate : data.claimDate;
        const textOrClaimantChanged =
          data.text !== before.text ||
          (claimant?.id ?? null) !== (before.claimant?.id ?? null) ||
          (claimDate?.getTime() ?? null) !== (before.claimDate?.getTime() ?? null);
        if (textOrClaimantChanged && isPublic(before)) {
          // Nothing published is silently rewritten: the public page quotes this text.
          throw new MutationRefused(
            409,
            "This claim's verdict is public, so its text, claimant and date can no longer change. Topics can.",
            {
              current: currentClaim(before),
            },
          );
        }
        if (textOrClaimantChanged) await assertClaimNotAwaitingApproval(tx, before.id, "its text, claimant or date");
        await updateClaim(tx, before.id, data.version, {
          text: data.text,
          claimantId: claimant?.id ?? null,
          claimDate,
        });
        if (data.text !== before.text) await refreshClaimMeanings(tx, [before.id]);
        await tx.claim.update({ where: { id: before.id }, data: { topics: { set: topics.map(({ id }) => ({ id })) } } });
        const after = await findClaim(tx, before.id);
        const view = (claim: ClaimState) => ({
          text: claim.text,
          claimant: claim.claimant?.name ?? null,
          claimDate: claim.claimDate?.toISOString().slice(0, 10) ?? null,
          topics: claim.topics.map((topic) => topic.name).join(", "),
        });
        const changes = changedFields(view(before), view(after));
        return {
          result: { version: after.version },
          audit: [...(created ? [created] : []), { action: "claim.edit", entityType: "Claim", entityId: before.id, ...changes }],
          refresh: isPublic(after)
            ? [...publicVerdicts(after).map((verdict) => publicTags.verdict(verdict.id)), publicTags.topics, publicTags.claimants]
            : [],
        };
      },
    },
    deps,
  );
}

export function assignClaim(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.assign",
      schema: assignClaimSchema,
      input,
      async change(tx, data, actor) {
        const before = await findClaim(tx, data.claimId);
        if (before.status === "DISMISSED")
          throw new MutationRefused(409, "This claim is dismissed. Reopen it before anyone takes it.", { current: currentClaim(before) });
        const assigneeId = data.assigneeId === "me" ? actor.id : data.assigneeId || null;
        const assignee = assigneeId
          ? await tx.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true, name: true } })
          : null;
        if (assigneeId && !assignee) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { assigneeId: ["Choose an active staff member."] },
          });
        }
        // A claim someone works on is in review; a published one stays published.
        const status: ClaimStatus = assignee && before.status === "NEW" ? "IN_REVIEW" : before.status;
        const after = await updateClaim(tx, before.id, data.version, { assigneeId: assignee?.id ?? null, status });
        return {
          result: { version: after.version, assignee: after.assignee?.name ?? null },
          audit: {
            action: assignee?.id === actor.id ? "claim.take" : assignee ? "claim.assign" : "claim.unassign",
            entityType: "Claim",
            entityId: before.id,
            before: { assignee: before.assignee?.name ?? null, assigneeId: before.assignee?.id ?? null, status: before.status },
            after: { assignee: after.assignee?.name ?? null, assigneeId: after.assignee?.id ?? null, status: after.status },
          },
        };
      },
    },
    deps,
  );
}

export function dismissClaim(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.dismiss",
      schema: dismissClaimSchema,
      input,
      async change(tx, data) {
        const before = await findClaim(tx, data.claimId);
        if (before.status === "DISMISSED")
          throw new MutationRefused(409, "This claim is already dismissed.", { current: currentClaim(before) });
        // A claim whose verdicts were all retracted may be dismissed; one with a current verdict may not.
        if (before.verdicts.some((verdict) => verdict.status !== "RETRACTED")) {
          throw new MutationRefused(
            409,
            "This claim has a verdict; it cannot be dismissed. A published verdict can be retracted by a moderator.",
            {
              current: currentClaim(before),
            },
          );
        }
        const after = await updateClaim(tx, before.id, data.version, { status: "DISMISSED", dismissalReason: data.reason });
        return {
          result: { version: after.version },
          audit: {
            action: "claim.dismiss",
            entityType: "Claim",
            entityId: before.id,
            before: { status: before.status },
            after: { status: after.status, dismissalReason: data.reason },
          },
        };
      },
    },
    deps,
  );
}

export function reopenClaim(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.dismiss",
      schema: reopenClaimSchema,
      input,
      async change(tx, data) {
        const before = await findClaim(tx, data.claimId);
        if (before.status !== "DISMISSED")
          throw new MutationRefused(409, "This claim is not dismissed.", { current: currentClaim(before) });
        // The reason stays in the audit log.
        const after = await updateClaim(tx, before.id, data.version, {
          status: before.assignee ? "IN_REVIEW" : "NEW",
          dismissalReason: null,
        });
        return {
          result: { version: after.version },
          audit: {
            action: "claim.reopen",
            entityType: "Claim",
            entityId: before.id,
            before: { status: before.status, dismissalReason: before.dismissalReason },
            after: { status: after.status },
          },
        };
      },
    },
    deps,
  );
}

/** Internal notes are staff-only working notes: never shown on public pages, never edited. */
export function addClaimNote(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.edit",
      schema: addNoteSchema,
      input,
      async change(tx, data, actor) {
        const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } });
        if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
        const note = await tx.claimNote.create({ data: { claimId: claim.id, authorId: actor.id, body: data.body }, select: { id: true } });
        await tx.claim.update({ where: { id: claim.id }, data: { updatedAt: new Date() } });
        return {
          result: { id: note.id },
          audit: { action: "note.add", entityType: "ClaimNote", entityId: note.id, after: { claimId: claim.id, body: data.body } },
        };
      },
    },
    deps,
  );
}
