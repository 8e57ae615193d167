import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env, type Env } from "@/lib/env";
import { checkCredentials } from "./credentials";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";
import { signInLimiter } from "./rate-limit";

/**
 * next-auth (v4) configuration: email + password always; a magic link, GitHub and Google only when
 * their settings are present. Sessions are JWTs carrying the user id, the session version and
 * the id of a Session row (lib/auth/sessions.ts); every request re-reads the user and that row
 * (lib/session.ts), so signing out, deactivation and password changes end sessions at once. Nobody signs up here: every sign-in method only admits an existing, active staff user.
 */
export function buildAuthOptions(settings: Env): NextAuthOptions {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const forwardedFor = req.headers?.["x-forwarded-for"] as string | undefined;
        const result = await checkCredentials(
          db,
          signInLimiter(),
          { email: credentials?.email ?? "", password: credentials?.password ?? "" },
          clientIp(forwardedFor, settings.trustProxy),
        );
        if (!result.ok) throw new Error(result.refusal); // shown as ?error=<refusal>
        return result.user;
      },
    }),
  ];
  if (settings.email) {
    providers.push(EmailProvider({ server: settings.email.server, from: settings.email.from, maxAge: 15 * 60 }));
  }
  // Accounts are created by staff, never by signing in; a provider's account is linked to the
  // staff account with the same (provider-verified) email.
  if (settings.github) {
    providers.push(GitHubProvider({ ...settings.github, allowDangerousEmailAccountLinking: true }));
  }
  if (settings.google) {
    providers.push(GoogleProvider({ ...settings.google, allowDangerousEmailAccountLinking: true }));
  }
  const needsAdapter = Boolean(settings.email || settings.github || settings.google);

  return {
    // Magic-link tokens and OAuth account links live in the database; sessions do not.
    adapter: needsAdapter ? PrismaAdapter(db) : undefined,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    secret: settings.authSecret,
    // Secure (and __Secure-/__Host- prefixed) cookies whenever the site is served over https.
    useSecureCookies: settings.siteUrl.startsWith("https://"),
    providers,
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true; // checked in authorize()
        const email = user.email?.trim().toLowerCase();
        if (!email) return false;
        const staff = await db.user.findUnique({ where: { email }, select: { active: true } });
        return staff?.active === true;
      },
      async jwt({ token, user }) {
        if (user?.email) {
          const staff = await db.user.findUnique({
            where: { email: user.email.trim().toLowerCase() },
            select: { id: true, sessionVersion: true },
          });
          if (staff) {
            token.sub = staff.id;
            token.sessionVersion = staff.sessionVersion;
            token.sessionId = await startSession(db, staff.id, await signInUserAgent());
          }
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion, sessionId: token.sessionId };
      },
    },
    events: {
      // The cookie is deleted by next-auth; its row goes too, so a copy of the cookie is refused.
      async signOut({ token }) {
        if (token?.sessionId) await endSession(db, token.sessionId);
      },
    },
  };
}

/** The signing-in browser's User-Agent (next-auth's callbacks run inside its route handler). */
async function signInUserAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null; // outside a request (tests calling the callbacks directly)
  }
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  const settings = env();
  // next-auth v4 builds its callback and sign-in URLs from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= settings.siteUrl;
  cached ??= buildAuthOptions(settings);
  return cached;
}
