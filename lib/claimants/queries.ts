import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

/**
 * A claimant with at least one public verdict. Claimants known only from claims still in review
 * are 404: that the desk is looking at someone's statement is not public until it publishes.
 */
export const getPublicClaimant = cachedPublicQuery(
  "public-claimant",
  (slug: string) =>
    db.claimant.findFirst({
      where: { slug, claims: { some: { verdict: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } } },
      select: { id: true, slug: true, name: true, description: true, sameAs: true },
    }),
  () => [publicTags.verdicts, publicTags.claimants],
);
