import "server-only";
import type { z } from "zod";
import { changedFields } from "@/lib/audit";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";
import { MutationRefused, runMutation, runSystemMutation, staleEdit, type MutationDeps } from "@/lib/mutation";
import { mayManageAccount } from "@/lib/permissions";
import { publicTags } from "@/lib/public-cache";
import type { CurrentUser } from "@/lib/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInLimiter, type SignInLimiter } from "@/lib/auth/rate-limit";
import { PUBLIC_VERDICT_STATUSES } from "@/lib/verdicts/queries";
import {
  changePasswordSchema,
  changeRoleSchema,
  displayNameSchema,
  endSessionSchema,
  setActiveSchema,
  staffAccountSchema,
} from "./schemas";

/** Staff account changes, each through the one write path (lib/mutation.ts). */

const auditFields = { id: true, name: true, role: true, active: true, version: true, sessionVersion: true } as const;

async function findUser(tx: Prisma.TransactionClient, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: auditFields });
  if (!user) throw new MutationRefused(404, "That account no longer exists.");
  return user;
}

/** Updates a user only if nobody saved it since `version` was read. */
async function updateUser(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.UserUpdateManyMutationInput) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await findUser(tx, id);
    throw staleEdit("account", { name: current.name, role: current.role, active: current.active, version: current.version });
  }
  return findUser(tx, id);
}

function assertMayManage(actor: CurrentUser, target: { id: string; role: Role }) {
  if (target.id === actor.id) throw new MutationRefused(403, "You cannot change your own role or deactivate yourself; ask another admin.");
  if (!mayManageAccount(actor, target)) throw new MutationRefused(403, "Only admins can change moderators' and admins' accounts.");
}

export function changeDisplayName(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "profile.edit",
      schema: displayNameSchema,
      input,
      async change(tx, data: z.output<typeof displayNameSchema>, actor) {
        const before = await findUser(tx, actor.id);
        const after = await updateUser(tx, actor.id, data.version, { name: data.name });
        // Reviewers' names appear on the public pages of the verdicts they wrote or approved.
        const shown = await tx.verdict.findMany({
          where: { status: { in: [...PUBLIC_VERDICT_STATUSES] }, OR: [{ authorId: actor.id }, { approverId: actor.id }] },
          select: { id: true },
        });
        return {
          result: { name: after.name, version: after.version },
          audit: { action: "user.rename", entityType: "User", entityId: actor.id, ...changedFields(before, { name: after.name }) },
          refresh: shown.map((verdict) => publicTags.verdict(verdict.id)),
        };
      },
    },
    deps,
  );
}

export function changeRole(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "users.manage_all",
      schema: changeRoleSchema,
      input,
      async change(tx, data, actor) {
        const before = await findUser(tx, data.userId);
        assertMayManage(actor, before);
        // The role is re-read on every request (lib/session.ts), so it applies at once.
        const after = await updateUser(tx, data.userId, data.version, { role: data.role });
        return {
          result: { role: after.role, version: after.version },
          audit: { action: "user.change_role", entityType: "User", entityId: data.userId, ...changedFields(before, { role: after.role }) },
        };
      },
    },
    deps,
  );
}

export function setUserActive(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "users.manage_reviewers",
      schema: setActiveSchema,
      input,
      async change(tx, data, actor) {
        const before = await findUser(tx, data.userId);
        assertMayManage(actor, before);
        // A new session version ends every session the user has, on their next request.
        const after = await updateUser(tx, data.userId, data.version, {
          active: data.active,
          ...(data.active ? {} : { sessionVersion: { increment: 1 } }),
        });
        return {
          result: { active: after.active, version: after.version },
          audit: {
            action: data.active ? "user.reactivate" : "user.deactivate",
            entityType: "User",
            entityId: data.userId,
            ...changedFields(before, { active: after.active }),
          },
        };
      },
    },
    deps,
  );
}

/**
 * A new password ends every session of the account, this one included: sign in again with it.
 * The current password is a guess like a sign-in's: each try counts against the account's (and the
 * address's) sign-in limit before the password is checked (lib/auth/rate-limit.ts), so an open
 * session on an unattended computer cannot be used to guess the password either.
 */
export function changeOwnPassword(
  input: unknown,
  deps?: MutationDeps,
  attempt: { ip: string; limiter?: SignInLimiter } = { ip: "unknown" },
) {
  return runMutation(
    {
      action: "profile.edit",
      schema: changePasswordSchema,
      input,
      async change(tx, data, actor) {
        const limiter = attempt.limiter ?? signInLimiter();
        const retryAfter = await limiter.takeAttempt(actor.email, attempt.ip);
        if (retryAfter > 0) {
          throw new MutationRefused(429, `Too many wrong passwords. Try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`);
        }
        const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
        if (!(await verifyPassword(passwordHash, data.currentPassword))) {
          throw new MutationRefused(400, "Some fields need attention.", {
            fieldErrors: { currentPassword: ["That is not your current password."] },
          });
        }
        await limiter.recordSuccess(actor.email, attempt.ip);
        await tx.user.update({
          where: { id: actor.id },
          data: { passwordHash: await hashPassword(data.newPassword), sessionVersion: { increment: 1 }, version: { increment: 1 } },
        });
        return {
          result: { signedOut: true },
          audit: { action: "user.change_password", entityType: "User", entityId: actor.id, after: { passwordHash: "changed" } },
        };
      },
    },
    deps,
  );
}

/**
 * `npm run user:create`: creates a staff account, or gives an existing one (matched by email) the
 * role, name and password asked for and reactivates it; a new password ends its sessions. Run by
 * whoever holds the database, so through the write path's system variant (no session to check).
 */
export async function setUpStaffAccount(input: unknown, deps: { db: PrismaClient }) {
  // Hashed before the transaction (~130 ms), so that no row is locked meanwhile.
  const parsed = staffAccountSchema.safeParse(input);
  const passwordHash = parsed.success ? await hashPassword(parsed.data.password) : "";
  return runSystemMutation(
    {
      system: "npm run user:create",
      schema: staffAccountSchema,
      input,
      async change(tx, data) {
        const existing = await tx.user.findUnique({ where: { email: data.email } });
        const user = existing
          ? await tx.user.update({
              where: { id: existing.id },
              data: {
                role: data.role,
                name: data.name ?? existing.name,
                passwordHash,
                active: true,
                sessionVersion: { increment: 1 },
                version: { increment: 1 },
              },
            })
          : await tx.user.create({
              data: { email: data.email, name: data.name ?? data.email.split("@")[0]!, role: data.role, passwordHash },
            });
        return {
          result: { id: user.id, email: user.email, name: user.name, role: user.role, created: !existing },
          audit: {
            action: existing ? "user.update_from_cli" : "user.create",
            entityType: "User",
            entityId: user.id,
            before: existing ? { role: existing.role, name: existing.name, active: existing.active } : null,
            after: { email: user.email, role: user.role, name: user.name, active: user.active, password: "set" },
          },
        };
      },
    },
    deps,
  );
}

/** Staff end one of their own sessions from the profile page (e.g. a browser left signed in elsewhere). */
export function endOwnSession(input: unknown, deps?: MutationDeps) {
  return runMutation(
    {
      action: "profile.edit",
      schema: endSessionSchema,
      input,
      async change(tx, data, actor) {
        const { count } = await tx.session.deleteMany({ where: { id: data.sessionId, userId: actor.id } });
        if (count === 0) throw new MutationRefused(404, "That session has already ended.");
        return {
          result: { ended: data.sessionId },
          audit: { action: "user.end_session", entityType: "User", entityId: actor.id, before: { session: data.sessionId } },
        };
      },
    },
    deps,
  );
}
