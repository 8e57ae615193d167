import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

const published: Prisma.ClaimWhereInput = { verdicts: { some: { status: "PUBLISHED" } } };

/** Topics with the most published verdicts (ties by name), for the home page. */
export const listFeaturedTopics = cachedPublicQuery(
  "featured-topics",
  async (limit: number) => {
    // Topics are a short list kept by the desk, so counting all of them and sorting here is cheap.
    const topics = await db.topic.findMany({
      where: { claims: { some: published } },
      select: { slug: true, name: true, _count: { select: { claims: { where: published } } } },
    });
    return topics
      .map((topic) => ({ slug: topic.slug, name: topic.name, verdictCount: topic._count.claims }))
      .sort((a, b) => b.verdictCount - a.verdictCount || a.name.localeCompare(b.name))
      .slice(0, limit);
  },
  () => [publicTags.verdicts, publicTags.topics],
);

/** A topic that has at least one public verdict; others (used only on unpublished claims) are 404. */
export const getPublicTopic = cachedPublicQuery(
  "public-topic",
  (slug: string) =>
    db.topic.findFirst({
      where: { slug, claims: { some: { verdicts: { some: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } } } },
      select: { id: true, slug: true, name: true },
    }),
  () => [publicTags.verdicts, publicTags.topics],
);
