-- Failed sign-in (and later submission) counters for rate-limiter-flexible's PostgreSQL store,
-- created here rather than by the library at run time (tableCreated: true).
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
