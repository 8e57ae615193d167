import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { can, type Action } from "@/lib/permissions";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in staff member, re-read from the database on every request: a deactivated user, or a
 * session older than the user's session version (password change, deactivation), counts as signed
 * out, and a role change applies at once. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** Whether the request carried a session cookie that is no longer valid (for the sign-in message). */
const signInPath = (returnTo: string, ended: boolean) =>
  `/sign-in?${new URLSearchParams({ callbackUrl: safeReturnPath(returnTo), ...(ended ? { error: "SessionEnded" } : {}) })}`;

/** Only same-site paths: `//evil.example` and absolute URLs become the workspace. */
export function safeReturnPath(path: string | null | undefined): string {
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/workspace";
}

// The action a request was refused, for the 403 page (app/forbidden.tsx) rendered in the same request.
export const refusedAction = cache((): { action: Action | null } => ({ action: null }));

/**
 * For pages: the signed-in user allowed to do `action`. Signed out → redirect to sign-in, coming
 * back to `returnTo` afterwards; signed in without the permission → HTTP 403 page naming it.
 */
export async function requirePermission(action: Action, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const session = await getServerSession(authOptions());
    redirect(signInPath(returnTo, Boolean(session)));
  }
  if (!can(user.role, action)) {
    refusedAction().action = action;
    forbidden();
  }
  return user;
}
