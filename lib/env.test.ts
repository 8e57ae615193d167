import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk";

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("gives local defaults for the embedded database", () => {
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL, FACTDESK_EMBEDDED_DB: "1", PORT: "3100" });
    expect(env).toMatchObject({ production: false, embeddedDb: true, siteUrl: "http://localhost:3100", orgName: "Factdesk", port: 3100 });
  });

  it("limits public submissions to 5 per address per hour unless SUBMISSIONS_PER_HOUR says otherwise", () => {
    expect(parseEnv({ DATABASE_URL }).submissionsPerHour).toBe(5);
    expect(parseEnv({ DATABASE_URL, SUBMISSIONS_PER_HOUR: "20" }).submissionsPerHour).toBe(20);
    expect(problems({ DATABASE_URL, SUBMISSIONS_PER_HOUR: "0" })).toEqual(["SUBMISSIONS_PER_HOUR must be at least 1"]);
  });

  it("names every missing production setting", () => {
    expect(problems({ NODE_ENV: "production", DATABASE_URL })).toEqual([
      "AUTH_SECRET is required in production",
      "SITE_URL is required in production",
      "ORG_NAME is required in production",
    ]);
  });

  it("requires DATABASE_URL everywhere and checks its form", () => {
    expect(problems({ NODE_ENV: "development" })).toEqual(["DATABASE_URL is required"]);
    expect(problems({ DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL must be a postgresql/);
  });

  it("treats empty values as unset and rejects weak or malformed values", () => {
    expect(problems({ NODE_ENV: "production", DATABASE_URL, AUTH_SECRET: "", SITE_URL: "", ORG_NAME: "Desk" })).toEqual([
      "AUTH_SECRET is required in production",
      "SITE_URL is required in production",
    ]);
    expect(problems({ DATABASE_URL, AUTH_SECRET: "short" })).toEqual(["AUTH_SECRET must be at least 32 characters"]);
    expect(problems({ DATABASE_URL, SITE_URL: "factcheck.example" })[0]).toMatch(/^SITE_URL /);
  });

  it("accepts a complete production configuration and trims the site URL", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET: "x".repeat(32),
      SITE_URL: "https://factcheck.example.org/",
      ORG_NAME: "The Example Desk",
    });
    expect(env).toMatchObject({ production: true, siteUrl: "https://factcheck.example.org", orgName: "The Example Desk" });
  });

  it("reads the test-only article fetch allowance as exact host:port pairs", () => {
    expect(parseEnv({ DATABASE_URL }).articleFetchTestAllowHosts).toEqual([]);
    expect(parseEnv({ DATABASE_URL, ARTICLE_FETCH_TEST_ALLOW_HOSTS: " 127.0.0.1:4567, Localhost:80 " }).articleFetchTestAllowHosts).toEqual(
      ["127.0.0.1:4567", "localhost:80"],
    );
    expect(problems({ DATABASE_URL, ARTICLE_FETCH_TEST_ALLOW_HOSTS: "127.0.0.1" })[0]).toMatch(
      /^ARTICLE_FETCH_TEST_ALLOW_HOSTS.* must list host:port pairs/,
    );
    expect(problems({ DATABASE_URL, ARTICLE_FETCH_TEST_ALLOW_HOSTS: "10.0.0.5:80" })[0]).toMatch(
      /^ARTICLE_FETCH_TEST_ALLOW_HOSTS.* loopback origins only/,
    );
    expect(problems({ DATABASE_URL, ARTICLE_FETCH_TEST_ALLOW_HOSTS: "169.254.169.254:80" })[0]).toMatch(/loopback origins only/);
  });
});
