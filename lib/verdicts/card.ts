import { db } from "@/lib/db";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

/**
 * The short form of a public verdict that share cards (Open Graph image) and the embeddable card
 * show: claim, claimant, rating, conclusion, retraction. Selected field by field like every public
 * query; null for drafts and unknown slugs.
 */
export async function getVerdictCard(slug: string) {
  return db.verdict.findFirst({
    where: { slug, status: { in: [...PUBLIC_VERDICT_STATUSES] } },
    select: {
      slug: true,
      status: true,
      conclusion: true,
      publishedAt: true,
      retractedAt: true,
      retractionReason: true,
      rating: { select: { label: true, color: true } },
      claim: { select: { text: true, claimant: { select: { name: true } } } },
    },
  });
}

export type VerdictCardData = NonNullable<Awaited<ReturnType<typeof getVerdictCard>>>;
