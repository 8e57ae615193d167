import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export const claimStatusLabel: Record<ClaimStatus, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  DISMISSED: "Dismissed",
};
