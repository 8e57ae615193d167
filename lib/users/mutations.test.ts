import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import type { MutationDeps } from "@/lib/mutation";
import type { CurrentUser } from "@/lib/session";
import { useFreshDatabase } from "@/lib/testing/fresh-database";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSignInLimiter, SIGN_IN_LIMITS, type SignInLimiter } from "@/lib/auth/rate-limit";
import { changeDisplayName, changeOwnPassword, changeRole, setUserActive } from "./mutations";

const t = useFreshDatabase();
let n = 0;

const as = (user: CurrentUser | null): MutationDeps => ({ db: t.db, currentUser: async () => user, refresh: () => {} });
const makeUser = (role: Role) =>
  t.db.user.create({
    data: { email: `u${++n}-${role.toLowerCase()}@example.test`, name: `User ${n}`, role },
    select: { id: true, name: true, email: true, role: true, version: true, sessionVersion: true },
  });

// The sign-in limiter on this file's database, with counters of this run's own.
let pool: Pool;
let limiter: SignInLimiter;
beforeAll(() => {
  pool = new Pool({ connectionString: t.url, max: 2 });
  limiter = createSignInLimiter(pool, `test-${randomBytes(4).toString("hex")}`);
});
afterAll(() => pool.end());
const from = (ip: string) => ({ ip, limiter });

let admin: Awaited<ReturnType<typeof makeUser>>;
let moderator: Awaited<ReturnType<typeof makeUser>>;
let reviewer: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  admin = await makeUser("ADMIN");
  moderator = await makeUser("MODERATOR");
  reviewer = await makeUser("REVIEWER");
});

describe("staff account changes", () => {
  it("renames oneself, audited with before and after", async () => {
    const result = await changeDisplayName({ name: "  Ana Reyes ", version: reviewer.version }, as(reviewer));
    expect(result).toMatchObject({ ok: true, data: { name: "Ana Reyes" } });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.rename" } });
    expect(event).toMatchObject({ actorId: reviewer.id, before: { name: reviewer.name }, after: { name: "Ana Reyes" } });
  });

  it("refuses a save based on a stale version and keeps the other save", async () => {
    expect((await changeDisplayName({ name: "First tab", version: reviewer.version }, as(reviewer))).ok).toBe(true);
    const second = await changeDisplayName({ name: "Second tab", version: reviewer.version }, as(reviewer));
    expect(second).toMatchObject({ ok: false, status: 409, current: { name: "First tab" } });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).name).toBe("First tab");
  });

  it("lets an admin change a role; moderators and reviewers cannot", async () => {
    expect(await changeRole({ userId: reviewer.id, role: "MODERATOR", version: reviewer.version }, as(moderator))).toMatchObject({ ok: false, status: 403 });
    expect(await changeRole({ userId: moderator.id, role: "ADMIN", version: moderator.version }, as(reviewer))).toMatchObject({ ok: false, status: 403 });
    expect(await changeRole({ userId: reviewer.id, role: "MODERATOR", version: reviewer.version }, as(admin))).toMatchObject({ ok: true, data: { role: "MODERATOR" } });
    expect(await changeRole({ userId: admin.id, role: "REVIEWER", version: 1 }, as(admin))).toMatchObject({ ok: false, status: 403 });
    expect(await changeRole({ userId: reviewer.id, role: "OWNER", version: 1 }, as(admin))).toMatchObject({ ok: false, status: 400, fieldErrors: { role: [expect.any(String)] } });
  });

  it("deactivation ends the user's sessions (new session version); moderators may deactivate reviewers only", async () => {
    expect(await setUserActive({ userId: admin.id, active: "false", version: admin.version }, as(moderator))).toMatchObject({ ok: false, status: 403 });
    const result = await setUserActive({ userId: reviewer.id, active: "false", version: reviewer.version }, as(moderator));
    expect(result).toMatchObject({ ok: true, data: { active: false } });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(reviewer.sessionVersion + 1);
    expect(await t.db.auditEvent.count({ where: { entityId: reviewer.id, action: "user.deactivate", actorId: moderator.id } })).toBe(1);
  });

  it("refuses anonymous callers", async () => {
    expect(await setUserActive({ userId: reviewer.id, active: "false", version: 1 }, as(null))).toMatchObject({ ok: false, status: 401 });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).active).toBe(true);
  });

  it("changes one's password only with the current one, ending every session, never auditing the hash", async () => {
    await t.db.user.update({ where: { id: reviewer.id }, data: { passwordHash: await hashPassword("old password 123") } });
    const wrong = await changeOwnPassword({ currentPassword: "guess", newPassword: "new password 456", repeatPassword: "new password 456" }, as(reviewer), from("192.0.2.10"));
    expect(wrong).toMatchObject({ ok: false, status: 400, fieldErrors: { currentPassword: ["That is not your current password."] } });
    const mismatch = await changeOwnPassword({ currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "other" }, as(reviewer), from("192.0.2.10"));
    expect(mismatch).toMatchObject({ ok: false, status: 400, fieldErrors: { repeatPassword: ["The two new passwords differ."] } });

    const ok = await changeOwnPassword({ currentPassword: "old password 123", newPassword: "new password 456", repeatPassword: "new password 456" }, as(reviewer), from("192.0.2.10"));
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
      changeOwnPassword({ currentPassword, newPassword: "new password 456", repeatPassword: "new password 456" }, as(admin), from(ip));
    // Parallel guesses from several addresses: each is counted against the account before it is checked.
    const guesses = await Promise.all(Array.from({ length: SIGN_IN_LIMITS.account.points }, (_, i) => guess(`guess ${i}`, `192.0.2.${20 + (i % 3)}`)));
    expect(guesses.map((result) => !result.ok && result.status)).toEqual(Array(SIGN_IN_LIMITS.account.points).fill(400));
    const refused = await guess("old password 123", "198.51.100.1");
    expect(refused).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds?\.$/) });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await verifyPassword(after.passwordHash, "old password 123")).toBe(true);
    expect(after.sessionVersion).toBe(admin.sessionVersion);
  });
});
