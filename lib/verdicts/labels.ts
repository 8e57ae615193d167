import type { RevisionKind } from "@/lib/generated/prisma/enums";

export const revisionKindLabel: Record<RevisionKind, string> = {
  ORIGINAL: "Original",
  CORRECTION: "Correction",
  UPDATE: "Update",
};
