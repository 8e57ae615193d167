import "server-only";
import { changedFields } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { assertClaimNotAwaitingApproval } from "@/lib/verdicts/awaiting-approval";
import { addEvidenceSchema, editEvidenceSchema, moveEvidenceSchema, removeEvidenceSchema } from "./schemas";
import { sourceForEvidence, type EvidenceSource } from "./source";

/**
 * A claim's evidence: add, edit, remove and reorder, each through the one write path
 * (lib/mutation.ts) with the `evidence.edit` permission. These are the desk's working rows: public
 * pages show the evidence as it was published (lib/verdicts/published-evidence.ts), so no change
 * here refreshes a public page; it reaches the public with the verdict's next publication.
 */

const recorded = {
  id: true,
  claimId: true,
  url: true,
  archiveUrl: true,
  title: true,
  excerpt: true,
  stance: true,
  sourceId: true,
  position: true,
  version: true,
} as const;

type Recorded = Prisma.EvidenceGetPayload<{ select: typeof recorded }>;

/** The fields the audit log and the activity show (not ids of internal bookkeeping). */
const auditView = (evidence: Recorded) => ({
  claimId: evidence.claimId,
  url: evidence.url,
  archiveUrl: evidence.archiveUrl,
  title: evidence.title,
  excerpt: evidence.excerpt,
  stance: evidence.stance,
  sourceId: evidence.sourceId,
});

/** The claim whose evidence changes; refused while its verdict awaits approval (the approver judges it with this evidence). */
async function findClaim(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
  await assertClaimNotAwaitingApproval(tx, claim.id, "its evidence");
  return claim;
}

async function findEvidence(tx: Prisma.TransactionClient, evidenceId: string) {
  const evidence = await tx.evidence.findUnique({ where: { id: evidenceId }, select: recorded });
  if (!evidence) throw new MutationRefused(404, "That evidence has been removed meanwhile. Reload the page.");
  return evidence;
}

/** What a saved piece of evidence tells the form: its version, and a warning for a watched source. */
export type EvidenceSaved = { id: string; version: number; warning: string | null };

function watchWarning(source: EvidenceSource): string | null {
  return source.status === "WATCH" ? `${source.name} is on the watch list: cite it with care.` : null;
}

export function addEvidence(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "evidence.edit",
      schema: addEvidenceSchema,
      input,
      async change(tx, data, actor) {
        // The source first: sources are locked before the claim's verdict (decision 008).
        const { source, created } = await sourceForEvidence(tx, data.url);
        const claim = await findClaim(tx, data.claimId);
        const last = await tx.evidence.aggregate({ where: { claimId: claim.id }, _max: { position: true } });
        const evidence = await tx.evidence.create({
          data: {
            claimId: claim.id,
            url: data.url,
            archiveUrl: data.archiveUrl,
            title: data.title,
            excerpt: data.excerpt,
            stance: data.stance,
            sourceId: source.id,
            position: (last._max.position ?? -1) + 1,
            addedById: actor.id,
          },
          select: recorded,
        });
        await touchClaim(tx, claim.id);
        return {
          result: { id: evidence.id, version: evidence.version, warning: watchWarning(source) } satisfies EvidenceSaved,
          audit: [
            ...(created ? [created] : []),
            { action: "evidence.add", entityType: "Evidence", entityId: evidence.id, after: auditView(evidence) },
          ],
        };
      },
    },
    deps,
  );
}

export function editEvidence(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "evidence.edit",
      schema: editEvidenceSchema,
      input,
      async change(tx, data) {
        const before = await findEvidence(tx, data.evidenceId);
        const { source, created } = await sourceForEvidence(tx, data.url);
        const claim = await findClaim(tx, before.claimId);
        const fields = {
          url: data.url,
          archiveUrl: data.archiveUrl,
          title: data.title,
          excerpt: data.excerpt,
          stance: data.stance,
          sourceId: source.id,
        };
        const { count } = await tx.evidence.updateMany({
          where: { id: before.id, version: data.version },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count === 0) throw staleEdit("evidence", { ...auditView(before), version: before.version });
        const after = await findEvidence(tx, before.id);
        await touchClaim(tx, claim.id);
        const changes = changedFields(auditView(before), auditView(after));
        return {
          result: { id: after.id, version: after.version, warning: watchWarning(source) } satisfies EvidenceSaved,
          audit: [
            ...(created ? [created] : []),
            {
              action: "evidence.edit",
              entityType: "Evidence",
              entityId: after.id,
              // The title always, so the activity can name what was edited.
              before: { ...changes.before, title: before.title },
              after: { ...changes.after, title: after.title },
            },
          ],
        };
      },
    },
    deps,
  );
}

export function removeEvidence(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "evidence.edit",
      schema: removeEvidenceSchema,
      input,
      async change(tx, data) {
        const before = await findEvidence(tx, data.evidenceId);
        const claim = await findClaim(tx, before.claimId);
        const { count } = await tx.evidence.deleteMany({ where: { id: before.id, version: data.version } });
        if (count === 0) throw staleEdit("evidence", { ...auditView(before), version: before.version });
        await touchClaim(tx, claim.id);
        return {
          result: { id: before.id },
          // The row is gone: the event names its claim itself.
          audit: { action: "evidence.remove", entityType: "Evidence", entityId: before.id, claimId: claim.id, before: auditView(before) },
        };
      },
    },
    deps,
  );
}

/**
 * Moves a piece of evidence one place up or down among its claim's evidence. Order is not content:
 * it neither needs nor bumps the evidence's version, so an open edit form stays valid.
 */
export function moveEvidence(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "evidence.edit",
      schema: moveEvidenceSchema,
      input,
      async change(tx, data) {
        const moved = await findEvidence(tx, data.evidenceId);
        const claim = await findClaim(tx, moved.claimId);
        const all = await tx.evidence.findMany({
          where: { claimId: claim.id },
          orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
          select: { id: true, position: true },
        });
        const from = all.findIndex((item) => item.id === moved.id);
        const to = data.direction === "up" ? from - 1 : from + 1;
        if (to < 0 || to >= all.length) {
          throw new MutationRefused(400, `This evidence is already ${data.direction === "up" ? "first" : "last"}.`);
        }
        const order = [...all];
        [order[from], order[to]] = [order[to]!, order[from]!];
        // Positions are rewritten 0…n-1 where they differ (older rows may share position 0).
        for (const [position, item] of order.entries()) {
          if (item.position !== position) await tx.evidence.update({ where: { id: item.id }, data: { position } });
        }
        return {
          result: { position: to },
          audit: {
            action: "evidence.move",
            entityType: "Evidence",
            entityId: moved.id,
            before: { position: from + 1, title: moved.title },
            after: { position: to + 1, title: moved.title },
          },
        };
      },
    },
    deps,
  );
}

/** The queue's "updated" order counts evidence work as work on the claim (no version bump). */
async function touchClaim(tx: Prisma.TransactionClient, claimId: string) {
  await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() } });
}
