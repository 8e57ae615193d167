import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are limited per account and per client address, with counters in PostgreSQL
 * (table rate_limits, created by a migration) so that every server process shares them and a
 * restart does not reset them. Only failures count; a successful sign-in clears the account's.
 */

export const SIGN_IN_LIMITS = {
  /** The 11th failure for one account within a minute is refused. */
  account: { points: 10, duration: 60 },
  /** Guessing across many accounts from one address. */
  address: { points: 50, duration: 15 * 60 },
} as const;

export type SignInLimiter = {
  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  retryAfter(email: string, ip: string): Promise<number>;
  recordFailure(email: string, ip: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
};

export function createSignInLimiter(pool: Pool, prefix: string): SignInLimiter {
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false };
  const account = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}:sign-in:account`, ...SIGN_IN_LIMITS.account });
  const address = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}:sign-in:ip`, ...SIGN_IN_LIMITS.address });
  const accountKey = (email: string) => email.trim().toLowerCase();

  async function wait(limiter: RateLimiterPostgres, key: string, points: number): Promise<number> {
    const state = await limiter.get(key);
    if (!state || state.consumedPoints < points) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  return {
    async retryAfter(email, ip) {
      const [a, b] = await Promise.all([
        wait(account, accountKey(email), SIGN_IN_LIMITS.account.points),
        wait(address, ip, SIGN_IN_LIMITS.address.points),
      ]);
      return Math.max(a, b);
    },
    async recordFailure(email, ip) {
      // consume() rejects with a RateLimiterRes once the limit is passed; the count still rises.
      const swallowLimit = (error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      };
      await Promise.all([account.consume(accountKey(email)).catch(swallowLimit), address.consume(ip).catch(swallowLimit)]);
    },
    async recordSuccess(email) {
      await account.delete(accountKey(email));
    },
  };
}

const globalForLimiter = globalThis as unknown as { signInLimiter?: SignInLimiter };

/** The app's limiter, on its own small connection pool to DATABASE_URL. */
export function signInLimiter(): SignInLimiter {
  const settings = env();
  globalForLimiter.signInLimiter ??= createSignInLimiter(
    new Pool({ connectionString: settings.databaseUrl, max: 2 }),
    settings.rateLimitPrefix,
  );
  return globalForLimiter.signInLimiter;
}
