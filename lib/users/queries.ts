import "server-only";
import { listSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";

/** A staff member's own editable profile. */
export function getProfile(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, version: true } });
}

/** The browsers one is signed in with (the profile page), newest first. */
export function listOwnSessions(userId: string) {
  return listSessions(db, userId);
}

/** Every staff account for the staff page, active first, by name. Never password hashes. */
export function listStaff() {
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      version: true,
      auditEvents: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
}

export type StaffListItem = Awaited<ReturnType<typeof listStaff>>[number];

/** One staff member for their activity page, with how much published work carries their name. */
export function getStaffMember(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      createdAt: true,
      _count: { select: { verdictsAuthored: true, verdictsApproved: true, evidenceAdded: true, claimsCreated: true } },
    },
  });
}

/** What a staff member did recently, from the audit log (newest first). */
export function listRecentActivity(userId: string, take = 50) {
  return db.auditEvent.findMany({
    where: { actorId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true },
  });
}

export type ActivityEvent = Awaited<ReturnType<typeof listRecentActivity>>[number];
