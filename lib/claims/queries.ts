import { db } from "@/lib/db";
import { pageBounds, type Page } from "@/lib/pagination";

const workspaceClaimSelect = {
  id: true,
  text: true,
  status: true,
  checkworthiness: true,
  createdAt: true,
  updatedAt: true,
  claimant: { select: { name: true } },
  assignee: { select: { name: true } },
} as const;

/** All claims for the reviewers' queue, newest first, one page at a time. */
export async function listClaimsForWorkspace(requestedPage: number) {
  const total = await db.claim.count();
  const { page, pageCount, skip, take } = pageBounds(requestedPage, total);
  const items = await db.claim.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: workspaceClaimSelect,
  });
  return { items, page, pageCount, total } satisfies Page<unknown>;
}

export type WorkspaceClaim = Awaited<ReturnType<typeof listClaimsForWorkspace>>["items"][number];
