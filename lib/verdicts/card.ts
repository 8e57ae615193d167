import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { findPublicVerdictId, PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

/**
 * The short form of a public verdict that share cards (Open Graph image) and the embeddable card
 * show: claim, claimant, rating, conclusion, retraction. Selected field by field like every public
 * query; null for drafts and unknown slugs. Cached like the verdict page, under the same tags.
 */
export async function getVerdictCard(slug: string) {
  const id = await findPublicVerdictId(slug);
  return id ? getVerdictCardById(id) : null;
}

const getVerdictCardById = cachedPublicQuery(
  "verdict-card",
  (id: string) =>
    db.verdict.findFirst({
      where: { id, status: { in: [...PUBLIC_VERDICT_STATUSES] } },
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
    }),
  (id) => [publicTags.verdict(id), publicTags.ratings, publicTags.claimants],
);

export type VerdictCardData = NonNullable<Awaited<ReturnType<typeof getVerdictCard>>>;
