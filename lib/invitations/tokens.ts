import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

/** 32 random bytes for the link; only the SHA-256 is stored (Invitation.tokenHash). */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const invitationPath = (token: string) => `/invitations/${token}`;
