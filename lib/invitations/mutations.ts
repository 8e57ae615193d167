import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db as appDb } from "@/lib/db";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, runPublicMutation, type MutationDeps } from "@/lib/mutation";
import { can, ROLE_LABELS } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { invitationState } from "./state";
import { acceptInvitationSchema, inviteSchema, revokeInvitationSchema } from "./schemas";
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from "./tokens";

/**
 * Staff invitations: a moderator invites reviewers, an admin anyone. The invitation holds only the
 * SHA-256 of its one-time token; the link is shown to the inviter once (and mailed when mail is
 * set up). Accepting it creates the account, active, with the password the invited person sets.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function assertMayGrant(actor: CurrentUser, role: Role) {
  if (role !== "REVIEWER" && !can(actor.role, "users.manage_all")) {
    throw new MutationRefused(403, "Only admins can invite moderators and admins.", {
      fieldErrors: { role: ["You can invite reviewers only."] },
    });
  }
}

export type Invited = { invitationId: string; token: string; email: string; name: string; role: Role; expiresAt: Date; inviter: string };

export function createInvitation(input: unknown, deps?: MutationDeps, now: () => Date = () => new Date()) {
  return runMutation(
    {
      action: "users.manage_reviewers",
      schema: inviteSchema,
      input,
      async change(tx, data, actor) {
        assertMayGrant(actor, data.role);
        if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { email: ["This address already has a staff account."] },
          });
        }
        const pending = await tx.invitation.findFirst({
          where: { email: data.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
          select: { id: true },
        });
        if (pending) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { email: ["An invitation to this address is still open; revoke it first to send a new one."] },
          });
        }
        const { token, hash } = newInvitationToken();
        const invitation = await tx.invitation.create({
          data: {
            email: data.email,
            name: data.name,
            role: data.role,
            tokenHash: hash,
            invitedById: actor.id,
            expiresAt: new Date(now().getTime() + INVITATION_DAYS * DAY_MS),
          },
          select: { id: true, email: true, name: true, role: true, expiresAt: true },
        });
        return {
          result: { invitationId: invitation.id, token, ...invitation, inviter: actor.name } satisfies Invited,
          audit: { action: "invitation.create", entityType: "Invitation", entityId: invitation.id, after: invitation },
        };
      },
    },
    deps,
  );
}

export function revokeInvitation(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "users.manage_reviewers",
      schema: revokeInvitationSchema,
      input,
      async change(tx, data, actor) {
        const invitation = await tx.invitation.findUnique({
          where: { id: data.invitationId },
          select: { id: true, role: true, email: true },
        });
        if (!invitation) throw new MutationRefused(404, "That invitation no longer exists.");
        if (invitation.role !== "REVIEWER" && !can(actor.role, "users.manage_all")) {
          throw new MutationRefused(403, `Only admins can revoke an invitation for a ${ROLE_LABELS[invitation.role].toLowerCase()}.`);
        }
        const { count } = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw new MutationRefused(409, "This invitation was already accepted or revoked.");
        return {
          result: { invitationId: invitation.id },
          audit: {
            action: "invitation.revoke",
            entityType: "Invitation",
            entityId: invitation.id,
            before: { state: "pending" },
            after: { state: "revoked" },
          },
        };
      },
    },
    deps,
  );
}

/** What the accept page and a refused acceptance say about a link that no longer works. */
export const LINK_PROBLEMS = {
  expired: "This invitation has expired. Ask the person who invited you for a new one.",
  used: "This invitation was already used. Sign in with the password you set, or ask for a new invitation.",
  revoked: "This invitation was withdrawn. Ask the person who invited you for a new one.",
} as const;

export const UNKNOWN_INVITATION = "This invitation link is not valid. Check that you copied the whole link, or ask for a new one.";

/**
 * The invited person sets their name and password: the account is created, active, and the
 * invitation is used up in the same transaction (a second use, even a simultaneous one, is refused).
 */
export async function acceptInvitation(input: unknown, client: PrismaClient = appDb, now: () => Date = () => new Date()) {
  // Validated, then hashed (slow on purpose) before the transaction opens, so no transaction waits on it.
  const valid = acceptInvitationSchema.safeParse(input);
  const passwordHash = valid.success ? await hashPassword(valid.data.password) : "";
  return runPublicMutation(
    {
      schema: acceptInvitationSchema,
      input,
      // Nothing to limit: a token is 256 random bits, and only a valid one does anything.
      admit: async () => null,
      async change(tx, data) {
        const at = now();
        const invitation = await tx.invitation.findUnique({
          where: { tokenHash: hashInvitationToken(data.token) },
          select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true, expiresAt: true, invitedById: true },
        });
        if (!invitation) throw new MutationRefused(404, UNKNOWN_INVITATION);
        const state = invitationState(invitation, at);
        if (state !== "pending") throw new MutationRefused(410, LINK_PROBLEMS[state]);
        // Used up first, conditionally, so that two simultaneous uses cannot both pass.
        const { count } = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: at } },
          data: { acceptedAt: at },
        });
        if (count === 0) throw new MutationRefused(410, LINK_PROBLEMS.used);
        if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
          throw new MutationRefused(410, "An account with this address already exists. Sign in with it instead.");
        }
        const user = await tx.user.create({
          data: { email: invitation.email, name: data.name, role: invitation.role, passwordHash },
          select: { id: true, email: true, name: true, role: true, active: true },
        });
        await tx.invitation.update({ where: { id: invitation.id }, data: { userId: user.id } });
        return {
          actorId: user.id,
          result: { email: user.email },
          audit: [
            {
              action: "invitation.accept",
              entityType: "Invitation",
              entityId: invitation.id,
              before: { state: "pending" },
              after: { state: "used", userId: user.id },
            },
            {
              action: "user.create",
              entityType: "User",
              entityId: user.id,
              after: { ...user, invitedById: invitation.invitedById, password: "set" },
            },
          ],
        };
      },
    },
    client,
  );
}
