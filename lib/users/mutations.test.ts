import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSignInLimiter, SIGN_IN_LIMITS, type SignInLimiter } from "@/lib/auth/rate-limit";
import { changeDisplayName, changeOwnPassword, changeRole, setUpStaffAccount, setUserActive } from "./mutations";

const t = useFreshDatabase();
const { actingAs, makeStaff } = t;

// The sign-in limiter on this file's database, with counters of this run's own.
let pool: Pool;
let limiter: SignInLimiter;
beforeAll(() => {
  pool = new Pool({ connectionString: t.url, max: 2 });
  limiter = createSignInLimiter(pool, `test-${randomBytes(4).toString("hex")}`);
});
afterAll(() => pool.end());
const from = (ip: string) => ({ ip, limiter });

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
      from("192.0.2.10"),
    );
    expect(wrong).toMatchObject({ ok: false, status: 400, fieldErrors: { currentPassword: ["That is not your current password."] } });
    const mismatch = await changeOwnPassword(
      { currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "other" },
      actingAs(reviewer),
      from("192.0.2.10"),
    );
    expect(mismatch).toMatchObject({ ok: false, status: 400, fieldErrors: { repeatPassword: ["The two new passwords differ."] } });

    const ok = await changeOwnPassword(
      { currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "new password 456" },
      actingAs(reviewer),
      from("192.0.2.10"),
    );
    expect(ok.ok).toBe(true);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(await verifyPassword(after.passwordHash, "new password 456")).toBe(true);
    expect(after.sessionVersion).toBe(reviewer.sessionVersion + 1);
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.change_password" } });
    expect(JSON.stringify([event.before, event.after])).not.toContain(after.passwordHash!);
  });

  it("limits guesses of the current password as sign-in does: the 11th within a minute is refused, even when right", async () => {
    await t.db.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword("old password 123") } });
    const guess = (currentPassword: string, ip: string) =>
      changeOwnPassword(
        { currentPassword, newPassword: "new password 456", repeatPassword: "new password 456" },
        actingAs(admin),
        from(ip),
      );
    // Parallel guesses from several addresses: each is counted against the account before it is checked.
    const guesses = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.account.points }, (_, i) => guess(`guess ${i}`, `192.0.2.${20 + (i % 3)}`)),
    );
    expect(guesses.map((result) => !result.ok && result.status)).toEqual(Array(SIGN_IN_LIMITS.account.points).fill(400));
    const refused = await guess("old password 123", "198.51.100.1");
    expect(refused).toMatchObject({
      ok: false,
      status: 429,
      message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds?\.$/),
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await verifyPassword(after.passwordHash, "old password 123")).toBe(true);
    expect(after.sessionVersion).toBe(admin.sessionVersion);
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
