import "server-only";
import { createTransport } from "nodemailer";
import { ROLE_LABELS } from "@/lib/permissions";
import type { Role } from "@/lib/generated/prisma/client";

/**
 * The invitation email, through the same SMTP settings as sign-in links (EMAIL_SERVER,
 * EMAIL_FROM; lib/auth/options.ts). Without them no mail is sent and the inviter passes the link on.
 */
export async function sendInvitationMail(
  email: { server: string; from: string },
  message: { to: string; name: string; role: Role; link: string; inviter: string; orgName: string; expiresAt: Date },
): Promise<void> {
  const transport = createTransport(email.server);
  const expires = message.expiresAt.toUTCString();
  await transport.sendMail({
    from: email.from,
    to: message.to,
    subject: `You are invited to ${message.orgName}`,
    text: [
      `Hello ${message.name},`,
      "",
      `${message.inviter} invited you to ${message.orgName} as ${ROLE_LABELS[message.role].toLowerCase()}.`,
      "Open this link to set your password; it works once and until " + expires + ":",
      "",
      message.link,
      "",
      "If you did not expect this invitation, ignore this email.",
    ].join("\n"),
  });
}
