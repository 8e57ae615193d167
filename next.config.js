// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The server runs behind a reverse proxy that adds its own headers; don't advertise the stack.
  poweredByHeader: false,
  // Generated Prisma client and server-only packages stay out of the client bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // forbidden(): a signed-in user without the permission gets HTTP 403 and app/forbidden.tsx.
  experimental: { authInterrupts: true },
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
