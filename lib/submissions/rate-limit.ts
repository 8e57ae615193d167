import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Public submissions per client address: SUBMISSIONS_PER_HOUR (default 5) in any hour, counted in
 * PostgreSQL (table rate_limits) like failed sign-ins (lib/auth/rate-limit.ts). Five tips an hour
 * is more than a reader sends; a robot that rotates addresses is the honeypot's job.
 */
export type SubmissionLimiter = {
  /** Counts one submission from `ip`; the seconds to wait when its allowance is used up, else 0. */
  take(ip: string): Promise<number>;
};

export function createSubmissionLimiter(pool: Pool, prefix: string, perHour: number): SubmissionLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: `${prefix}:submission:ip`,
    points: perHour,
    duration: 60 * 60,
  });
  return {
    async take(ip) {
      try {
        await limiter.consume(ip);
        return 0;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      }
    },
  };
}

const globalForLimiter = globalThis as unknown as { submissionLimiter?: SubmissionLimiter };

export function submissionLimiter(): SubmissionLimiter {
  const settings = env();
  globalForLimiter.submissionLimiter ??= createSubmissionLimiter(
    new Pool({ connectionString: settings.databaseUrl, max: 2 }),
    settings.rateLimitPrefix,
    settings.submissionsPerHour,
  );
  return globalForLimiter.submissionLimiter;
}
