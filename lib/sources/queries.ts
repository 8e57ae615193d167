import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paginate } from "@/lib/pagination";
import { cachedPublicQuery, publicTags } from "@/lib/public-cache";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";

/** The source registry for moderators, alphabetically. */
export function listSourcesForModeration(requestedPage: number) {
  return paginate(
    requestedPage,
    () => db.source.count(),
    (range) =>
      db.source.findMany({
        orderBy: [{ name: "asc" }, { domain: "asc" }],
        ...range,
        select: { id: true, name: true, domain: true, kind: true, reliability: true, status: true },
      }),
  );
}

export type ModerationSource = Awaited<ReturnType<typeof listSourcesForModeration>>["items"][number];

// ------------------------------------------------------------------ public source pages

const publicVerdict = { verdict: { status: { in: [...PUBLIC_VERDICT_STATUSES] } } } satisfies Prisma.ClaimWhereInput;
const publishedVerdict = { verdict: { status: "PUBLISHED" } } satisfies Prisma.ClaimWhereInput;

/**
 * A source as the public sees it: /sources/<domain> exists when the source appears on a public
 * verdict page (cited as evidence, or publisher of an article where a checked claim appeared);
 * the rest of the registry is the desk's working list.
 *
 * What is public: name, kind, reliability and its reliability note, and whether the desk refuses
 * to cite it (blocked): that is an editorial rule readers should know. Not public: internal
 * notes, and the "watch" status, a reminder for reviewers that can change any week; the public
 * judgement of a watched source is its reliability rating and note.
 */
export const getPublicSource = cachedPublicQuery(
  "public-source",
  async (domain: string) => {
    const source = await db.source.findFirst({
      where: {
        domain,
        OR: [{ evidence: { some: { claim: publicVerdict } } }, { articles: { some: { appearances: { some: { claim: publicVerdict } } } } }],
      },
      select: { id: true, domain: true, name: true, kind: true, reliability: true, reliabilityNote: true, status: true },
    });
    if (!source) return null;
    const [citations, articlesWithCheckedClaims] = await Promise.all([
      db.evidence.count({ where: { sourceId: source.id, claim: publishedVerdict } }),
      db.article.count({ where: { publisherId: source.id, appearances: { some: { claim: publishedVerdict } } } }),
    ]);
    const { status, ...publicFields } = source;
    return { ...publicFields, blocked: status === "BLOCKED", citations, articlesWithCheckedClaims };
  },
  () => [publicTags.verdicts, publicTags.sources],
);

export type PublicSource = NonNullable<Awaited<ReturnType<typeof getPublicSource>>>;
