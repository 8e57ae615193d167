import { db } from "@/lib/db";
import { paginate } from "@/lib/pagination";

const workspaceClaimSelect = {
  id: true,
  text: true,
  status: true,
  checkworthiness: true,
  updatedAt: true,
  claimant: { select: { name: true } },
  assignee: { select: { name: true } },
} as const;

/** All claims for the reviewers' queue, most recently updated first, one page at a time. */
export function listClaimsForWorkspace(requestedPage: number) {
  return paginate(
    requestedPage,
    () => db.claim.count(),
    (range) => db.claim.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...range, select: workspaceClaimSelect }),
  );
}

export type WorkspaceClaim = Awaited<ReturnType<typeof listClaimsForWorkspace>>["items"][number];
