import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { permissionForPath } from "@/lib/staff-pages";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in staff member, re-read from the database on every request: a session whose row is
 * gone (signed out, ended from another browser) or expired, a deactivated user, or a session older
 * than the user's session version (password change, deactivation) counts as signed out, and a role
 * change applies at once. Null when signed out.
 */
// next-auth's session of this request (the JWT cookie), read once per request.
const readSession = cache(() => getServerSession(authOptions()));

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (!session?.userId || !session.sessionId) return null;
  // The session's row (gone once signed out or ended from the profile page) and its user, in one read.
  const row = await db.session.findUnique({
    where: { id: session.sessionId },
    select: {
      userId: true,
      expires: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true, sessionVersion: true } },
    },
  });
  if (!row || row.userId !== session.userId || row.expires <= new Date()) return null;
  const { user } = row;
  if (!user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** The id of this browser's session (to mark it in the list of one's sessions). */
export async function currentSessionId(): Promise<string | null> {
  return (await readSession())?.sessionId ?? null;
}

function signInPath(returnTo: string, sessionEnded: boolean): string {
  const query = new URLSearchParams({ callbackUrl: safeReturnPath(returnTo), ...(sessionEnded ? { error: "SessionEnded" } : {}) });
  return `/sign-in?${query}`;
}

/**
 * For staff pages: the signed-in user allowed to open `path` (its permission comes from
 * lib/staff-pages.ts). Signed out, or a session that has ended → redirect to sign-in, coming back
 * to `path` afterwards; signed in without the permission → HTTP 403 (forbidden.tsx of the staff areas).
 */
export async function requireStaffPage(path: string): Promise<CurrentUser> {
  const action = permissionForPath(path);
  if (!action) throw new Error(`${path} is not listed in lib/staff-pages.ts`);
  const user = await getCurrentUser();
  // A session cookie that no longer admits its user (deactivated, new password) has "ended".
  if (!user) redirect(signInPath(path, Boolean(await readSession())));
  if (!can(user.role, action)) forbidden();
  return user;
}
