import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicTags } from "@/lib/public-cache";
import { mergeClaimantsSchema } from "./schemas";

/**
 * Moderators' claimant writes (`claimants.manage`), through the one write path (lib/mutation.ts).
 * See docs/decisions/018-claimant-identity-and-forgiving-search.md.
 */

const claimantFields = {
  id: true,
  name: true,
  slug: true,
  kind: true,
  description: true,
  sameAs: true,
  version: true,
} as const satisfies Prisma.ClaimantSelect;

async function findClaimant(tx: Prisma.TransactionClient, id: string, what: string) {
  const claimant = await tx.claimant.findUnique({ where: { id }, select: claimantFields });
  if (!claimant) throw new MutationRefused(404, `The ${what} no longer exists (merged meanwhile?). Reload the page.`);
  return claimant;
}

/**
 * Merges a duplicate claimant into the survivor: the duplicate's claims (and so their verdicts,
 * search rows and feeds) move to the survivor, its slug and name become the survivor's aliases
 * (its public page redirects permanently; a claim naming it finds the survivor), its own aliases
 * move along, and it is deleted. The survivor keeps its name, description and link, taking the
 * duplicate's where it has none. One transaction, audited as `claimant.merge` and
 * `claimant.delete` with the moved claims.
 *
 * Lock order (decision 008's, extended): both claimant rows FOR UPDATE in id order (a claim
 * naming either waits, see findOrCreateClaimant), then the Verdict rows of the duplicate's claims
 * in id order, then the claims: a publication or correction (which starts at the Verdict row)
 * and a merge wait for each other instead of deadlocking over the claim and its search row.
 * The claims' versions are not bumped: who made the claim has not changed, only its record.
 */
export function mergeClaimants(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claimants.manage",
      schema: mergeClaimantsSchema,
      input,
      async change(tx, data) {
        for (const id of [data.survivorId, data.duplicateId].sort())
          await tx.$queryRaw`SELECT id FROM "Claimant" WHERE id = ${id} FOR UPDATE`;
        const survivor = await findClaimant(tx, data.survivorId, "claimant to keep");
        const duplicate = await findClaimant(tx, data.duplicateId, "duplicate claimant");
        if (survivor.version !== data.survivorVersion) throw staleEdit("claimant", survivor);
        if (duplicate.version !== data.duplicateVersion) throw staleEdit("duplicate claimant", duplicate);

        await tx.$queryRaw`
          SELECT v.id FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
           WHERE c."claimantId" = ${duplicate.id} ORDER BY v.id FOR UPDATE OF v`;
        const moved = await tx.$queryRaw<{ id: string }[]>`
          UPDATE "Claim" SET "claimantId" = ${survivor.id} WHERE "claimantId" = ${duplicate.id} RETURNING id`;
        const claimIds = moved.map((claim) => claim.id).sort();

        const ownAliases = await tx.claimantAlias.findMany({
          where: { claimantId: duplicate.id },
          select: { slug: true },
          orderBy: { slug: "asc" },
        });
        await tx.claimantAlias.updateMany({ where: { claimantId: duplicate.id }, data: { claimantId: survivor.id } });
        const updated = await tx.claimant.update({
          where: { id: survivor.id },
          data: {
            description: survivor.description ?? duplicate.description,
            sameAs: survivor.sameAs ?? duplicate.sameAs,
            version: { increment: 1 },
          },
          select: { version: true },
        });
        await tx.claimant.delete({ where: { id: duplicate.id } });
        await tx.$executeRaw`
          INSERT INTO "ClaimantAlias" (slug, name, "nameKey", "claimantId")
          VALUES (${duplicate.slug}, ${duplicate.name}, claimant_name_key(${duplicate.name}), ${survivor.id})`;

        const { version: _version, ...duplicateRecord } = duplicate;
        const aliasesAdded = [duplicate.slug, ...ownAliases.map((alias) => alias.slug)];
        return {
          result: { survivorId: survivor.id, slug: survivor.slug, version: updated.version, claimsMoved: claimIds.length },
          audit: [
            {
              action: "claimant.merge",
              entityType: "Claimant",
              entityId: survivor.id,
              before: { merged: duplicateRecord },
              after: { claimsMoved: claimIds.length, claimIds, aliasesAdded },
            },
            {
              action: "claimant.delete",
              entityType: "Claimant",
              entityId: duplicate.id,
              before: duplicateRecord,
              after: { mergedInto: { id: survivor.id, slug: survivor.slug, name: survivor.name }, claimIds, aliasesAdded },
            },
          ],
          refresh: [publicTags.claimants, publicTags.verdicts],
        };
      },
    },
    deps,
  );
}
