import { db } from "@/lib/db";
import { paginate } from "@/lib/pagination";

/**
 * Public submissions for triage, newest first. The submitter's contact email is deliberately not
 * selected: it is personal data that only the reply flow may read.
 */
export function listSubmissionsForModeration(requestedPage: number) {
  return paginate(
    requestedPage,
    () => db.submission.count(),
    (range) =>
      db.submission.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...range,
        select: { id: true, claimText: true, status: true, createdAt: true },
      }),
  );
}

export type ModerationSubmission = Awaited<ReturnType<typeof listSubmissionsForModeration>>["items"][number];
