"use server";

import { acceptInvitation } from "@/lib/invitations/mutations";
import type { MutationResult } from "@/lib/mutation";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

export async function acceptInvitationAction(
  _previous: MutationResult<{ email: string }> | null,
  form: FormData,
): Promise<MutationResult<{ email: string }>> {
  return acceptInvitation({
    token: text(form, "token"),
    name: text(form, "name"),
    password: text(form, "password"),
    repeatPassword: text(form, "repeatPassword"),
  });
}
