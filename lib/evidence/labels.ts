import type { Stance } from "@/lib/generated/prisma/enums";

/** Display order and headings of the evidence groups on a verdict page. */
export const stances: readonly Stance[] = ["SUPPORTS", "REFUTES", "CONTEXT"];

export const stanceLabel: Record<Stance, string> = {
  SUPPORTS: "Supports the claim",
  REFUTES: "Refutes the claim",
  CONTEXT: "Context",
};
