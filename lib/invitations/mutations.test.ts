import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { acceptInvitation, createInvitation, revokeInvitation } from "./mutations";
import { findInvitationByToken } from "./queries";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;
let n = 0;

const DAY = 24 * 60 * 60 * 1000;

let admin: CurrentUser;
let moderator: CurrentUser;
let reviewer: CurrentUser;

beforeEach(async () => {
  admin = await makeStaff("ADMIN");
  moderator = await makeStaff("MODERATOR");
  reviewer = await makeStaff("REVIEWER");
});

async function invite(role: Role = "REVIEWER", by: CurrentUser = moderator, now?: () => Date) {
  const email = `invitee${++n}@example.test`;
  const result = await createInvitation({ name: `Invitee ${n}`, email: ` ${email.toUpperCase()} `, role }, actingAs(by), now);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...result.data, email };
}
const accept = (token: string, password = "a long enough password", now?: () => Date) =>
  acceptInvitation({ token, name: "Ines Invited", password, repeatPassword: password }, t.db, now);

describe("staff invitations", () => {
  it("a moderator invites a reviewer; only the token's hash is stored; the audit event holds no token", async () => {
    const invited = await invite();
    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: invited.invitationId } });
    expect(row).toMatchObject({ email: invited.email, role: "REVIEWER", invitedById: moderator.id, acceptedAt: null });
    expect(row.tokenHash).not.toBe(invited.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * DAY);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "invitation.create" } });
    expect(event.actorId).toBe(moderator.id);
    expect(JSON.stringify([event.before, event.after])).not.toContain(invited.token);
  });

  it("moderators may invite reviewers only, admins anyone, reviewers nobody; bad input gets field messages", async () => {
    expect(await createInvitation({ name: "Mo Derator", email: "mo@example.test", role: "MODERATOR" }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { role: ["You can invite reviewers only."] },
    });
    expect(await createInvitation({ name: "Re Viewer", email: "re@example.test", role: "REVIEWER" }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await createInvitation({ name: "Re Viewer", email: "re@example.test", role: "REVIEWER" }, actingAs(null))).toMatchObject({
      ok: false,
      status: 401,
    });
    expect((await invite("ADMIN", admin)).role).toBe("ADMIN");
    expect(await createInvitation({ name: "X", email: "nope", role: "OWNER" }, actingAs(admin))).toMatchObject({
      status: 400,
      fieldErrors: { name: [expect.any(String)], email: [expect.any(String)], role: [expect.any(String)] },
    });
    expect(await createInvitation({ name: "Already Here", email: reviewer.email, role: "REVIEWER" }, actingAs(admin))).toMatchObject({
      status: 400,
      fieldErrors: { email: ["This address already has a staff account."] },
    });
  });

  it("the link sets a password once: the account is created active; a second use is refused", async () => {
    const invited = await invite();
    expect(await findInvitationByToken(invited.token, t.db)).toMatchObject({ state: "pending", email: invited.email });
    const result = await accept(invited.token);
    expect(result).toMatchObject({ ok: true, data: { email: invited.email } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: invited.email } });
    expect(user).toMatchObject({ name: "Ines Invited", role: "REVIEWER", active: true });
    expect(await verifyPassword(user.passwordHash, "a long enough password")).toBe(true);
    expect(await t.db.auditEvent.count({ where: { actorId: user.id, action: { in: ["invitation.accept", "user.create"] } } })).toBe(2);
    const createdEvent = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    expect(JSON.stringify(createdEvent.after)).not.toContain(user.passwordHash!);

    const again = await accept(invited.token, "another long password");
    expect(again).toMatchObject({ ok: false, status: 410, message: expect.stringContaining("already used") });
    expect(
      await verifyPassword((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash, "a long enough password"),
    ).toBe(true);
    expect(await findInvitationByToken(invited.token, t.db)).toMatchObject({ state: "used" });
  });

  it("the link expires after 7 days", async () => {
    const invited = await invite();
    const eightDaysLater = () => new Date(Date.now() + 8 * DAY);
    expect(await accept(invited.token, undefined, eightDaysLater)).toMatchObject({
      ok: false,
      status: 410,
      message: expect.stringContaining("expired"),
    });
    expect(await t.db.user.count({ where: { email: invited.email } })).toBe(0);
    // Six days later it still works.
    expect(await accept(invited.token, undefined, () => new Date(Date.now() + 6 * DAY))).toMatchObject({ ok: true });
  });

  it("an expired invitation shows as expired, and a new one may be sent to the same address", async () => {
    const past = () => new Date(Date.now() - 8 * DAY);
    const old = await invite("REVIEWER", moderator, past);
    expect(await findInvitationByToken(old.token, t.db)).toMatchObject({ state: "expired" });
    expect((await createInvitation({ name: "Second Try", email: old.email, role: "REVIEWER" }, actingAs(moderator))).ok).toBe(true);
  });

  it("a revoked link no longer works; an open invitation blocks a second one; unknown links and weak passwords are refused", async () => {
    const invited = await invite();
    expect(await createInvitation({ name: "Twice Invited", email: invited.email, role: "REVIEWER" }, actingAs(moderator))).toMatchObject({
      status: 400,
      fieldErrors: { email: [expect.stringContaining("still open")] },
    });
    expect(await accept(invited.token, "short")).toMatchObject({ status: 400, fieldErrors: { password: ["Use at least 12 characters."] } });
    expect(
      await acceptInvitation(
        { token: invited.token, name: "Ines", password: "a long enough password", repeatPassword: "different password" },
        t.db,
      ),
    ).toMatchObject({ status: 400, fieldErrors: { repeatPassword: ["The two passwords differ."] } });

    expect(await revokeInvitation({ invitationId: invited.invitationId }, actingAs(reviewer))).toMatchObject({ status: 403 });
    expect(await revokeInvitation({ invitationId: invited.invitationId }, actingAs(moderator))).toMatchObject({ ok: true });
    expect(await accept(invited.token)).toMatchObject({ ok: false, status: 410, message: expect.stringContaining("withdrawn") });
    expect(await accept("x".repeat(43))).toMatchObject({ ok: false, status: 404 });

    const adminInvite = await invite("MODERATOR", admin);
    expect(await revokeInvitation({ invitationId: adminInvite.invitationId }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 403,
    });
  });
});
