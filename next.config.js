// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The server runs behind a reverse proxy that adds its own headers; don't advertise the stack.
  poweredByHeader: false,
  // Compression is the reverse proxy's job (README); uncompressed HTML also lets scripts/serve.ts
  // hash each page's inline scripts for its Content-Security-Policy (lib/security-headers.ts).
  compress: false,
  // Generated Prisma client and server-only packages stay out of the client bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  experimental: {
    // forbidden(): a signed-in user without the permission gets HTTP 403 and app/forbidden.tsx.
    authInterrupts: true,
    // Forms post to server actions, whose body limit is in bytes (default 1 MB). The largest form,
    // a pasted article of up to 500,000 characters, is up to 1.5 MB in UTF-8 (3 bytes for each CJK
    // character). Keep in step with SERVER_ACTION_BODY_LIMIT_BYTES in lib/request-limits.ts.
    serverActions: { bodySizeLimit: "2mb" },
  },
  // Lets two builds (e.g. the test run and a developer's server) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Security headers (CSP, frame-ancestors, HSTS…) are set at run time by scripts/serve.ts
  // (lib/security-headers.ts): some depend on SITE_URL, and the CSP on each page's inline scripts.
};

module.exports = nextConfig;
