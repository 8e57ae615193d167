/** Where an invitation stands; the moderation page shows it too, so this module reads no database. */
export type InvitationState = "pending" | "expired" | "used" | "revoked";

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}
