import { z } from "zod";

/**
 * The app's settings, validated once. Local use (the embedded database started by `npm start`)
 * gets defaults and generated secrets; production (any other database, NODE_ENV=production)
 * must name every required setting, and start-up stops with the names of those missing.
 */

const DEFAULT_ORG_NAME = "Factdesk";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
  /** Set by scripts/start.ts when it runs the embedded database ("local use"). */
  FACTDESK_EMBEDDED_DB: z.enum(["1"]).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SITE_URL: z.url("must be an absolute http(s) URL").optional(),
  ORG_NAME: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  /** True when the app runs on the embedded database for local use. */
  embeddedDb: boolean;
  /** True for a production deployment (external database, NODE_ENV=production). */
  production: boolean;
  authSecret: string | undefined;
  /** Public origin without a trailing slash, e.g. https://factcheck.example.org */
  siteUrl: string;
  orgName: string;
  port: number;
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

  if (production) {
    const missing = (["AUTH_SECRET", "SITE_URL", "ORG_NAME"] as const).filter((name) => raw[name] === undefined);
    if (missing.length > 0) {
      throw new EnvError(missing.map((name) => `${name} is required in production`));
    }
  }

  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    embeddedDb,
    production,
    authSecret: raw.AUTH_SECRET,
    siteUrl: (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ""),
    orgName: raw.ORG_NAME ?? DEFAULT_ORG_NAME,
    port: raw.PORT,
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
