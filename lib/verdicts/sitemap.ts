import "server-only";
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { lastChangedAt, latestCorrectionSelect } from "@/lib/verdicts/last-changed";
import { type Site, verdictUrl } from "./claim-review";

/**
 * Pages listed in sitemap.xml: the public pages, then every published verdict with the date it
 * last changed for readers (its last published correction or update, else its publication).
 * Retracted verdicts are left out: their pages stay readable but are marked noindex.
 */

/** Public pages that exist without data. */
export const STATIC_PUBLIC_PATHS = ["/methodology", "/corrections-policy", "/about", "/search"] as const;

export async function listSitemapVerdicts() {
  const verdicts = await db.verdict.findMany({
    where: { status: "PUBLISHED", publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      slug: true,
      publishedAt: true,
      revisions: latestCorrectionSelect,
    },
  });
  return verdicts.map((v) => ({ slug: v.slug, lastModified: lastChangedAt(v)! }));
}

export function buildSitemap(verdicts: Awaited<ReturnType<typeof listSitemapVerdicts>>, site: Site): MetadataRoute.Sitemap {
  const newest = verdicts.reduce<Date | undefined>((max, v) => (!max || v.lastModified > max ? v.lastModified : max), undefined);
  return [
    { url: `${site.siteUrl}/`, lastModified: newest, changeFrequency: "daily", priority: 1 },
    ...STATIC_PUBLIC_PATHS.map((path) => ({ url: `${site.siteUrl}${path}`, changeFrequency: "monthly" as const, priority: 0.3 })),
    ...verdicts.map((v) => ({
      url: verdictUrl(site, v.slug),
      lastModified: v.lastModified,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
