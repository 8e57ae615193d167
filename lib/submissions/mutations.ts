import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorise, MutationRefused, runMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { submissionStatusLabel } from "./labels";
import { acceptSchema, markDuplicateSchema, rejectSchema, rejectSpamSchema } from "./schemas";
import { refreshClaimMeanings } from "@/lib/claims/matching/refresh";
import type { AuditEntry } from "@/lib/audit";
import { findQuote } from "@/lib/appearances/anchoring";
import { fetchArticle, saveArticle } from "@/lib/articles/mutations";
import type { FetchOptions } from "@/lib/articles/fetch";
import { findOrCreateClaimant } from "@/lib/claimants/find-or-create";
import { insertAppearance } from "@/lib/claims/create";
import { suggestClaims } from "@/lib/claims/suggest";
import { db as appDb } from "@/lib/db";

/**
 * Moderators' triage of public submissions, each through the one write path (lib/mutation.ts).
 * Only NEW submissions are triaged, and each save names the version it was based on. Rejected and
 * duplicate submissions are closed at once; an accepted one closes when its claim's check ends
 * (lib/submissions/retention.ts). None of this is public until a verdict is (an article a tip
 * brings in may re-anchor appearances of published verdicts: those pages are refreshed).
 */

/** What the submitter of a bulk-rejected submission reads on their tracking page. */
export const SPAM_REASON = "It was marked as spam.";

const triageFields = { id: true, status: true, claimId: true, claimText: true, rejectionReason: true, version: true } as const;

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

/** What became of the tip's link when it was accepted (null: it had none, or it was not fetched). */
export type TipLinkOutcome = { articleId: string | null; appearanceId: string | null; notice: string | null };

/**
 * Accepting a tip makes a claim of it: its text as the moderator edited it, its claimant and the
 * date it was made. Its link, when the moderator asks, is fetched as an article through the
 * article desk's path (lib/articles/mutations.ts) before the transaction (who may triage is checked
 * first), and the claim is anchored in it where its words are found; where they are not (or the
 * page cannot be read) the reason is kept as a note on the claim, for a reviewer to select the quote.
 */
export async function acceptSubmission(input: unknown, deps?: MutationDeps, fetchOptions?: FetchOptions) {
  let fetched: Awaited<ReturnType<typeof fetchArticle>> | null = null;
  const parsed = acceptSchema.safeParse(input);
  if (parsed.success && parsed.data.fetchLink) {
    const allowed = await authorise("submissions.triage", deps);
    if (!allowed.ok) return allowed;
    const tip = await (deps?.db ?? appDb).submission.findUnique({ where: { id: parsed.data.submissionId }, select: { url: true } });
    if (tip?.url) fetched = await fetchArticle(tip.url, fetchOptions);
  }
  // The suggester reads the text before the transaction opens (a long article takes seconds).
  const suggestions = fetched?.ok ? suggestClaims(fetched.article.text) : [];
  return runMutation(
    {
      action: "submissions.triage",
      schema: acceptSchema,
      input,
      async change(tx, data, actor) {
        const before = await findSubmission(tx, data.submissionId);
        const audit: Omit<AuditEntry, "actorId">[] = [];
        const refresh: string[] = [];
        const found = data.claimant ? await findOrCreateClaimant(tx, data.claimant) : null;
        if (found?.created) audit.push(found.created);

        // The tip's article, saved as any fetched article is; a blocked publisher is a reason, not a failure.
        let article: { id: string; title: string; text: string; publishedAt: Date | null } | null = null;
        let notice: string | null = null;
        if (fetched && !fetched.ok) notice = `The tip's link could not be added as an article: ${fetched.message}`;
        if (fetched?.ok) {
          try {
            const saved = await saveArticle(tx, fetched.article, suggestions, actor.id);
            audit.push(...saved.audit);
            refresh.push(...saved.refresh);
            article = await tx.article.findUniqueOrThrow({
              where: { id: saved.result.articleId },
              select: { id: true, title: true, text: true, publishedAt: true },
            });
          } catch (error) {
            if (!(error instanceof MutationRefused)) throw error;
            notice = `The tip's link could not be added as an article: ${error.message}`;
          }
        }

        const claim = await tx.claim.create({
          data: {
            text: data.claimText,
            claimantId: found?.claimant.id ?? null,
            claimDate: data.claimDate ?? article?.publishedAt ?? null,
            createdById: actor.id,
          },
          select: { id: true, text: true, status: true, claimDate: true },
        });
        await refreshClaimMeanings(tx, [claim.id]);
        audit.push({
          action: "claim.create",
          entityType: "Claim",
          entityId: claim.id,
          after: { ...claim, claimant: found?.claimant.name ?? null, fromSubmission: data.submissionId },
        });

        let appearanceId: string | null = null;
        if (article) {
          // The quote the moderator gave, else the claim's words as edited, else as the tipster wrote them.
          const words = [data.quote, data.claimText, before.claimText].flatMap((quote) => (quote ? [quote] : []));
          const span = words.map((quote) => findQuote(article.text, quote)).find((found) => found !== null) ?? null;
          if (span) {
            const appearance = await insertAppearance(tx, claim.id, { articleId: article.id, ...span });
            appearanceId = appearance.appearanceId;
            audit.push(appearance.audit);
          } else {
            notice = `The claim's words were not found in the tip's article “${article.title}”: open the article and select the quote to anchor the claim.`;
          }
        }
        if (notice) {
          const note = await tx.claimNote.create({ data: { claimId: claim.id, authorId: actor.id, body: notice }, select: { id: true } });
          audit.push({ action: "note.add", entityType: "ClaimNote", entityId: note.id, after: { claimId: claim.id, body: notice } });
        }

        const after = await triage(tx, data.submissionId, data.version, { status: "ACCEPTED", claimId: claim.id, handledById: actor.id });
        audit.push({
          action: "submission.accept",
          entityType: "Submission",
          entityId: data.submissionId,
          before: { status: before.status },
          after: { status: after.status, claimId: claim.id, articleId: article?.id ?? null, appearanceId },
        });
        return {
          result: {
            claimId: claim.id,
            version: after.version,
            link: fetched ? ({ articleId: article?.id ?? null, appearanceId, notice } satisfies TipLinkOutcome) : null,
          },
          audit,
          refresh,
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
