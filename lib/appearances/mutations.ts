import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { anchorSpan } from "@/lib/appearances/anchoring";
import { insertAppearance } from "@/lib/claims/create";
import { MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { assertClaimNotAwaitingApproval } from "@/lib/verdicts/awaiting-approval";
import { addAppearanceSchema, reselectAppearanceSchema, removeAppearanceSchema } from "./schemas";

/**
 * The claim desk's edits of where a claim appears: re-select an appearance's quote in its article,
 * remove one, add one from an article on file. Each goes through the one write path with the
 * `claims.edit` permission and is audited; edits name the version they were based on (409 when
 * someone saved first). Like evidence, appearances are frozen while the verdict or a revision
 * awaits approval. Once the verdict is public they still change here, like evidence: its page shows
 * the appearances it was published with (lib/verdicts/published-appearances.ts), and the desk's
 * edits reach it with the next correction or update (decision 025). Where the claim appeared after
 * publication is recorded as a repeat (lib/monitoring), listed at once as "Repeated since".
 */

const recorded = {
  id: true,
  claimId: true,
  articleId: true,
  exact: true,
  start: true,
  end: true,
  anchorStatus: true,
  version: true,
  article: { select: { text: true, title: true } },
} as const;

type Recorded = Prisma.AppearanceGetPayload<{ select: typeof recorded }>;

const auditView = (appearance: Pick<Recorded, "claimId" | "articleId" | "exact" | "start" | "end" | "anchorStatus">) => ({
  claimId: appearance.claimId,
  articleId: appearance.articleId,
  exact: appearance.exact,
  start: appearance.start,
  end: appearance.end,
  anchorStatus: appearance.anchorStatus,
});

/** The claim whose appearances change: not while its verdict or a revision awaits approval. */
async function editableClaim(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!claim) throw new MutationRefused(404, "That claim no longer exists.");
  await assertClaimNotAwaitingApproval(tx, claim.id, "its appearances");
  return claim;
}

async function findAppearance(tx: Prisma.TransactionClient, id: string) {
  const appearance = await tx.appearance.findUnique({ where: { id }, select: recorded });
  if (!appearance) throw new MutationRefused(404, "That appearance has been removed meanwhile. Reload the page.");
  return appearance;
}

/** Where `quote` is in `text`, the occurrence nearest `near` when there are several; null: not there. */
function nearestOccurrence(text: string, quote: string, near: number): { start: number; end: number } | null {
  let best: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === null ? null : { start: best, end: best + quote.length };
}

const quoteRefused = (message: string) => new MutationRefused(400, "Some fields need attention.", { fieldErrors: { quote: [message] } });

const stale = (appearance: Recorded) => staleEdit("appearance", { exact: appearance.exact, version: appearance.version });

/** The queue's "updated" order counts this as work on the claim (no version bump). */
async function touchClaim(tx: Prisma.TransactionClient, claimId: string) {
  await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() } });
}

/** A new quote for an appearance, in the same article (an orphaned one is anchored again). */
export function reselectAppearance(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.edit",
      schema: reselectAppearanceSchema,
      input,
      async change(tx, data) {
        const before = await findAppearance(tx, data.appearanceId);
        await editableClaim(tx, before.claimId);
        if (before.version !== data.version) throw stale(before);
        const span = nearestOccurrence(before.article.text, data.quote, before.start);
        if (!span) throw quoteRefused("These words are not in the article's text; copy them exactly from the article.");
        const selectors = anchorSpan(before.article.text, span.start, span.end);
        const same = await tx.appearance.findFirst({
          where: { claimId: before.claimId, articleId: before.articleId, start: selectors.start, id: { not: before.id } },
          select: { id: true },
        });
        if (same) throw quoteRefused("Another appearance of this claim already quotes these words.");
        const { count } = await tx.appearance.updateMany({
          where: { id: before.id, version: data.version },
          data: { ...selectors, anchorStatus: "ANCHORED", version: { increment: 1 } },
        });
        if (count === 0) throw stale(await findAppearance(tx, before.id));
        const after = await findAppearance(tx, before.id);
        await touchClaim(tx, before.claimId);
        return {
          result: { id: after.id, version: after.version },
          audit: {
            action: "appearance.reselect",
            entityType: "Appearance",
            entityId: after.id,
            before: auditView(before),
            after: { ...auditView(after), title: before.article.title },
          },
        };
      },
    },
    deps,
  );
}

export function removeAppearance(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.edit",
      schema: removeAppearanceSchema,
      input,
      async change(tx, data) {
        const before = await findAppearance(tx, data.appearanceId);
        await editableClaim(tx, before.claimId);
        const { count } = await tx.appearance.deleteMany({ where: { id: before.id, version: data.version } });
        if (count === 0) throw stale(before);
        await touchClaim(tx, before.claimId);
        return {
          result: { id: before.id },
          // The row is gone: the event names its claim itself.
          audit: {
            action: "appearance.remove",
            entityType: "Appearance",
            entityId: before.id,
            claimId: before.claimId,
            before: { ...auditView(before), title: before.article.title },
          },
        };
      },
    },
    deps,
  );
}

/** One more appearance of the claim: words of an article on file. */
export function addAppearance(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "claims.edit",
      schema: addAppearanceSchema,
      input,
      async change(tx, data) {
        const claim = await editableClaim(tx, data.claimId);
        const { appearanceId, audit } = await insertAppearance(tx, claim.id, { articleId: data.articleId, quote: data.quote });
        await touchClaim(tx, claim.id);
        return { result: { id: appearanceId }, audit };
      },
    },
    deps,
  );
}
