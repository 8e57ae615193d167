import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { buildAuthOptions } from "./options";

const base = { DATABASE_URL: "postgresql://localhost/factdesk", AUTH_SECRET: "x".repeat(40) };
const providerIds = (settings: Record<string, string>) => buildAuthOptions(parseEnv({ ...base, ...settings })).providers.map((p) => p.id);

describe("sign-in methods", () => {
  it("offers only email + password, without a database adapter, when nothing else is configured", () => {
    const options = buildAuthOptions(parseEnv(base));
    expect(options.providers.map((p) => p.id)).toEqual(["credentials"]);
    expect(options.adapter).toBeUndefined();
    expect(options.session?.strategy).toBe("jwt");
  });

  it("uses Secure cookies when SITE_URL is https, and only then", () => {
    expect(buildAuthOptions(parseEnv({ ...base, SITE_URL: "https://factcheck.example.org" })).useSecureCookies).toBe(true);
    expect(buildAuthOptions(parseEnv({ ...base, SITE_URL: "http://localhost:3000" })).useSecureCookies).toBe(false);
  });

  it("adds the magic link when EMAIL_SERVER and EMAIL_FROM are set", () => {
    expect(providerIds({ EMAIL_SERVER: "smtp://mail.example.org:587", EMAIL_FROM: "desk@example.org" })).toEqual(["credentials", "email"]);
  });

  it("adds GitHub and Google with their client settings, linking to existing staff accounts only by email", () => {
    const options = buildAuthOptions(
      parseEnv({
        ...base,
        GITHUB_CLIENT_ID: "gh-id",
        GITHUB_CLIENT_SECRET: "gh-secret",
        GOOGLE_CLIENT_ID: "g-id",
        GOOGLE_CLIENT_SECRET: "g-secret",
      }),
    );
    expect(options.providers.map((p) => p.id)).toEqual(["credentials", "github", "google"]);
    const github = options.providers.find((p) => p.id === "github") as unknown as { options: Record<string, unknown> };
    expect(github.options).toMatchObject({ clientId: "gh-id", clientSecret: "gh-secret", allowDangerousEmailAccountLinking: true });
    expect(options.adapter).toBeDefined();
  });

  it("refuses half a provider's settings at start-up, naming the missing one", () => {
    expect(() => parseEnv({ ...base, GITHUB_CLIENT_ID: "gh-id" })).toThrow(EnvError);
    expect(() => parseEnv({ ...base, GOOGLE_CLIENT_SECRET: "s" })).toThrow(/GOOGLE_CLIENT_ID is required when GOOGLE_CLIENT_SECRET is set/);
    expect(() => parseEnv({ ...base, EMAIL_SERVER: "http://mail", EMAIL_FROM: "a@b.c" })).toThrow(/EMAIL_SERVER must be an smtp/);
  });

  it("reads TRUST_PROXY as a number of proxies", () => {
    expect(parseEnv(base).trustProxy).toBe(0);
    expect(parseEnv({ ...base, TRUST_PROXY: "true" }).trustProxy).toBe(1);
    expect(parseEnv({ ...base, TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(() => parseEnv({ ...base, TRUST_PROXY: "yes" })).toThrow(EnvError);
  });
});
