import "server-only";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/pagination";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

const hasPublicVerdict = {
  claims: { some: { verdicts: { some: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } } },
} satisfies Prisma.ClaimantWhereInput;

/**
 * A claimant with at least one public verdict. Claimants known only from claims still in review
 * are 404: that the desk is looking at someone's statement is not public until it publishes.
 */
export const getPublicClaimant = cachedPublicQuery(
  "public-claimant",
  (slug: string) =>
    db.claimant.findFirst({
      where: { slug, ...hasPublicVerdict },
      select: { id: true, slug: true, name: true, description: true, sameAs: true },
    }),
  () => [publicTags.verdicts, publicTags.claimants],
);

/** The public claimant a merged claimant's slug now belongs to (its page redirects there), or null. */
export async function findMergedClaimantTarget(client: PrismaClient, slug: string): Promise<string | null> {
  const alias = await client.claimantAlias.findUnique({
    where: { slug },
    select: {
      claimant: {
        select: {
          slug: true,
          claims: { where: { verdicts: { some: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } }, take: 1, select: { id: true } },
        },
      },
    },
  });
  return alias && alias.claimant.claims.length > 0 ? alias.claimant.slug : null;
}

export const getMergedClaimantTarget = cachedPublicQuery(
  "merged-claimant",
  (slug: string) => findMergedClaimantTarget(db, slug),
  () => [publicTags.verdicts, publicTags.claimants],
);

/** The moderation list of claimants (`?q=` part of a name), with how many claims each has. */
export function listClaimantsForModeration(q: string, page: number) {
  const where: Prisma.ClaimantWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { slug: { contains: q.toLowerCase() } },
          { aliases: { some: { name: { contains: q, mode: "insensitive" } } } },
        ],
      }
    : {};
  return paginate(
    page,
    () => db.claimant.count({ where }),
    (range) =>
      db.claimant.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...range,
        select: {
          id: true,
          name: true,
          slug: true,
          kind: true,
          _count: { select: { claims: true } },
          aliases: { select: { name: true }, orderBy: { name: "asc" } },
        },
      }),
  );
}

export type ModerationClaimant = Awaited<ReturnType<typeof listClaimantsForModeration>>["items"][number];

/** A claimant's name (the merge's confirmation names the one kept). */
export function getClaimantName(id: string) {
  return db.claimant.findUnique({ where: { id }, select: { name: true } });
}

/** One claimant for the merge page: its fields, version, aliases and a few of its claims. */
export function getClaimantForMerge(id: string) {
  return db.claimant.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      description: true,
      sameAs: true,
      version: true,
      aliases: { select: { name: true, slug: true }, orderBy: { name: "asc" } },
      _count: { select: { claims: true } },
      claims: { take: 5, orderBy: { createdAt: "desc" }, select: { id: true, text: true } },
    },
  });
}

/**
 * Claimants that may be the same as `id`'s: with `q`, names (or merged names) containing it;
 * without, the same name key or a similar name (trigram index on the name).
 */
export async function listClaimantMergeCandidates(id: string, q: string) {
  const survivor = await db.claimant.findUnique({ where: { id }, select: { name: true, nameKey: true } });
  if (!survivor) return [];
  const ids = q
    ? (
        await db.claimant.findMany({
          where: {
            id: { not: id },
            OR: [{ name: { contains: q, mode: "insensitive" } }, { aliases: { some: { name: { contains: q, mode: "insensitive" } } } }],
          },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: 20,
          select: { id: true },
        })
      ).map((row) => row.id)
    : (
        await db.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Claimant"
           WHERE id <> ${id} AND ("nameKey" = ${survivor.nameKey} OR name % ${survivor.name})
           ORDER BY "nameKey" = ${survivor.nameKey} DESC, similarity(name, ${survivor.name}) DESC, id
           LIMIT 10`
      ).map((row) => row.id);
  const rows = await db.claimant.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      slug: true,
      _count: { select: { claims: true } },
      aliases: { select: { name: true }, orderBy: { name: "asc" } },
    },
  });
  return ids.map((candidate) => rows.find((row) => row.id === candidate)!).filter(Boolean);
}
