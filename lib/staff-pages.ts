import type { Action } from "@/lib/permissions";

/**
 * The permission each staff page needs, by path (the longest matching prefix wins). Pages ask
 * for it through requireStaffPage() in lib/session.ts, and the 403 page (forbidden.tsx of the staff areas) reads
 * the same table to say what the visitor lacks, since Next.js renders it without the page's data.
 */
const STAFF_PAGES: readonly (readonly [prefix: string, action: Action])[] = [
  ["/workspace", "workspace.view"],
  ["/workspace/profile", "profile.edit"],
  // The claim queue (/workspace) and each claim's desk (and its verdict editor).
  ["/workspace/claims", "workspace.view"],
  ["/workspace/claims/new", "claims.create"],
  ["/workspace/articles/new", "articles.ingest"],
  ["/workspace/approvals", "verdicts.approve"],
  // The source registry is the moderation area's front page.
  ["/moderation", "moderation.view"],
  // Adding, editing and merging registry entries.
  ["/moderation/sources", "sources.manage"],
  ["/moderation/claimants", "claimants.manage"],
  ["/moderation/ratings", "ratings.manage"],
  ["/moderation/submissions", "submissions.triage"],
  ["/moderation/users", "users.manage_reviewers"],
  // Monitoring's health: feeds' state, the job queue, failed jobs (lib/monitoring/health.ts).
  ["/moderation/health", "sources.manage"],
];

export function permissionForPath(path: string): Action | null {
  let best: (typeof STAFF_PAGES)[number] | undefined;
  for (const entry of STAFF_PAGES) {
    const [prefix] = entry;
    if ((path === prefix || path.startsWith(`${prefix}/`)) && prefix.length > (best?.[0].length ?? -1)) best = entry;
  }
  return best?.[1] ?? null;
}
