import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { refreshPublicPages } from "@/lib/public-cache";

/**
 * TEST-ONLY: lets the end-to-end suite call refreshPublicPages inside the running server, the way
 * the write path does after a commit (revalidateTag only works inside a request of the server
 * that holds the cache). Until publishing exists in the app, it is the only way to prove that a
 * refresh reaches cached pages (e2e/public-pages.spec.ts). A 404 unless the server was started
 * with FACTDESK_TEST_HOOKS=1 (the Playwright config does) and the request carries AUTH_SECRET.
 * Replace it with the real publish flow in that test once it exists.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = env().authSecret;
  const given = request.headers.get("x-test-hook-secret") ?? "";
  if (process.env.FACTDESK_TEST_HOOKS !== "1" || !secret || !sameText(given, secret)) {
    return new Response("Not found", { status: 404 });
  }
  const body: unknown = await request.json().catch(() => null);
  const tags = (body as { tags?: unknown } | null)?.tags;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string")) {
    return Response.json({ error: "body must be { tags: string[] }" }, { status: 400 });
  }
  refreshPublicPages(tags);
  return Response.json({ refreshed: tags });
}

function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
