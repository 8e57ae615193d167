import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { claimStatusLabel } from "@/lib/claims/labels";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const statusTone: Record<ClaimStatus, BadgeTone> = {
  NEW: "blue",
  IN_REVIEW: "amber",
  PUBLISHED: "green",
  DISMISSED: "neutral",
};

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return <Badge tone={statusTone[status]}>{claimStatusLabel[status]}</Badge>;
}
