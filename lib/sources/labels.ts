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
