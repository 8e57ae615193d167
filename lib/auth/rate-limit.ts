import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Failed sign-ins are limited per account and per client address, with counters in PostgreSQL
 * (table rate_limits, created by a migration) so that every server process shares them and a
 * restart does not reset them. Each attempt is counted before its password is checked (so that
 * parallel guesses cannot slip through); a successful one is forgiven, and clears the account's.
 */

export const SIGN_IN_LIMITS = {
  /** The 11th failure for one account within a minute is refused. */
  account: { points: 10, duration: 60 },
  /** Guessing across many accounts from one address. */
  address: { points: 50, duration: 15 * 60 },
} as const;

export type SignInLimiter = {
  /**
   * Counts an attempt against the account and the address before the password is checked, so
   * that parallel guesses cannot all slip past the limit. Returns the seconds to wait when
   * either has used up its attempts (the attempt is refused), else 0.
   */
  takeAttempt(email: string, ip: string): Promise<number>;
  /** The attempt succeeded: it does not count against the account or the address. */
  recordSuccess(email: string, ip: string): Promise<void>;
};

export function createSignInLimiter(pool: Pool, prefix: string): SignInLimiter {
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false };
  const account = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}:sign-in:account`, ...SIGN_IN_LIMITS.account });
  const address = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}:sign-in:ip`, ...SIGN_IN_LIMITS.address });
  const accountKey = (email: string) => email.trim().toLowerCase();

  // consume() rejects with a RateLimiterRes once the limit is passed; the count still rises.
  async function take(limiter: RateLimiterPostgres, key: string): Promise<number> {
    try {
      await limiter.consume(key);
      return 0;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    }
  }

  return {
    async takeAttempt(email, ip) {
      const waits = await Promise.all([take(account, accountKey(email)), take(address, ip)]);
      return Math.max(...waits);
    },
    async recordSuccess(email, ip) {
      await Promise.all([account.delete(accountKey(email)), address.reward(ip, 1)]);
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
