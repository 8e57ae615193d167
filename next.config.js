// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The server runs behind a reverse proxy that adds its own headers; don't advertise the stack.
  poweredByHeader: false,
  // scripts/serve.ts compresses instead, after it has held each HTML page to hash its inline
  // scripts for its Content-Security-Policy and to drop unneeded scripts (lib/security-headers.ts).
  compress: false,
  // Next.js hashes every page in JavaScript for its ETag (a fifth of a cached page's serving time at
  // 1,000,000 claims); scripts/serve.ts sets one with native hashing instead (lib/security-headers.ts).
  generateEtags: false,
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
  // Whole-page cache for public pages (docs/decisions/026-whole-page-cache.md): a page is stored
  // HTML (ISR) only if its route has a parameter (else the build would render it, without a
  // database) and it reads no query string (else it renders per request). So "/" and
  // "/methodology" are served by routes with one fixed parameter, and lists page by path.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/front-page/latest" },
        { source: "/methodology", destination: "/methodology/current" },
      ],
    };
  },
  async redirects() {
    // Old ?page= links of claimant, source and topic pages; the page/[n] routes send page 1 home.
    const pageQuery = [{ type: "query", key: "page", value: "(?<n>\\d{1,6})" }];
    return [
      { source: "/front-page/:edition*", destination: "/", permanent: false },
      { source: "/methodology/:edition+", destination: "/methodology", permanent: false },
      ...["claimants/:slug", "sources/:domain", "topics/:slug"].map((list) => ({
        source: `/${list}`,
        has: pageQuery,
        destination: `/${list}/page/:n`,
        permanent: true,
      })),
    ];
  },
  // Security headers (CSP, frame-ancestors, HSTS…) are set at run time by scripts/serve.ts
  // (lib/security-headers.ts): some depend on SITE_URL, and the CSP on each page's inline scripts.
};

module.exports = nextConfig;
