"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { changeDisplayName, changeOwnPassword, endOwnSession } from "@/lib/users/mutations";

export async function saveDisplayName(
  _previous: MutationResult<{ name: string; version: number }> | null,
  form: FormData,
): Promise<MutationResult<{ name: string; version: number }>> {
  return refreshedOnSuccess(changeDisplayName({ name: form.get("name"), version: form.get("version") }));
}

export async function savePassword(
  _previous: MutationResult<{ signedOut: boolean }> | null,
  form: FormData,
): Promise<MutationResult<{ signedOut: boolean }>> {
  const ip = clientIp((await headers()).get("x-forwarded-for"), env().trustProxy);
  return changeOwnPassword(
    { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword"), repeatPassword: form.get("repeatPassword") },
    undefined,
    { ip },
  );
}

export async function endOtherSession(
  _previous: MutationResult<{ ended: string }> | null,
  form: FormData,
): Promise<MutationResult<{ ended: string }>> {
  return refreshedOnSuccess(endOwnSession({ sessionId: form.get("sessionId") }));
}
