import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * schema.org ClaimReview for a published verdict, as Google's fact-check markup documentation
 * describes it. One builder serves the verdict page's JSON-LD and the read API, so both say the
 * same thing. Retracted (or unpublished) verdicts have none: the answer no longer stands.
 */

/** Ordinal ratings run from 1 (worst) to 5 (best); see Rating.ordinal in prisma/schema.prisma. */
export const ORDINAL_WORST = 1;
export const ORDINAL_BEST = 5;

/**
 * What a query must select for buildClaimReview: spread it into a verdict `select`, then give the
 * claim the appearances it was published with (`publishedAppearances`, read by
 * lib/verdicts/published-appearances.ts; repeats recorded since are not what was reviewed).
 */
export const claimReviewSelect = {
  slug: true,
  status: true,
  publishedAt: true,
  rating: { select: { label: true, ordinal: true } },
  claim: {
    select: {
      text: true,
      claimDate: true,
      claimant: { select: { name: true, kind: true, sameAs: true } },
    },
  },
  publishedAppearances: true,
} satisfies Prisma.VerdictSelect;

type ClaimReviewRow = Prisma.VerdictGetPayload<{ select: typeof claimReviewSelect }>;

export type ClaimReviewInput = Omit<ClaimReviewRow, "claim" | "publishedAppearances"> & {
  claim: ClaimReviewRow["claim"] & { appearances: { article: { title: string; url: string | null; publishedAt: Date | null } }[] };
};

export type ClaimReview = {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person" | "Organization"; name: string; sameAs?: string };
    datePublished?: string;
    appearance?: string | { "@type": "CreativeWork"; headline: string; datePublished?: string };
  };
};

export type Site = { siteUrl: string; orgName: string };

export function verdictUrl(site: Site, slug: string): string {
  return `${site.siteUrl}/verdicts/${encodeURIComponent(slug)}`;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function buildClaimReview(verdict: ClaimReviewInput, site: Site): ClaimReview | null {
  if (verdict.status !== "PUBLISHED" || !verdict.publishedAt || !verdict.rating) return null;
  const { claim, rating } = verdict;

  const reviewRating: ClaimReview["reviewRating"] = { "@type": "Rating", alternateName: rating.label };
  if (rating.ordinal !== null) {
    reviewRating.ratingValue = rating.ordinal;
    reviewRating.bestRating = ORDINAL_BEST;
    reviewRating.worstRating = ORDINAL_WORST;
  }

  const itemReviewed: ClaimReview["itemReviewed"] = { "@type": "Claim" };
  if (claim.claimant) {
    itemReviewed.author = {
      "@type": claim.claimant.kind === "ORGANIZATION" ? "Organization" : "Person",
      name: claim.claimant.name,
      ...(claim.claimant.sameAs ? { sameAs: claim.claimant.sameAs } : {}),
    };
  }
  const firstArticle = claim.appearances[0]?.article;
  const claimDate = claim.claimDate ?? firstArticle?.publishedAt ?? null;
  if (claimDate) itemReviewed.datePublished = isoDate(claimDate);
  if (firstArticle) {
    itemReviewed.appearance = firstArticle.url
      ? firstArticle.url
      : {
          "@type": "CreativeWork",
          headline: firstArticle.title,
          ...(firstArticle.publishedAt ? { datePublished: isoDate(firstArticle.publishedAt) } : {}),
        };
  }

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: verdictUrl(site, verdict.slug),
    claimReviewed: claim.text,
    datePublished: isoDate(verdict.publishedAt),
    author: { "@type": "Organization", name: site.orgName, url: site.siteUrl },
    reviewRating,
    itemReviewed,
  };
}

/** JSON for an inline <script type="application/ld+json">: `<` escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
