"use server";

import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { changeRole, setUserActive } from "@/lib/users/mutations";

type Saved = MutationResult<{ version: number }>;

export async function saveRole(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(changeRole({ userId: form.get("userId"), role: form.get("role"), version: form.get("version") }));
}

export async function saveActive(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(setUserActive({ userId: form.get("userId"), active: form.get("active"), version: form.get("version") }));
}
