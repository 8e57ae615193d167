import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./password";
import type { SignInLimiter } from "./rate-limit";

/** Why a sign-in was refused; the sign-in page turns each into a sentence (lib/auth/messages.ts). */
export type SignInRefusal = "CredentialsSignin" | "RateLimited" | "AccountDeactivated";

export type SignInCheck =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; refusal: SignInRefusal; retryAfter?: number };

/**
 * Email + password sign-in. Every attempt is counted before the password is checked (and
 * forgiven when it succeeds), so the limits hold against parallel guesses; once the account or
 * the address has used up its attempts, the password is not even looked at. An unknown email and
 * a wrong password look the same.
 */
export async function checkCredentials(
  db: PrismaClient,
  limiter: SignInLimiter,
  input: { email: string; password: string },
  ip: string,
): Promise<SignInCheck> {
  const email = input.email.trim().toLowerCase();
  const retryAfter = await limiter.takeAttempt(email, ip);
  if (retryAfter > 0) return { ok: false, refusal: "RateLimited", retryAfter };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true },
  });
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
    return { ok: false, refusal: "CredentialsSignin" };
  }
  await limiter.recordSuccess(email, ip);
  // Said only to someone who knows the password: the account exists but no longer signs in.
  if (!user.active) return { ok: false, refusal: "AccountDeactivated" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
