import "server-only";
import { z } from "zod";
import { parsePurgeHook, type PurgeHook } from "@/lib/cdn";

/**
 * The app's settings, validated once. Local use (the embedded database started by `npm start`)
 * gets defaults and generated secrets; production (any other database, NODE_ENV=production)
 * must name every required setting, and start-up stops with the names of those missing.
 */

const DEFAULT_ORG_NAME = "Factdesk";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string({ error: "is required" }).regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  /** A streaming replica of DATABASE_URL for public reads (lib/db.ts, docs/scaling.md). */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  /** The CDN or caching proxy to purge when public pages change (lib/cdn.ts, docs/scaling.md). */
  CDN_PURGE: z.string().trim().optional(),
  /** The webhook's signing key, or the Cloudflare/Fastly API token, of CDN_PURGE. */
  CDN_PURGE_SECRET: z.string().trim().optional(),
  /** Set by scripts/start.ts when it runs the embedded database ("local use"). */
  FACTDESK_EMBEDDED_DB: z.enum(["1"]).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SITE_URL: z.url("must be an absolute http(s) URL").optional(),
  ORG_NAME: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Number of reverse proxies in front of the app whose X-Forwarded-For entries are trusted. */
  TRUST_PROXY: z
    .string()
    .transform((value) => (value === "true" ? 1 : value === "false" ? 0 : Number(value)))
    .pipe(z.number({ error: "must be true, false or a number of proxies" }).int().min(0).max(10))
    .default(0),
  /** Magic-link sign-in: an SMTP URL (smtp://user:pass@host:587) and the sender address. */
  EMAIL_SERVER: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().trim().min(3).optional(),
  GITHUB_CLIENT_ID: z.string().trim().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().trim().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().trim().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().trim().min(1).optional(),
  /** Prefix of rate-limit keys; test runs set their own so that they never share counters. */
  RATE_LIMIT_PREFIX: z.string().trim().min(1).default("factdesk"),
  /**
   * FOR TESTS ONLY: comma-separated exact `host:port` origins (e.g. `127.0.0.1:4567`) that article
   * fetching may reach although they are private or loopback addresses (the end-to-end tests'
   * local fixture servers). Never set it in a deployment: it opens those origins to anyone who
   * can ingest a URL.
   */
  ARTICLE_FETCH_TEST_ALLOW_HOSTS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/, "must list host:port pairs, e.g. 127.0.0.1:4567")
          // Loopback only: even a copied setting cannot open the internal network to article fetching.
          .regex(/^(127(\.\d{1,3}){3}|localhost|\[::1\]):\d{1,5}$/, "may list loopback origins only (127.x.x.x, localhost, [::1])"),
      ),
    )
    .default([]),
  /** Public claim submissions accepted per client address per hour (lib/submissions/rate-limit.ts). */
  SUBMISSIONS_PER_HOUR: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100000, "must be at most 100000")
    .default(5),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  /** A read replica for public reads, or null: everything reads the primary. */
  databaseReplicaUrl: string | null;
  /** Where refreshed public pages are purged from a CDN, or null (no proxy may cache public HTML). */
  cdnPurge: PurgeHook | null;
  /** True when the app runs on the embedded database for local use. */
  embeddedDb: boolean;
  /** True for a production deployment (external database, NODE_ENV=production). */
  production: boolean;
  authSecret: string | undefined;
  /** Public origin without a trailing slash, e.g. https://factcheck.example.org */
  siteUrl: string;
  orgName: string;
  port: number;
  trustProxy: number;
  /** Sign-in methods beyond email + password, each present only when all its settings are. */
  email: { server: string; from: string } | null;
  github: { clientId: string; clientSecret: string } | null;
  google: { clientId: string; clientSecret: string } | null;
  rateLimitPrefix: string;
  /** Test-only origins (`host:port`) that article fetching may reach despite being private. */
  articleFetchTestAllowHosts: string[];
  submissionsPerHour: number;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset: `FOO= npm start` should not pass validation.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  const raw = result.data;
  const embeddedDb = raw.FACTDESK_EMBEDDED_DB === "1";
  const production = raw.NODE_ENV === "production" && !embeddedDb;

  const pairs = [
    ["EMAIL_SERVER", "EMAIL_FROM"],
    ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"],
    ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
  ] as const;
  const halfSet = pairs.filter(([a, b]) => (raw[a] === undefined) !== (raw[b] === undefined));
  if (halfSet.length > 0) {
    throw new EnvError(halfSet.map(([a, b]) => `${raw[a] === undefined ? a : b} is required when ${raw[a] === undefined ? b : a} is set`));
  }

  let cdnPurge: PurgeHook | null;
  try {
    cdnPurge = parsePurgeHook(raw.CDN_PURGE, raw.CDN_PURGE_SECRET);
  } catch (error) {
    throw new EnvError([`CDN_PURGE ${(error as Error).message}`]);
  }

  if (production) {
    const missing = (["AUTH_SECRET", "SITE_URL", "ORG_NAME"] as const).filter((name) => raw[name] === undefined);
    if (missing.length > 0) {
      throw new EnvError(missing.map((name) => `${name} is required in production`));
    }
  }

  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    databaseReplicaUrl: raw.DATABASE_REPLICA_URL ?? null,
    cdnPurge,
    embeddedDb,
    production,
    authSecret: raw.AUTH_SECRET,
    siteUrl: (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ""),
    orgName: raw.ORG_NAME ?? DEFAULT_ORG_NAME,
    port: raw.PORT,
    trustProxy: raw.TRUST_PROXY,
    email: raw.EMAIL_SERVER && raw.EMAIL_FROM ? { server: raw.EMAIL_SERVER, from: raw.EMAIL_FROM } : null,
    github:
      raw.GITHUB_CLIENT_ID && raw.GITHUB_CLIENT_SECRET ? { clientId: raw.GITHUB_CLIENT_ID, clientSecret: raw.GITHUB_CLIENT_SECRET } : null,
    google:
      raw.GOOGLE_CLIENT_ID && raw.GOOGLE_CLIENT_SECRET ? { clientId: raw.GOOGLE_CLIENT_ID, clientSecret: raw.GOOGLE_CLIENT_SECRET } : null,
    rateLimitPrefix: raw.RATE_LIMIT_PREFIX,
    articleFetchTestAllowHosts: raw.ARTICLE_FETCH_TEST_ALLOW_HOSTS,
    submissionsPerHour: raw.SUBMISSIONS_PER_HOUR,
  };
}

let cached: Env | undefined;

/** The validated settings of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** For server start-up: print what is wrong with the settings and stop the process. */
export function exitOnInvalidEnv(): void {
  try {
    cached = parseEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
