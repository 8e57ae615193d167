import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/pagination";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { citationOf } from "@/lib/verdicts/published-evidence";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";
import { hasDomain, sourceFields } from "./lookup";
import type { SourceFilters } from "./schemas";

/** The registry list's where clause: search in name, domain and aliases (trigram index on name), filters. */
function registryWhere(filters: SourceFilters): Prisma.SourceWhereInput {
  const q = filters.q;
  return {
    ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, hasDomain({ contains: q.toLowerCase() })] } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.reliability ? { reliability: filters.reliability } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

const aliasesSelect = { select: { domain: true }, orderBy: { domain: "asc" } } as const;

/** The source registry for moderators, alphabetically, searched and filtered. */
export function listSourcesForModeration(requestedPage: number, filters: SourceFilters = { q: "" }) {
  const where = registryWhere(filters);
  return paginate(
    requestedPage,
    () => db.source.count({ where }),
    (range) =>
      db.source.findMany({
        where,
        orderBy: [{ name: "asc" }, { domain: "asc" }],
        ...range,
        select: {
          id: true,
          name: true,
          domain: true,
          kind: true,
          reliability: true,
          status: true,
          _count: { select: { evidence: true, articles: true } },
        },
      }),
  );
}

export type ModerationSource = Awaited<ReturnType<typeof listSourcesForModeration>>["items"][number];

/** One source with everything its edit page shows (internal notes included: staff only). */
export function getSourceForEditing(id: string) {
  return db.source.findUnique({
    where: { id },
    select: {
      ...sourceFields,
      createdAt: true,
      updatedAt: true,
      aliases: aliasesSelect,
      _count: { select: { evidence: true, articles: true } },
    },
  });
}

export type EditableSource = NonNullable<Awaited<ReturnType<typeof getSourceForEditing>>>;

/**
 * Sources a moderator may merge into `survivorId`: those matching `q` (name or domain), or,
 * without a query, the names most similar to the survivor's (pg_trgm), most likely duplicates first.
 */
export async function listMergeCandidates(survivorId: string, q: string) {
  const select = { id: true, name: true, domain: true, status: true, _count: { select: { evidence: true, articles: true } } } as const;
  if (q) {
    return db.source.findMany({
      where: { id: { not: survivorId }, ...registryWhere({ q }) },
      orderBy: [{ name: "asc" }, { domain: "asc" }],
      take: 20,
      select,
    });
  }
  const similar = await db.$queryRaw<{ id: string }[]>`
    SELECT other.id FROM "Source" other, "Source" survivor
    WHERE survivor.id = ${survivorId} AND other.id <> survivor.id
      AND (similarity(other.name, survivor.name) > 0.2 OR similarity(other.domain, survivor.domain) > 0.3)
    ORDER BY greatest(similarity(other.name, survivor.name), similarity(other.domain, survivor.domain)) DESC
    LIMIT 10`;
  const rows = await db.source.findMany({ where: { id: { in: similar.map((row) => row.id) } }, select });
  return similar.map((row) => rows.find((source) => source.id === row.id)!).filter(Boolean);
}

export type MergeCandidate = Awaited<ReturnType<typeof listMergeCandidates>>[number];

// ------------------------------------------------------------------ public source pages

const publicStatus = { status: { in: [...PUBLIC_VERDICT_STATUSES] } } satisfies Prisma.VerdictWhereInput;
const publicVerdict = { verdicts: { some: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } } satisfies Prisma.ClaimWhereInput;
const publishedVerdict = { verdicts: { some: { status: "PUBLISHED" } } } satisfies Prisma.ClaimWhereInput;

/**
 * A source as the public sees it: /sources/<domain> exists when the source appears on a public
 * verdict page (cited in the evidence of a published version, or publisher of an article where a
 * checked claim appeared); the rest of the registry is the desk's working list. Citations count
 * the evidence as published (lib/verdicts/published-evidence.ts), not the desk's working rows.
 *
 * Found by its domain or an alias (the page then redirects to its domain).
 *
 * What is public: name, kind, reliability and its reliability note, its aliases (the domains of
 * merged duplicates), and whether the desk refuses
 * to cite it (blocked): that is an editorial rule readers should know. Not public: internal
 * notes, and the "watch" status, a reminder for reviewers that can change any week; the public
 * judgement of a watched source is its reliability rating and note.
 */
export const getPublicSource = cachedPublicQuery(
  "public-source",
  async (domain: string) => {
    const source = await db.source.findFirst({
      where: hasDomain(domain),
      select: {
        id: true,
        domain: true,
        name: true,
        kind: true,
        reliability: true,
        reliabilityNote: true,
        status: true,
        aliases: aliasesSelect,
      },
    });
    if (!source) return null;
    const cites = { array_contains: citationOf(source.id) };
    const [citedNow, checkedArticle, [counted], articlesWithCheckedClaims] = await Promise.all([
      db.verdict.findFirst({ where: { ...publicStatus, publishedEvidence: cites }, select: { id: true } }),
      db.article.findFirst({ where: { publisherId: source.id, appearances: { some: { claim: publicVerdict } } }, select: { id: true } }),
      db.$queryRaw<{ citations: number }[]>`
        SELECT count(*)::int AS citations
          FROM "Verdict" v CROSS JOIN LATERAL jsonb_array_elements(v."publishedEvidence") AS item
         WHERE v.status = 'PUBLISHED' AND v."publishedEvidence" @> ${JSON.stringify(citationOf(source.id))}::jsonb
           AND item->>'sourceId' = ${source.id}`,
      db.article.count({ where: { publisherId: source.id, appearances: { some: { claim: publishedVerdict } } } }),
    ]);
    // Cited only by an earlier version: revisions' snapshots have no index, so asked only when needed.
    const citedBefore =
      citedNow || checkedArticle
        ? null
        : await db.verdict.findFirst({
            where: { ...publicStatus, revisions: { some: { status: "PUBLISHED", evidence: cites } } },
            select: { id: true },
          });
    if (!citedNow && !checkedArticle && !citedBefore) return null;
    const { status, ...publicFields } = source;
    return { ...publicFields, blocked: status === "BLOCKED", citations: counted?.citations ?? 0, articlesWithCheckedClaims };
  },
  () => [publicTags.verdicts, publicTags.sources],
);

export type PublicSource = NonNullable<Awaited<ReturnType<typeof getPublicSource>>>;
