import { db } from "@/lib/db";
import { pageBounds, type Page } from "@/lib/pagination";

/**
 * Public submissions for triage, newest first. The submitter's contact email is deliberately not
 * selected: it is personal data that only the reply flow may read.
 */
export async function listSubmissionsForModeration(requestedPage: number) {
  const total = await db.submission.count();
  const { page, pageCount, skip, take } = pageBounds(requestedPage, total);
  const items = await db.submission.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, claimText: true, status: true, createdAt: true },
  });
  return { items, page, pageCount, total } satisfies Page<unknown>;
}

export type ModerationSubmission = Awaited<ReturnType<typeof listSubmissionsForModeration>>["items"][number];
