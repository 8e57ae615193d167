import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * The submitter's private tracking link is /submissions/<token>: 32 random bytes, of which only
 * the SHA-256 is stored (Submission.trackingTokenHash), so a database dump reveals no links.
 */
export function newTrackingToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const trackingPath = (token: string) => `/submissions/${token}`;
