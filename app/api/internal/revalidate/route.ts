import { timingSafeEqual } from "node:crypto";
import { refreshPublicPages } from "@/lib/public-cache";
import { REVALIDATE_HEADER, REVALIDATE_TOKEN_ENV } from "@/lib/monitoring/revalidate";

/**
 * Refreshes public pages' cache tags on behalf of another process (a monitoring worker's write):
 * scripts/serve.ts hears the worker's PostgreSQL notification and calls this route on its own
 * loopback address with the token it made at start-up (lib/monitoring/revalidate.ts). Anyone else
 * gets 404: without the token the route does not exist.
 */
export async function POST(request: Request) {
  const token = process.env[REVALIDATE_TOKEN_ENV];
  const given = request.headers.get(REVALIDATE_HEADER) ?? "";
  if (!token || given.length !== token.length || !timingSafeEqual(Buffer.from(given), Buffer.from(token))) {
    return new Response("Not found", { status: 404 });
  }
  const tags = (await request.json().catch(() => null)) as unknown;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) return new Response("Bad request", { status: 400 });
  refreshPublicPages(tags);
  return new Response(null, { status: 204 });
}
