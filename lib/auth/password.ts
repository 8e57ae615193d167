import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** Staff passwords: long enough to resist guessing, short enough to type. */
export const passwordSchema = z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters.");

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's defaults
}

// A real hash to verify against when the account does not exist, so that an unknown email takes as
// long to refuse as a wrong password (no account enumeration by timing).
let decoy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hash("factdesk-decoy-password");
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
