/**
 * The production web server: Next.js behind a small Node HTTP server, so that the client address
 * used for rate limits cannot be forged. Next.js keeps an X-Forwarded-For header that a client
 * sends and only fills it from the socket when it is absent; unless TRUST_PROXY says that a
 * reverse proxy wrote those headers, they are removed here first (lib/client-ip.ts reads them).
 *
 * Several servers may serve one database: before each request (other than Next's own static
 * files) this one applies the public-cache tags that any process has refreshed since its last
 * request (lib/shared-cache-tags.ts; docs/decisions/022-shared-public-cache.md), so that a
 * publication or retraction made through another server shows on the very next request here.
 * Public HTML gets the Cache-Tag / Surrogate-Key and Cache-Control headers a CDN needs (lib/cdn.ts).
 * Responses are compressed (Brotli or gzip) for clients that accept it, after the HTML has been held and
 * rewritten (lib/security-headers.ts), so next.config.js leaves Next.js's own compression off.
 *
 * Usage: node --import tsx scripts/serve.ts [--dev]; PORT, NEXT_DIST_DIR from the environment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { FORWARDING_HEADERS } from "@/lib/client-ip";
import { publicPagesRefreshedAt } from "@/lib/db";
import { exitOnInvalidEnv, env } from "@/lib/env";
import { createTagSync } from "@/lib/shared-cache-tags";
import { pageTagCollector, setPublicCacheHeaders } from "@/lib/cdn";
import { applySecurityHeaders } from "@/lib/security-headers";
import { PROJECT_ROOT } from "./db/embedded";
import { startMonitoring } from "./serve-monitoring";

async function main() {
  exitOnInvalidEnv();
  const { port, trustProxy, databaseUrl, cdnPurge, siteUrl } = env();
  const dev = process.argv.includes("--dev");
  // next dev's client evaluates code, which a script policy would refuse.
  const security = { https: siteUrl.startsWith("https://"), enforceScripts: !dev };
  const app = next({ dev, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Only now: next/cache (which lib/public-cache loads) needs the server that prepare() set up.
  const { PUBLIC_CACHE_SECONDS } = await import("@/lib/public-cache");
  const tags = createTagSync(databaseUrl, expireInThisProcess, publicPagesRefreshedAt);
  await tags.sync();

  // compression is Connect middleware on Node's own request and response; its types name Express's.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server = createServer(async (req, res) => {
    if (trustProxy === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
    if (!req.url?.startsWith("/_next/static/")) {
      await tags.sync().catch((error: unknown) => console.error("Could not read the refreshed public cache tags:", error));
    }
    // First, so that what the steps below send (held and rewritten HTML included) is compressed.
    compress(req, res, () => {
      // Before the CDN headers: each HTML page is held until complete, then sent with its script hashes.
      applySecurityHeaders(req, res, security);
      // Public HTML names the tags of what it shows, for a CDN to purge by (docs/decisions/023-cdn-purge.md).
      const page = new Set<string>();
      setPublicCacheHeaders(req, res, page, { purgeable: cdnPurge !== null, sharedSeconds: PUBLIC_CACHE_SECONDS });
      pageTagCollector().run(page, () => void handle(req, res));
    });
  });
  server.listen(port, () => {
    console.log(
      `▲ Next.js ${dev ? "dev" : "production"} server ready on http://localhost:${port}${trustProxy ? ` (trusting ${trustProxy} proxy hop(s) for client addresses)` : ""}`,
    );
  });
  // With FACTDESK_WORKER=1, a monitoring worker of its own.
  const monitoring = startMonitoring();
  const stop = () => {
    server.close(() => void Promise.all([monitoring.stop(), tags.close()]).finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/**
 * Expires tags in this process's Next.js cache as its own `revalidateTag(tag, { expire: 0 })`
 * would (Next.js keeps them in this module's map, shared by its server and its route bundles).
 * The time is this server's clock, the clock of its cache entries: entries stored before now are
 * expired. Both of Next's clocks (Date.now for entries, performance time for "now") must agree
 * that the expiry has passed, or the entry would be served stale once while refreshed.
 */
function expireInThisProcess(refreshed: string[]) {
  const now = Math.min(Date.now(), performance.timeOrigin + performance.now());
  for (const tag of refreshed) tagsManifest.set(tag, { stale: now, expired: now });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
