import "server-only";
import { db as appDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus, SubmissionStatus, VerdictStatus } from "@/lib/generated/prisma/enums";
import { paginate } from "@/lib/pagination";
import { hashToken } from "./tracking";

/**
 * Public submissions for triage, newest first; `status` narrows the list (the page opens on NEW).
 * The submitter's contact email is deliberately not selected: it is personal data that only the
 * reply flow may read.
 */
export function listSubmissionsForModeration(requestedPage: number, status?: SubmissionStatus) {
  const where = status ? { status } : {};
  return paginate(
    requestedPage,
    () => appDb.submission.count({ where }),
    (range) =>
      appDb.submission.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...range,
        select: { id: true, claimText: true, status: true, createdAt: true },
      }),
  );
}

export type ModerationSubmission = Awaited<ReturnType<typeof listSubmissionsForModeration>>["items"][number];

/** One submission for its triage page: what was sent and what became of it, never the contact. */
export function getSubmissionForTriage(id: string) {
  return appDb.submission.findUnique({
    where: { id },
    select: {
      id: true,
      claimText: true,
      url: true,
      reason: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
      closedAt: true,
      version: true,
      handledBy: { select: { name: true } },
      claim: {
        select: {
          id: true,
          text: true,
          status: true,
          claimDate: true,
          claimant: { select: { name: true } },
          appearances: { take: 1, orderBy: { createdAt: "asc" }, select: { article: { select: { id: true, title: true } } } },
        },
      },
    },
  });
}

export type TriageSubmission = NonNullable<Awaited<ReturnType<typeof getSubmissionForTriage>>>;

/**
 * What the submitter's private tracking page may say, and nothing more: the claim as they sent
 * it and its state, no names, no dates. `accepted`: a claim on our desk that no one has taken
 * yet; `checking`: someone has (it is assigned, in review, or has a verdict draft).
 * `checked`/`duplicate` carry the public verdict's slug only once that verdict is published.
 */
export type TrackingState =
  | { state: "received" }
  | { state: "accepted" }
  | { state: "checking" }
  | { state: "checked"; verdictSlug: string }
  | { state: "duplicate"; verdictSlug: string | null; checking: boolean }
  | { state: "not_checked"; reason: string | null };

export type TrackingStatus = TrackingState & { claimText: string };

export async function getTrackingStatus(token: string, client: PrismaClient = appDb): Promise<TrackingStatus | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const submission = await client.submission.findUnique({
    where: { trackingTokenHash: hashToken(token) },
    select: {
      claimText: true,
      status: true,
      rejectionReason: true,
      // The newest public verdict: the published one, else the last retracted one (whose page links
      // to its successor once that is published).
      claim: {
        select: {
          status: true,
          assigneeId: true,
          verdicts: {
            where: { status: { in: ["PUBLISHED", "RETRACTED"] } },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 1,
            select: { slug: true, status: true },
          },
        },
      },
    },
  });
  if (!submission) return null;
  return { claimText: submission.claimText, ...trackingState(submission) };
}

function trackingState(submission: {
  status: SubmissionStatus;
  rejectionReason: string | null;
  claim: { status: ClaimStatus; assigneeId: string | null; verdicts: { slug: string; status: VerdictStatus }[] } | null;
}): TrackingState {
  // A retracted verdict keeps its public page (marked retracted), so the submitter is sent there too.
  const verdict = submission.claim?.verdicts[0];
  const published = verdict && (verdict.status === "PUBLISHED" || verdict.status === "RETRACTED") ? verdict.slug : null;
  const dismissed = submission.claim?.status === "DISMISSED";
  // Taken by someone: assigned, in review, or with a verdict started.
  const taken = Boolean(submission.claim && (submission.claim.assigneeId || submission.claim.status !== "NEW" || verdict));
  switch (submission.status) {
    case "NEW":
      return { state: "received" };
    case "ACCEPTED":
      if (published) return { state: "checked", verdictSlug: published };
      if (dismissed) return { state: "not_checked", reason: null };
      return taken ? { state: "checking" } : { state: "accepted" };
    case "DUPLICATE":
      if (!published && dismissed) return { state: "not_checked", reason: null };
      return { state: "duplicate", verdictSlug: published, checking: taken };
    case "REJECTED":
      return { state: "not_checked", reason: submission.rejectionReason };
  }
}
