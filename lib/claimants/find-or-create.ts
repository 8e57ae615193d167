import type { AuditEntry } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A URL segment from a name: "Dr Mirela Santos" → "dr-mirela-santos". */
export function claimantSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "claimant";
}

/**
 * The claimant of that name (case-insensitive), or a new one. Returns the audit entry of the
 * creation, for the caller's change to record.
 */
export async function findOrCreateClaimant(
  tx: Prisma.TransactionClient,
  name: string,
): Promise<{ claimant: { id: string; name: string }; created: Omit<AuditEntry, "actorId"> | null }> {
  const existing = await tx.claimant.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true, name: true } });
  if (existing) return { claimant: existing, created: null };
  const base = claimantSlug(name);
  let slug = base;
  for (let n = 2; await tx.claimant.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const claimant = await tx.claimant.create({ data: { name, slug }, select: { id: true, name: true } });
  return { claimant, created: { action: "claimant.create", entityType: "Claimant", entityId: claimant.id, after: { name, slug } } };
}
