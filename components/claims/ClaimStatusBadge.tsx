import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { claimStatusLabel, reopenedLabel } from "@/lib/claims/labels";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const statusTone: Record<ClaimStatus, BadgeTone> = {
  NEW: "blue",
  IN_REVIEW: "amber",
  PUBLISHED: "green",
  DISMISSED: "neutral",
};

/** `reopened`: a retraction put the claim back in review for a new verdict (decision 025). */
export function ClaimStatusBadge({ status, reopened = false }: { status: ClaimStatus; reopened?: boolean }) {
  if (reopened && status === "IN_REVIEW") return <Badge tone="amber">{reopenedLabel}</Badge>;
  return <Badge tone={statusTone[status]}>{claimStatusLabel[status]}</Badge>;
}
