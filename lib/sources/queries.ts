import { db } from "@/lib/db";
import { pageBounds, type Page } from "@/lib/pagination";

/** The source registry for moderators, alphabetically. */
export async function listSourcesForModeration(requestedPage: number) {
  const total = await db.source.count();
  const { page, pageCount, skip, take } = pageBounds(requestedPage, total);
  const items = await db.source.findMany({
    orderBy: [{ name: "asc" }, { domain: "asc" }],
    skip,
    take,
    select: { id: true, name: true, domain: true, kind: true, reliability: true, status: true },
  });
  return { items, page, pageCount, total } satisfies Page<unknown>;
}

export type ModerationSource = Awaited<ReturnType<typeof listSourcesForModeration>>["items"][number];
