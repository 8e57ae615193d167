import { beforeEach, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changeDisplayName, changeOwnPassword, changeRole, setUpStaffAccount, setUserActive } from "./mutations";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

let admin: Awaited<ReturnType<typeof makeStaff>>;
let moderator: Awaited<ReturnType<typeof makeStaff>>;
let reviewer: Awaited<ReturnType<typeof makeStaff>>;

beforeEach(async () => {
  admin = await makeStaff("ADMIN");
  moderator = await makeStaff("MODERATOR");
  reviewer = await makeStaff("REVIEWER");
});

describe("staff account changes", () => {
  it("renames oneself, audited with before and after", async () => {
    const result = await changeDisplayName({ name: "  Ana Reyes ", version: reviewer.version }, actingAs(reviewer));
    expect(result).toMatchObject({ ok: true, data: { name: "Ana Reyes" } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.rename" } });
    expect(event).toMatchObject({ actorId: reviewer.id, before: { name: reviewer.name }, after: { name: "Ana Reyes" } });
  });

  it("refuses a save based on a stale version and keeps the other save", async () => {
    expect((await changeDisplayName({ name: "First tab", version: reviewer.version }, actingAs(reviewer))).ok).toBe(true);
    const second = await changeDisplayName({ name: "Second tab", version: reviewer.version }, actingAs(reviewer));
    expect(second).toMatchObject({ ok: false, status: 409, current: { name: "First tab" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).name).toBe("First tab");
  });

  it("lets an admin change a role; moderators and reviewers cannot", async () => {
    expect(await changeRole({ userId: reviewer.id, role: "MODERATOR", version: reviewer.version }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await changeRole({ userId: moderator.id, role: "ADMIN", version: moderator.version }, actingAs(reviewer))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await changeRole({ userId: reviewer.id, role: "MODERATOR", version: reviewer.version }, actingAs(admin))).toMatchObject({
      ok: true,
      data: { role: "MODERATOR" },
    });
    expect(await changeRole({ userId: admin.id, role: "REVIEWER", version: 1 }, actingAs(admin))).toMatchObject({ ok: false, status: 403 });
    expect(await changeRole({ userId: reviewer.id, role: "OWNER", version: 1 }, actingAs(admin))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { role: [expect.any(String)] },
    });
  });

  it("deactivation ends the user's sessions (new session version); moderators may deactivate reviewers only", async () => {
    expect(await setUserActive({ userId: admin.id, active: "false", version: admin.version }, actingAs(moderator))).toMatchObject({
      ok: false,
      status: 403,
    });
    const result = await setUserActive({ userId: reviewer.id, active: "false", version: reviewer.version }, actingAs(moderator));
    expect(result).toMatchObject({ ok: true, data: { active: false } });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(reviewer.sessionVersion + 1);
    expect(await t.db.auditEvent.count({ where: { entityId: reviewer.id, action: "user.deactivate", actorId: moderator.id } })).toBe(1);
  });

  it("refuses anonymous callers", async () => {
    expect(await setUserActive({ userId: reviewer.id, active: "false", version: 1 }, actingAs(null))).toMatchObject({
      ok: false,
      status: 401,
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).active).toBe(true);
  });

  it("changes one's password only with the current one, ending every session, never auditing the hash", async () => {
    await t.db.user.update({ where: { id: reviewer.id }, data: { passwordHash: await hashPassword("old password 123") } });
    const wrong = await changeOwnPassword(
      { currentPassword: "guess", newPassword: "new password 456", repeatPassword: "new password 456" },
      actingAs(reviewer),
    );
    expect(wrong).toMatchObject({ ok: false, status: 400, fieldErrors: { currentPassword: ["That is not your current password."] } });
    const mismatch = await changeOwnPassword(
      { currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "other" },
      actingAs(reviewer),
    );
    expect(mismatch).toMatchObject({ ok: false, status: 400, fieldErrors: { repeatPassword: ["The two new passwords differ."] } });

    const ok = await changeOwnPassword(
      { currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "new password 456" },
      actingAs(reviewer),
    );
    expect(ok.ok).toBe(true);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(await verifyPassword(after.passwordHash, "new password 456")).toBe(true);
    expect(after.sessionVersion).toBe(reviewer.sessionVersion + 1);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.change_password" } });
    expect(JSON.stringify([event.before, event.after])).not.toContain(after.passwordHash!);
  });
});

describe("npm run user:create (the write path's system variant)", () => {
  it("creates an account with its audit event naming the command, and no actor", async () => {
    const result = await setUpStaffAccount(
      { email: "Ana@Example.TEST", role: "ADMIN", name: "Ana Reyes", password: "a long enough password" },
      { db: t.db },
    );
    expect(result).toMatchObject({ ok: true, data: { email: "ana@example.test", role: "ADMIN", name: "Ana Reyes", created: true } });
    if (!result.ok) return;
    const user = await t.db.user.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(await verifyPassword(user.passwordHash, "a long enough password")).toBe(true);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.create" } });
    expect(event).toMatchObject({
      actorId: null,
      after: { email: "ana@example.test", role: "ADMIN", password: "[redacted]", system: "npm run user:create" },
    });
  });

  it("resets an existing account's role and password, reactivates it and ends its sessions", async () => {
    await t.db.user.update({ where: { id: reviewer.id }, data: { active: false } });
    const result = await setUpStaffAccount({ email: reviewer.email, role: "MODERATOR", password: "another long password" }, { db: t.db });
    expect(result).toMatchObject({ ok: true, data: { id: reviewer.id, role: "MODERATOR", name: reviewer.name, created: false } });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(after).toMatchObject({ role: "MODERATOR", active: true, sessionVersion: reviewer.sessionVersion + 1 });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.update_from_cli" } });
    expect(event).toMatchObject({
      actorId: null,
      before: { role: "REVIEWER", active: false },
      after: { role: "MODERATOR", system: "npm run user:create" },
    });
  });

  it("refuses a short password and writes nothing", async () => {
    const before = await t.db.auditEvent.count();
    const result = await setUpStaffAccount({ email: "short@example.test", role: "REVIEWER", password: "short" }, { db: t.db });
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { password: [expect.any(String)] } });
    expect(await t.db.user.count({ where: { email: "short@example.test" } })).toBe(0);
    expect(await t.db.auditEvent.count()).toBe(before);
  });
});
