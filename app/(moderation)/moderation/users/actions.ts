"use server";

import { inviteStaffMember, type InvitationSent } from "@/lib/invitations/invite";
import { revokeInvitation } from "@/lib/invitations/mutations";
import { refreshedOnSuccess, type MutationResult } from "@/lib/mutation";
import { changeRole, setUserActive } from "@/lib/users/mutations";

type Saved = MutationResult<{ version: number }>;

export async function saveRole(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(changeRole({ userId: form.get("userId"), role: form.get("role"), version: form.get("version") }));
}

export async function saveActive(_previous: Saved | null, form: FormData): Promise<Saved> {
  return refreshedOnSuccess(setUserActive({ userId: form.get("userId"), active: form.get("active"), version: form.get("version") }));
}

export async function sendInvitation(
  _previous: MutationResult<InvitationSent> | null,
  form: FormData,
): Promise<MutationResult<InvitationSent>> {
  return refreshedOnSuccess(inviteStaffMember({ name: form.get("name"), email: form.get("email"), role: form.get("role") }));
}

export async function withdrawInvitation(
  _previous: MutationResult<{ invitationId: string }> | null,
  form: FormData,
): Promise<MutationResult<{ invitationId: string }>> {
  return refreshedOnSuccess(revokeInvitation({ invitationId: form.get("invitationId") }));
}
