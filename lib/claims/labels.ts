import type { ClaimStatus, VerdictStatus } from "@/lib/generated/prisma/enums";

export const claimStatusLabel: Record<ClaimStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
};

/** A claim back in review because its verdict was retracted: a new verdict is to be written. */
export const reopenedLabel = "Reopened: verdict retracted";

export const verdictStatusLabel: Record<VerdictStatus, string> = {
  DRAFT: "Draft",
  AWAITING_APPROVAL: "Awaiting approval",
  PUBLISHED: "Published",
  RETRACTED: "Retracted",
};

/**
 * The queue's status filter: what is left to do, not the claim's own status. "todo" (no verdict
 * yet, one in draft, or reopened by a retraction for a new one), "awaiting" (a verdict waiting for a second person's approval), then
 * what is done.
 */
export const QUEUE_STATUSES = ["todo", "awaiting", "PUBLISHED", "DISMISSED", "all"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** The queue's status filter, named by what is left to do. */
export const queueStatusLabel: Record<QueueStatus, string> = {
  todo: "To do",
  awaiting: "Awaiting approval",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
  all: "All",
};

/**
 * What the matcher (similar claims) says of a claim's verdict: the current one (not retracted),
 * else the last retracted one; a reopened claim says its earlier verdict was retracted.
 * `link`: the public page to read (the published verdict, else the retracted one).
 */
export function similarVerdictState(
  verdict: { slug: string; status: VerdictStatus } | null,
  retractedSlug: string | null,
): { text: string; link: { href: string; label: string } | null } | null {
  if (!verdict) return null;
  const retracted = retractedSlug ? { href: `/verdicts/${retractedSlug}`, label: "Read the retracted verdict" } : null;
  switch (verdict.status) {
    case "PUBLISHED":
      return { text: "", link: { href: `/verdicts/${verdict.slug}`, label: "Read the verdict" } };
    case "RETRACTED":
      return {
        text: "Verdict retracted · no new verdict started",
        link: { href: `/verdicts/${verdict.slug}`, label: "Read the retracted verdict" },
      };
    case "DRAFT":
    case "AWAITING_APPROVAL":
      return retracted
        ? {
            text: `Earlier verdict retracted · new verdict ${verdict.status === "DRAFT" ? "in draft" : "awaiting approval"}`,
            link: retracted,
          }
        : { text: "Verdict not published yet", link: null };
  }
}
