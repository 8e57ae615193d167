import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

export const submissionStatusLabel: Record<SubmissionStatus, string> = {
  NEW: "New",
  ACCEPTED: "Accepted",
  DUPLICATE: "Duplicate",
  REJECTED: "Rejected",
};
