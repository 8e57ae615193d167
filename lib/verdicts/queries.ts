import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { paginate, PUBLIC_PAGE_SIZE } from "@/lib/pagination";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { asPublicAppearances, liveAppearanceOrder, liveAppearanceSelect, readAppearanceSnapshot } from "./published-appearances";
import { citationOf, readSnapshot, withSources } from "./published-evidence";

// Public queries select field by field: nothing staff-only (emails, internal notes, drafts of
// revisions) can reach a public page by accident. They read through the public cache
// (lib/public-cache.ts), tagged with what they show.

const publicRating = { key: true, label: true, color: true } as const;

/** Verdict statuses that have a public page (a retracted verdict stays readable, marked as such). */
export const PUBLIC_VERDICT_STATUSES = ["PUBLISHED", "RETRACTED"] as const;

/** Whether a verdict has a public page (its claim's text and claimant then no longer change). */
export function hasPublicPage<V extends { status: string }>(verdict: V | null | undefined): verdict is V {
  return verdict != null && (PUBLIC_VERDICT_STATUSES as readonly string[]).includes(verdict.status);
}

const verdictSummarySelect = {
  slug: true,
  conclusion: true,
  publishedAt: true,
  rating: { select: publicRating },
  claim: { select: { text: true, claimant: { select: { name: true } } } },
} satisfies Prisma.VerdictSelect;

const newestFirst: Prisma.VerdictOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "desc" }];

const summaryTags = () => [publicTags.verdicts, publicTags.ratings, publicTags.claimants];

const newestPublishedVerdicts = cachedPublicQuery(
  "published-verdicts",
  (limit: number) =>
    db.verdict.findMany({ where: { status: "PUBLISHED" }, orderBy: newestFirst, take: limit, select: verdictSummarySelect }),
  summaryTags,
);

/** The newest published verdicts, for the home page. */
export function listPublishedVerdicts(limit = 20) {
  return newestPublishedVerdicts(limit);
}

export type PublishedVerdictSummary = Prisma.VerdictGetPayload<{ select: typeof verdictSummarySelect }>;

/** Which published verdicts a claimant, topic or source page lists. */
export type VerdictListScope = "claimant" | "topic" | "source";

function scopeFilter(scope: VerdictListScope, id: string): Prisma.VerdictWhereInput {
  switch (scope) {
    case "claimant":
      return { claim: { claimantId: id } };
    case "topic":
      return { claim: { topics: { some: { id } } } };
    case "source":
      // A source's page lists the verdicts whose published evidence cites it.
      return { publishedEvidence: { array_contains: citationOf(id) } };
  }
}

/** One page of the published verdicts of a claimant, topic or source, newest first. */
export const listPublishedVerdictsFor = cachedPublicQuery(
  "published-verdicts-for",
  (scope: VerdictListScope, id: string, requestedPage: number) => {
    const where: Prisma.VerdictWhereInput = { status: "PUBLISHED", ...scopeFilter(scope, id) };
    return paginate(
      requestedPage,
      () => db.verdict.count({ where }),
      (range) => db.verdict.findMany({ where, orderBy: newestFirst, ...range, select: verdictSummarySelect }),
      PUBLIC_PAGE_SIZE,
    );
  },
  () => [...summaryTags(), publicTags.topics, publicTags.sources],
);

/** slug → id of a public verdict. Tagged `verdicts`: publishing or retracting changes the answer. */
export const findPublicVerdictId = cachedPublicQuery(
  "public-verdict-id",
  async (slug: string) =>
    (await db.verdict.findFirst({ where: { slug, status: { in: [...PUBLIC_VERDICT_STATUSES] } }, select: { id: true } }))?.id ?? null,
  () => [publicTags.verdicts],
);

/**
 * A published or retracted verdict with everything its public page shows; null for drafts and
 * unknown slugs. Cached per request so that metadata and page share one lookup.
 */
export const getPublicVerdictBySlug = cache(async (slug: string) => {
  const id = await findPublicVerdictId(slug);
  return id ? getPublicVerdictById(id) : null;
});

const getPublicVerdictById = cachedPublicQuery(
  "public-verdict",
  (id: string) => findPublicVerdict(id),
  (id) => [publicTags.verdict(id), publicTags.ratings, publicTags.sources, publicTags.claimants, publicTags.topics],
);

async function findPublicVerdict(id: string) {
  const verdict = await db.verdict.findFirst({
    where: { id, status: { in: [...PUBLIC_VERDICT_STATUSES] } },
    select: {
      slug: true,
      status: true,
      conclusion: true,
      rationale: true,
      publishedAt: true,
      retractedAt: true,
      retractionReason: true,
      rating: { select: { ...publicRating, description: true, ordinal: true } },
      author: { select: { name: true } },
      approver: { select: { name: true } },
      claim: {
        select: {
          id: true,
          text: true,
          claimDate: true,
          claimant: { select: { name: true, kind: true, sameAs: true, slug: true } },
          topics: { select: { name: true, slug: true }, orderBy: { name: "asc" } },
          // Read only for a verdict without a snapshot (inserted by hand or by a script).
          appearances: { where: { repeatedAt: null }, orderBy: liveAppearanceOrder, select: liveAppearanceSelect },
        },
      },
      // Where the claim appeared, as published (./published-appearances.ts); repeats found since
      // are listed apart, at once.
      publishedAppearances: true,
      // The evidence as published, never the claim's live evidence (./published-evidence.ts).
      publishedEvidence: true,
      // Several verdicts per claim (decision 025): the retracted one this replaces, and the one
      // that replaced this one once it is public (a draft successor is not shown).
      previous: { select: { slug: true, status: true, publishedAt: true, retractedAt: true } },
      successor: { select: { slug: true, status: true, publishedAt: true } },
      // Revision 1 is the original publication; later published revisions are the public
      // corrections and updates.
      revisions: {
        where: { status: "PUBLISHED", number: { gt: 1 } },
        orderBy: { number: "asc" },
        select: { number: true, kind: true, note: true, publishedAt: true },
      },
    },
  });
  if (!verdict) return null;
  const repeatedSince = await listRepeats(db, verdict.claim.id);
  const { publishedEvidence, publishedAppearances, successor, claim, ...rest } = verdict;
  const snapshot = readSnapshot(publishedEvidence, `verdict ${id}`);
  const published = readAppearanceSnapshot(publishedAppearances, `verdict ${id}`);
  const appearances = published ? asPublicAppearances(published) : claim.appearances;
  const evidence = (await withSources(db, snapshot?.items ?? null)) ?? [];

  // "Updated" means the last published correction or update, not the row's updatedAt, which
  // also moves for staff-side changes the public never sees.
  const lastRevision = verdict.revisions.findLast((revision) => revision.publishedAt !== null);
  return {
    ...rest,
    claim: { ...claim, appearances },
    successor: hasPublicPage(successor) ? successor : null,
    repeatedSince,
    evidence,
    evidenceUnreadable: snapshot?.unreadable ?? false,
    lastUpdatedAt: lastRevision?.publishedAt ?? null,
  };
}

/**
 * "Repeated since": appearances recorded as repeats of the claim after its verdict was published
 * (Today's claims, lib/monitoring/suggestion-decisions.ts), oldest first. Shown at once; they do
 * not change the verdict.
 */
export function listRepeats(client: Pick<PrismaClient, "appearance">, claimId: string) {
  return client.appearance.findMany({
    where: { claimId, repeatedAt: { not: null } },
    orderBy: [{ repeatedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      repeatedAt: true,
      article: { select: { title: true, url: true, publishedAt: true, publisher: { select: { name: true, domain: true } } } },
    },
  });
}

export type Repeat = Awaited<ReturnType<typeof listRepeats>>[number];

export type PublicVerdict = NonNullable<Awaited<ReturnType<typeof getPublicVerdictBySlug>>>;

/** Which published revision replaced which: number, kind, note and date of each (revision 1 included). */
const getPublicRevisionById = cachedPublicQuery(
  "public-verdict-revision",
  async (id: string, number: number) => {
    const verdict = await db.verdict.findFirst({
      where: { id, status: { in: [...PUBLIC_VERDICT_STATUSES] } },
      select: {
        slug: true,
        status: true,
        retractedAt: true,
        retractionReason: true,
        claim: { select: { text: true } },
        revisions: {
          where: { status: "PUBLISHED" },
          orderBy: { number: "asc" },
          select: { number: true, kind: true, note: true, publishedAt: true },
        },
      },
    });
    const revision = await db.verdictRevision.findFirst({
      where: { verdictId: id, number, status: "PUBLISHED" },
      select: {
        number: true,
        kind: true,
        note: true,
        publishedAt: true,
        conclusion: true,
        rationale: true,
        evidence: true,
        appearances: true,
        rating: { select: publicRating },
      },
    });
    if (!verdict || !revision) return null;
    const { revisions, ...rest } = verdict;
    const next = revisions.find((other) => other.number > number) ?? null;
    // null: a version published before each version kept its evidence.
    const snapshot = readSnapshot(revision.evidence, `revision ${number} of verdict ${id}`);
    const evidence = await withSources(db, snapshot?.items ?? null);
    // Where the claim appeared as this version was published (none kept by versions before that).
    const appearances = asPublicAppearances(readAppearanceSnapshot(revision.appearances, `revision ${number} of verdict ${id}`) ?? []);
    return {
      verdict: rest,
      revision: { ...revision, evidence, evidenceUnreadable: snapshot?.unreadable ?? false, appearances },
      replacedBy: next,
    };
  },
  (id) => [publicTags.verdict(id), publicTags.ratings, publicTags.sources],
);

/**
 * An earlier (or the current) published version of a public verdict, with the revision that
 * replaced it; null for unknown slugs and numbers and for unpublished or discarded revisions.
 */
export async function getPublicRevision(slug: string, number: number) {
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const id = await findPublicVerdictId(slug);
  return id ? getPublicRevisionById(id, number) : null;
}
