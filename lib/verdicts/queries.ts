import { cache } from "react";
import { db } from "@/lib/db";

// Public queries select field by field: nothing staff-only (emails, internal notes, drafts of
// revisions) can reach a public page by accident.

const publicRating = { key: true, label: true, color: true } as const;

/** The newest published verdicts, for the home page. */
export async function listPublishedVerdicts(limit = 20) {
  return db.verdict.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      conclusion: true,
      publishedAt: true,
      rating: { select: publicRating },
      claim: { select: { text: true, claimant: { select: { name: true } } } },
    },
  });
}

export type PublishedVerdictSummary = Awaited<ReturnType<typeof listPublishedVerdicts>>[number];

/**
 * A published or retracted verdict with everything its public page shows; null for drafts and
 * unknown slugs. Cached per request so that metadata and page share one query.
 */
export const getPublicVerdictBySlug = cache(async (slug: string) => {
  const verdict = await db.verdict.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "RETRACTED"] } },
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
          text: true,
          claimDate: true,
          claimant: { select: { name: true, kind: true, sameAs: true } },
          topics: { select: { name: true, slug: true }, orderBy: { name: "asc" } },
          appearances: {
            orderBy: [{ anchorStatus: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              exact: true,
              prefix: true,
              suffix: true,
              start: true,
              anchorStatus: true,
              article: {
                select: {
                  title: true,
                  url: true,
                  publishedAt: true,
                  publisher: { select: { name: true } },
                },
              },
            },
          },
          evidence: {
            orderBy: [{ position: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              url: true,
              archiveUrl: true,
              title: true,
              excerpt: true,
              stance: true,
              source: { select: { name: true, domain: true, reliability: true, reliabilityNote: true } },
            },
          },
        },
      },
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

  // "Updated" means the last published correction or update, not the row's updatedAt, which
  // also moves for staff-side changes the public never sees.
  const lastRevision = verdict.revisions.findLast((revision) => revision.publishedAt !== null);
  return { ...verdict, lastUpdatedAt: lastRevision?.publishedAt ?? null };
});

export type PublicVerdict = NonNullable<Awaited<ReturnType<typeof getPublicVerdictBySlug>>>;
