import type { Role } from "@/lib/generated/prisma/client";

/**
 * Who may do what, as data in one place (docs/decisions/006-sign-in-and-permissions.md). Every
 * page, server action and route handler asks `can(role, action)` through lib/session.ts or the
 * write path in lib/mutation.ts; nothing else decides.
 *
 * Reviewers research and draft; moderators also curate sources and submissions, retract
 * verdicts and manage reviewer accounts; admins do everything, including roles and the rating scale.
 */

export const ROLES = ["REVIEWER", "MODERATOR", "ADMIN"] as const satisfies readonly Role[];

const STAFF: readonly Role[] = ROLES;
const MODERATORS: readonly Role[] = ["MODERATOR", "ADMIN"];
const ADMINS: readonly Role[] = ["ADMIN"];

export const PERMISSIONS = {
  /** Open the reviewers' workspace: queue, articles, claim desks. */
  "workspace.view": STAFF,
  /** Edit one's own display name and password. */
  "profile.edit": STAFF,
  "articles.ingest": STAFF,
  "claims.create": STAFF,
  "claims.edit": STAFF,
  "claims.assign": STAFF,
  "claims.dismiss": STAFF,
  "evidence.edit": STAFF,
  "verdicts.draft": STAFF,
  /** Approve someone else's verdict or revision (never one's own: see lib/verdicts). */
  "verdicts.approve": STAFF,
  "verdicts.retract": MODERATORS,
  /** Open the moderation area (sources, submissions, staff). */
  "moderation.view": MODERATORS,
  "sources.manage": MODERATORS,
  /** Merge duplicate claimants. */
  "claimants.manage": MODERATORS,
  "submissions.triage": MODERATORS,
  /** Invite, deactivate and see reviewers' activity. */
  "users.manage_reviewers": MODERATORS,
  /** Change anyone's role, deactivate moderators and admins. */
  "users.manage_all": ADMINS,
  "ratings.manage": ADMINS,
  "audit.view": MODERATORS,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** What a person lacking `action` is told on the 403 page. */
export const ACTION_DESCRIPTIONS: Record<Action, string> = {
  "workspace.view": "open the reviewers' workspace",
  "profile.edit": "edit your profile",
  "articles.ingest": "add articles",
  "claims.create": "create claims",
  "claims.edit": "edit claims",
  "claims.assign": "take or hand over claims",
  "claims.dismiss": "dismiss claims",
  "evidence.edit": "add or edit evidence",
  "verdicts.draft": "draft verdicts",
  "verdicts.approve": "approve verdicts",
  "verdicts.retract": "retract published verdicts",
  "moderation.view": "open the moderation area",
  "sources.manage": "manage the source registry",
  "claimants.manage": "merge claimants",
  "submissions.triage": "triage public submissions",
  "users.manage_reviewers": "manage reviewer accounts",
  "users.manage_all": "manage staff roles and accounts",
  "ratings.manage": "edit the rating scale",
  "audit.view": "read the audit log",
};

export function can(role: Role | null | undefined, action: Action): boolean {
  if (!role) return false;
  return (PERMISSIONS[action] as readonly Role[]).includes(role);
}

/** The roles that may do `action`, for messages ("moderators and admins can …"). */
/** Moderators manage reviewers; anyone else's account needs an admin; nobody manages their own. */
export function mayManageAccount(actor: { id: string; role: Role }, target: { id: string; role: Role }): boolean {
  return target.id !== actor.id && (target.role === "REVIEWER" || can(actor.role, "users.manage_all"));
}

export function rolesFor(action: Action): readonly Role[] {
  return PERMISSIONS[action];
}

export const ROLE_LABELS: Record<Role, string> = {
  REVIEWER: "Reviewer",
  MODERATOR: "Moderator",
  ADMIN: "Admin",
};
