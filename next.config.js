// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The server runs behind a reverse proxy that adds its own headers; don't advertise the stack.
  poweredByHeader: false,
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
  async headers() {
    return [
      {
        // No other site may show Factdesk's pages in a frame (clickjacking)…
        source: "/((?!embed/).*)",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
      {
        // …except the verdict cards made to be embedded (app/embed/), which any site may frame.
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

module.exports = nextConfig;
