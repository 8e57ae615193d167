import "server-only";
import type { AuditEntry } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MutationRefused } from "@/lib/mutation";
import { slugify } from "./slug";

/** "Iraqi officials", "the ministry", "Port authority": speakers that are not one person. */
export function looksLikeOrganisation(name: string): boolean {
  return /\b(officials|ministry|ministries|government|council|authority|office|department|party|association|union|agency|institute|company|committee|commission|police|army|bank|spokespeople)\b/i.test(
    name,
  );
}

/**
 * The claimant of that name (any capitalisation; the oldest if several), or a new one with a
 * unique slug. Returns the audit entry of the creation, for the caller's change to record.
 */
export async function findOrCreateClaimant(
  tx: Prisma.TransactionClient,
  name: string,
): Promise<{ claimant: { id: string; name: string }; created: Omit<AuditEntry, "actorId"> | null }> {
  const existing = await tx.claimant.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
  if (existing) return { claimant: existing, created: null };
  const base = slugify(name);
  const taken = new Set((await tx.claimant.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const kind = looksLikeOrganisation(name) ? "ORGANIZATION" : "PERSON";
  // ON CONFLICT DO NOTHING: a failed insert would abort the caller's transaction. When someone
  // else just added the same claimant, theirs is used; a different one that took the slug is a 409.
  const [claimant] = await tx.claimant.createManyAndReturn({
    data: [{ name, slug, kind }],
    skipDuplicates: true,
    select: { id: true, name: true },
  });
  if (!claimant) {
    const theirs = await tx.claimant.findUnique({ where: { slug }, select: { id: true, name: true } });
    if (theirs && theirs.name.toLowerCase() === name.toLowerCase()) return { claimant: theirs, created: null };
    throw new MutationRefused(409, `Someone else just added a claimant like “${name}”; try again.`, {
      fieldErrors: { claimant: ["Someone else just added a claimant like this one; try again."] },
    });
  }
  return { claimant, created: { action: "claimant.create", entityType: "Claimant", entityId: claimant.id, after: { name, slug, kind } } };
}
