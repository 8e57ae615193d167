"use server";

import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { changeDisplayName } from "@/lib/users/mutations";

export async function saveDisplayName(
  _previous: MutationResult<{ name: string; version: number }> | null,
  form: FormData,
): Promise<MutationResult<{ name: string; version: number }>> {
  return refreshedOnSuccess(changeDisplayName({ name: form.get("name"), version: form.get("version") }));
}
