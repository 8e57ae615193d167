import type { Reliability, SourceKind, SourceStatus } from "@/lib/generated/prisma/enums";

export const sourceKindLabel: Record<SourceKind, string> = {
  NEWS: "News",
  GOVERNMENT: "Government",
  ACADEMIC: "Academic",
  NGO: "NGO",
  SOCIAL_PLATFORM: "Social platform",
  OTHER: "Other",
};

export const reliabilityLabel: Record<Reliability, string> = {
  HIGH: "High reliability",
  MIXED: "Mixed reliability",
  LOW: "Low reliability",
  UNRATED: "Reliability not rated",
};

export const sourceStatusLabel: Record<SourceStatus, string> = {
  ACTIVE: "Active",
  WATCH: "Watch",
  BLOCKED: "Blocked",
};

/** What each reliability rating means (shown on /methodology). */
export const reliabilityMeaning: Record<Reliability, string> = {
  HIGH: "Publishes its methods or sources, corrects its errors openly, and its figures hold up when we check them.",
  MIXED:
    "Accurate on some matters but one-sided, opaque about its sources, or with a record of uncorrected errors. We cite it for what it says and look for confirmation elsewhere.",
  LOW: "A record of inventing or distorting facts. We cite it only to show what was said.",
  UNRATED: "Not rated yet, or a platform, where reliability depends on who posts.",
};

/** Display order of the reliability ratings. */
export const reliabilities: readonly Reliability[] = ["HIGH", "MIXED", "LOW", "UNRATED"];
