import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sessions as rows (docs/decisions/006-sign-in-and-permissions.md). The session cookie stays a
 * next-auth JWT (the password sign-in needs that strategy), but it carries the id of a Session row,
 * and every staff request reads that row (lib/session.ts): signing out deletes it, so a copy of the
 * cookie taken before stops working at once, while the person's other browsers stay signed in.
 */

/** How long a sign-in lasts, from the moment of signing in. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** A new session for `userId`; the user's expired ones are cleared on the way. */
export async function startSession(db: PrismaClient, userId: string, userAgent: string | null): Promise<string> {
  await db.session.deleteMany({ where: { userId, expires: { lt: new Date() } } });
  const session = await db.session.create({
    data: {
      userId,
      sessionToken: randomBytes(32).toString("base64url"),
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: userAgent?.slice(0, 300) || null,
    },
    select: { id: true },
  });
  return session.id;
}

/** Signing out: the session's row goes, and with it every copy of its cookie. */
export async function endSession(db: PrismaClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** A person's sessions still running, newest first (the profile page). */
export function listSessions(db: PrismaClient, userId: string) {
  return db.session.findMany({
    where: { userId, expires: { gt: new Date() } },
    select: { id: true, createdAt: true, expires: true, userAgent: true },
    orderBy: { createdAt: "desc" },
  });
}
