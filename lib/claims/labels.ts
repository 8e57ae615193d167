import type { ClaimStatus, VerdictStatus } from "@/lib/generated/prisma/enums";

export const claimStatusLabel: Record<ClaimStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
};

export const verdictStatusLabel: Record<VerdictStatus, string> = {
  DRAFT: "Draft",
  AWAITING_APPROVAL: "Awaiting approval",
  PUBLISHED: "Published",
  RETRACTED: "Retracted",
};

/**
 * The queue's status filter: what is left to do, not the claim's own status. "todo" (no verdict
 * yet, or one in draft), "awaiting" (a verdict waiting for a second person's approval), then
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
