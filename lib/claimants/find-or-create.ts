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

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * Who a claimant name means, as the database computes it (`claimant_name_key` in the migration
 * 20261207020000_claimant_identity_and_search_words, which also keeps Claimant.nameKey): lower
 * case, without a leading "the", without a title before a full name.
 */
export async function claimantNameKey(tx: Tx, name: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ key: string }[]>`SELECT claimant_name_key(${name}) AS key`;
  return row?.key ?? "";
}

/**
 * The claimant a name means: the oldest claimant with the same name key, else the claimant a
 * claimant of that name was merged into (its alias).
 */
export async function findClaimantByKey(tx: Tx, key: string): Promise<{ id: string; name: string } | null> {
  const [found] = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM (
      SELECT c.id, c.name, 0 AS via, c."createdAt" FROM "Claimant" c WHERE c."nameKey" = ${key}
      UNION ALL
      SELECT c.id, c.name, 1, a."createdAt" FROM "ClaimantAlias" a JOIN "Claimant" c ON c.id = a."claimantId" WHERE a."nameKey" = ${key}
    ) found ORDER BY via, "createdAt", id LIMIT 1`;
  return found ?? null;
}

/**
 * The claimant of that name (whatever its capitalisation, leading "the" or title before a full
 * name; also one merged into another), or a new one with a unique slug. Returns the audit entry
 * of the creation, for the caller's change to record.
 *
 * Two transactions naming the same claimant take turns (an advisory lock on the name key), so
 * "the National Statistics Office" and "National Statistics Office" written at once make one
 * claimant. The claimant found is locked FOR KEY SHARE until the caller's transaction ends: a
 * merge deleting it meanwhile waits for us, or, if it went first, we look again and find the
 * survivor through the alias (rather than failing on the foreign key).
 */
export async function findOrCreateClaimant(
  tx: Prisma.TransactionClient,
  name: string,
): Promise<{ claimant: { id: string; name: string }; created: Omit<AuditEntry, "actorId"> | null }> {
  const key = await claimantNameKey(tx, name);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('claimant-name:' || ${key}, 0))`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await findClaimantByKey(tx, key);
    if (!existing) break;
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Claimant" WHERE id = ${existing.id} FOR KEY SHARE`;
    if (locked.length > 0) return { claimant: existing, created: null };
  }
  const base = slugify(name);
  const taken = new Set([
    ...(await tx.claimant.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
    // A merged claimant's slug still redirects to its survivor: never given to someone new.
    ...(await tx.claimantAlias.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug),
  ]);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const kind = looksLikeOrganisation(name) ? "ORGANIZATION" : "PERSON";
  // ON CONFLICT DO NOTHING: a failed insert would abort the caller's transaction. The same name
  // cannot race here (the lock above); another name with the same slug can, and is a 409.
  const [claimant] = await tx.claimant.createManyAndReturn({
    data: [{ name, slug, kind }],
    skipDuplicates: true,
    select: { id: true, name: true },
  });
  if (!claimant) {
    throw new MutationRefused(409, `Someone else just added a claimant like “${name}”; try again.`, {
      fieldErrors: { claimant: ["Someone else just added a claimant like this one; try again."] },
    });
  }
  return { claimant, created: { action: "claimant.create", entityType: "Claimant", entityId: claimant.id, after: { name, slug, kind } } };
}
