import { randomBytes } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/scripts/testing/fresh-database";
import { checkCredentials } from "./credentials";
import { hashPassword } from "./password";
import { createSignInLimiter, SIGN_IN_LIMITS, type SignInLimiter } from "./rate-limit";

const t = useFreshDatabase();
const password = "correct horse battery";
let pool: Pool;
let limiter: SignInLimiter;

beforeAll(async () => {
  pool = new Pool({ connectionString: t.url, max: 2 });
  limiter = createSignInLimiter(pool, `test-${randomBytes(4).toString("hex")}`);
  const passwordHash = await hashPassword(password);
  await t.db.user.createMany({
    data: [
      { email: "active@example.test", name: "Active", passwordHash },
      { email: "gone@example.test", name: "Gone", passwordHash, active: false },
      ...Array.from({ length: 3 }, (_, i) => ({ email: `ip${i}@example.test`, name: `Ip ${i}`, passwordHash })),
    ],
  });
});

afterAll(async () => {
  await pool.end();
});

describe("email + password sign-in", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const result = await checkCredentials(t.db, limiter, { email: " Active@Example.TEST ", password }, "192.0.2.1");
    expect(result).toMatchObject({ ok: true, user: { email: "active@example.test" } });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    expect(await checkCredentials(t.db, limiter, { email: "active@example.test", password: "nope" }, "192.0.2.2")).toEqual({
      ok: false,
      refusal: "CredentialsSignin",
    });
    expect(await checkCredentials(t.db, limiter, { email: "nobody@example.test", password }, "192.0.2.2")).toEqual({
      ok: false,
      refusal: "CredentialsSignin",
    });
  });

  it("tells a deactivated user who knows the password that the account is deactivated", async () => {
    expect(await checkCredentials(t.db, limiter, { email: "gone@example.test", password }, "192.0.2.3")).toMatchObject({
      ok: false,
      refusal: "AccountDeactivated",
    });
  });

  it("refuses the 11th failed sign-in for one account within a minute, even from another address", async () => {
    const email = "active@example.test";
    await limiter.recordSuccess(email, "192.0.2.1");
    for (let attempt = 1; attempt <= SIGN_IN_LIMITS.account.points; attempt++) {
      const result = await checkCredentials(t.db, limiter, { email, password: `wrong-${attempt}` }, `198.51.100.${attempt}`);
      expect(result, `attempt ${attempt}`).toEqual({ ok: false, refusal: "CredentialsSignin" });
    }
    const eleventh = await checkCredentials(t.db, limiter, { email, password }, "198.51.100.99");
    expect(eleventh).toMatchObject({ ok: false, refusal: "RateLimited" });
    if (!eleventh.ok) expect(eleventh.retryAfter).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await checkCredentials(t.db, limiter, { email: "ip0@example.test", password }, "198.51.100.98")).ok).toBe(true);
  });

  it("holds against parallel guesses: of 20 at once, at most 10 reach the password check", async () => {
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        checkCredentials(t.db, limiter, { email: "ip2@example.test", password: `guess-${i}` }, `198.18.0.${i}`),
      ),
    );
    const refusals = guesses.map((g) => (g.ok ? "ok" : g.refusal));
    expect(refusals.filter((r) => r === "CredentialsSignin").length).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.points);
    expect(refusals.filter((r) => r === "RateLimited").length).toBeGreaterThanOrEqual(20 - SIGN_IN_LIMITS.account.points);
    expect(refusals).not.toContain("ok");
  });

  it("limits failures from one address across accounts", async () => {
    const ip = "203.0.113.50";
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.address.points; attempt++) {
      await checkCredentials(t.db, limiter, { email: `stranger${attempt}@example.test`, password: "x" }, ip);
    }
    expect(await checkCredentials(t.db, limiter, { email: "ip1@example.test", password }, ip)).toMatchObject({
      ok: false,
      refusal: "RateLimited",
    });
    expect((await checkCredentials(t.db, limiter, { email: "ip1@example.test", password }, "203.0.113.51")).ok).toBe(true);
  });

  it("keeps its counters in PostgreSQL", async () => {
    const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM rate_limits");
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});
