import "server-only";
import { db } from "@/lib/db";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";

const scaleSelect = { id: true, key: true, label: true, description: true, ordinal: true, color: true } as const;

/** The rating scale in display order, without retired ratings: /methodology explains each one. */
export const listRatingScale = cachedPublicQuery(
  "rating-scale",
  () => db.rating.findMany({ where: { retiredAt: null }, orderBy: [{ position: "asc" }, { label: "asc" }], select: scaleSelect }),
  () => [publicTags.ratings],
);

type ScaleShown = { label: string; ordinal: number | null };

/** Dated changes to what published verdicts show (a label or value), newest first, for /methodology. */
export const listMethodologyChanges = cachedPublicQuery(
  "methodology-changes",
  async () => {
    const changes = await db.methodologyChange.findMany({
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      select: { id: true, note: true, before: true, after: true, changedAt: true },
    });
    return changes.map((change) => ({ ...change, before: change.before as ScaleShown, after: change.after as ScaleShown }));
  },
  () => [publicTags.ratings],
);

export type MethodologyChangeEntry = Awaited<ReturnType<typeof listMethodologyChanges>>[number];

export type RatingScaleEntry = Awaited<ReturnType<typeof listRatingScale>>[number];

export type RatingCount = { key: string; label: string; color: string; count: number };

/**
 * How many published verdicts carry each rating, in scale order: every current rating (also at
 * zero, so charts keep one shape) plus retired ratings that still label a published verdict.
 * `claimantId` narrows it to one claimant's claims; "" counts every published verdict.
 */
export const countPublishedVerdictsByRating = cachedPublicQuery(
  "verdicts-by-rating",
  async (claimantId: string): Promise<RatingCount[]> => {
    const [groups, ratings] = await Promise.all([
      db.verdict.groupBy({
        by: ["ratingId"],
        where: { status: "PUBLISHED", ratingId: { not: null }, ...(claimantId ? { claim: { claimantId } } : {}) },
        _count: { _all: true },
      }),
      db.rating.findMany({ orderBy: [{ position: "asc" }, { label: "asc" }], select: { ...scaleSelect, retiredAt: true } }),
    ]);
    const counts = new Map(groups.map((group) => [group.ratingId, group._count._all]));
    return ratings
      .map((rating) => ({
        key: rating.key,
        label: rating.label,
        color: rating.color,
        count: counts.get(rating.id) ?? 0,
        retired: rating.retiredAt !== null,
      }))
      .filter((rating) => !rating.retired || rating.count > 0)
      .map(({ retired: _retired, ...rating }) => rating);
  },
  () => [publicTags.verdicts, publicTags.ratings],
);

// ------------------------------------------------------------------ staff (not cached)

/** Every rating, retired ones too, with how many verdicts carry it, for /moderation/ratings. */
export async function listRatingsForAdmin() {
  const [ratings, usage] = await Promise.all([
    db.rating.findMany({
      orderBy: [{ position: "asc" }, { label: "asc" }],
      select: { ...scaleSelect, position: true, retiredAt: true, version: true, updatedAt: true },
    }),
    db.verdict.groupBy({ by: ["ratingId", "status"], where: { ratingId: { not: null } }, _count: { _all: true } }),
  ]);
  return ratings.map((rating) => {
    const mine = usage.filter((group) => group.ratingId === rating.id);
    const count = (statuses: string[]) => mine.filter((g) => statuses.includes(g.status)).reduce((sum, g) => sum + g._count._all, 0);
    return { ...rating, publishedVerdicts: count(["PUBLISHED"]), otherVerdicts: count(["DRAFT", "AWAITING_APPROVAL", "RETRACTED"]) };
  });
}

export type AdminRating = Awaited<ReturnType<typeof listRatingsForAdmin>>[number];

export function getRatingForEditing(id: string) {
  return db.rating.findUnique({
    where: { id },
    select: { ...scaleSelect, position: true, retiredAt: true, version: true },
  });
}
