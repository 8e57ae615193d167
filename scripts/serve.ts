/**
 * The production web server: Next.js behind a small Node HTTP server, so that the client address
 * used for rate limits cannot be forged. Next.js keeps an X-Forwarded-For header that a client
 * sends and only fills it from the socket when it is absent; unless TRUST_PROXY says that a
 * reverse proxy wrote those headers, they are removed here first (lib/client-ip.ts reads them).
 *
 * Usage: node --import tsx scripts/serve.ts [--dev]; PORT, NEXT_DIST_DIR from the environment.
 */
import { createServer } from "node:http";
import next from "next";
import { FORWARDING_HEADERS } from "@/lib/client-ip";
import { exitOnInvalidEnv, env } from "@/lib/env";
import { PROJECT_ROOT } from "./db/embedded";
import { startMonitoring } from "./serve-monitoring";

async function main() {
  exitOnInvalidEnv();
  const { port, trustProxy, databaseUrl } = env();
  const dev = process.argv.includes("--dev");
  const app = next({ dev, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    if (trustProxy === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
    void handle(req, res);
  });
  server.listen(port, () => {
    console.log(
      `▲ Next.js ${dev ? "dev" : "production"} server ready on http://localhost:${port}${trustProxy ? ` (trusting ${trustProxy} proxy hop(s) for client addresses)` : ""}`,
    );
  });
  // Page-cache refreshes from workers, and with FACTDESK_WORKER=1 a worker of its own.
  const monitoring = startMonitoring({ port, databaseUrl });
  const stop = () => {
    server.close(() => void monitoring.stop().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
