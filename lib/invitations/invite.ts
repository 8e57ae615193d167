import "server-only";
import { env } from "@/lib/env";
import type { MutationResult } from "@/lib/mutation";
import { sendInvitationMail } from "./mail";
import { createInvitation } from "./mutations";
import { invitationPath } from "./tokens";

export type InvitationSent = { link: string; email: string; expiresAt: Date; mailed: boolean; mailFailed: boolean };

/**
 * Creates the invitation (the write path), then mails the link when mail is set up. Either way
 * the inviter gets the link once, to copy: a mail server that is down does not undo the invitation.
 */
export async function inviteStaffMember(input: unknown): Promise<MutationResult<InvitationSent>> {
  const created = await createInvitation(input);
  if (!created.ok) return created;
  const settings = env();
  const invitation = created.data;
  const link = `${settings.siteUrl}${invitationPath(invitation.token)}`;
  let mailed = false;
  let mailFailed = false;
  if (settings.email) {
    try {
      await sendInvitationMail(settings.email, {
        to: invitation.email,
        name: invitation.name,
        role: invitation.role,
        link,
        inviter: invitation.inviter,
        orgName: settings.orgName,
        expiresAt: invitation.expiresAt,
      });
      mailed = true;
    } catch (error) {
      console.error("[invitations] could not send the invitation mail:", error);
      mailFailed = true;
    }
  }
  return { ok: true, data: { link, email: invitation.email, expiresAt: invitation.expiresAt, mailed, mailFailed } };
}
