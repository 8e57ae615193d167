// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The server runs behind a reverse proxy that adds its own headers; don't advertise the stack.
  poweredByHeader: false,
  // Generated Prisma client and server-only packages stay out of the client bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
};

module.exports = nextConfig;
