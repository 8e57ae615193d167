import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    /** The Session row this browser's sign-in created (lib/auth/sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    sessionId?: string;
  }
}
