import type { QueueStatus } from "@/lib/claims/queries";
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

/** The queue's status filter, named by what is left to do (see QUEUE_STATUSES). */
export const queueStatusLabel: Record<QueueStatus, string> = {
  todo: "To do",
  awaiting: "Awaiting approval",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
  all: "All",
};
