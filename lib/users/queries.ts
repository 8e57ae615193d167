import { db } from "@/lib/db";

/** A staff member's own editable profile. */
export function getProfile(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, role: true, version: true } });
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
