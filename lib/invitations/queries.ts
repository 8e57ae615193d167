import "server-only";
import { db as appDb } from "@/lib/db";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { invitationState, type InvitationState } from "./state";
import { hashInvitationToken } from "./tokens";

/** Invitations not yet accepted or revoked (expired ones too, so that the inviter sees why), newest first. */
export function listOpenInvitations() {
  return appDb.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, name: true, email: true, role: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
}

export type OpenInvitation = Awaited<ReturnType<typeof listOpenInvitations>>[number];

/** What the accept page may show for a link: the invitation's state, and its name/email/role while pending. */
export async function findInvitationByToken(
  token: string,
  client: PrismaClient = appDb,
): Promise<{ state: InvitationState; name: string; email: string; role: Role } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await client.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { name: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation) return null;
  return { state: invitationState(invitation), name: invitation.name, email: invitation.email, role: invitation.role };
}
