import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A claim has several verdicts once one is retracted (decision 025): at most one is not RETRACTED
 * (a partial unique index), its current verdict. Retracted ones keep their public pages.
 */
export const currentVerdictWhere = { status: { not: "RETRACTED" } } as const satisfies Prisma.VerdictWhereInput;

/** A claim's verdicts, oldest first (history on the desk: retracted ones, then the current one). */
export function allVerdicts<S extends Prisma.VerdictSelect>(select: S) {
  return { orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }], select };
}
