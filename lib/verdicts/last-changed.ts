/**
 * "Updated" on public pages, feeds, the sitemap and the API: the newest published correction or
 * update, else the publication. Not the row's updatedAt, which also moves for staff-side changes
 * the public never sees. Revision 1 is the original publication.
 */
export const latestCorrectionSelect = {
  where: { status: "PUBLISHED", number: { gt: 1 }, publishedAt: { not: null } },
  orderBy: { number: "desc" },
  take: 1,
  select: { publishedAt: true },
} as const;

export function lastChangedAt(verdict: { publishedAt: Date | null; revisions: { publishedAt: Date | null }[] }): Date | null {
  return verdict.revisions[0]?.publishedAt ?? verdict.publishedAt;
}
