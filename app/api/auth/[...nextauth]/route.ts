import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth reads the options per request so that settings come from the running server's
// environment, not from the build.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
