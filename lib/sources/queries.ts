import { db } from "@/lib/db";
import { paginate } from "@/lib/pagination";

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
