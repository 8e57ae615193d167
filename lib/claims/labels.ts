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
