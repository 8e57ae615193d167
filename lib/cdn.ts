import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

// A CDN or caching proxy in front of the app servers (docs/decisions/023-cdn-purge.md): public
// HTML carries the public-cache tags of what it shows (Cache-Tag, Surrogate-Key), and every refresh
// of those tags (lib/public-cache.ts) asks the configured proxy to drop the pages carrying them.

// ------------------------------------------------------------------ the tags of one response

const COLLECTOR = Symbol.for("factdesk.public-cache.page-tags");

/**
 * The tags of the public queries a response ran, collected per request. scripts/serve.ts runs
 * each request inside `collector.run(new Set(), …)`; cachedPublicQuery adds its tags. The store
 * lives on globalThis because the server script and Next.js' route bundles each load their own
 * copy of this module.
 */
export function pageTagCollector(): AsyncLocalStorage<Set<string>> {
  const global = globalThis as unknown as { [COLLECTOR]?: AsyncLocalStorage<Set<string>> };
  return (global[COLLECTOR] ??= new AsyncLocalStorage<Set<string>>());
}

/** Called by every cached public query: the response being rendered shows what `tags` name. */
export function notePageTags(tags: readonly string[]): void {
  const page = pageTagCollector().getStore();
  if (page) for (const tag of tags) page.add(tag);
}

/** Response headers naming a page's tags, in the two forms CDNs read (Cloudflare, Fastly/Varnish). */
export function cacheTagHeaders(tags: Iterable<string>): { "Cache-Tag": string; "Surrogate-Key": string } {
  const list = [...new Set(tags)].sort();
  return { "Cache-Tag": list.join(","), "Surrogate-Key": list.join(" ") };
}

/** Tags of pages rendered earlier, for the answers served from Next's page cache without a render. */
const renderedPageTags = new Map<string, Set<string>>();
const REMEMBERED_PAGES = 20_000;

/**
 * The page an answer belongs to: its path and query, without the `_rsc` parameter of Next's
 * client navigations (the HTML and the RSC payload of a page come from one render, which either
 * request may have triggered).
 */
function pageKey(url: string): string {
  const parsed = new URL(url, "http://page");
  parsed.searchParams.delete("_rsc");
  return parsed.pathname + parsed.search;
}

/**
 * The tags of a page: those collected while this answer was produced, joined to those of the
 * page's earlier answers on this server. An answer served from Next's page cache runs no query
 * (or only some: metadata), so the tags of the render that filled the cache are kept; a tag that
 * a page no longer shows only makes a later purge drop it once more than needed.
 */
function rememberPageTags(key: string, collected: Set<string>): Set<string> | undefined {
  const known = renderedPageTags.get(key);
  if (collected.size === 0) return known;
  const tags = new Set([...(known ?? []), ...collected]);
  renderedPageTags.delete(key);
  renderedPageTags.set(key, tags);
  if (renderedPageTags.size > REMEMBERED_PAGES) renderedPageTags.delete(renderedPageTags.keys().next().value!);
  return tags;
}

/**
 * Sets the caching headers of one public HTML response just before they are sent (wraps
 * `res.writeHead`, which Node also calls for implicit headers). A GET or HEAD answered 200 or 404
 * with HTML whose public-cache tags are known (collected in `page` while it rendered, or
 * remembered from the page's earlier answers) gets `Cache-Tag` and `Surrogate-Key`, and may be
 * kept by a proxy for `sharedSeconds` when a purge hook is configured (`purgeable`). Without a
 * purge hook, or without known tags, no proxy may keep the HTML: a retraction could not reach it.
 */
export function setPublicCacheHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  page: Set<string>,
  options: { purgeable: boolean; sharedSeconds: number },
): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) applyHeaders(this);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];

  const notKept = (response: ServerResponse) => {
    if (/s-maxage/.test(String(response.getHeader("cache-control") ?? "")))
      response.setHeader("cache-control", "public, max-age=0, must-revalidate");
  };

  function applyHeaders(response: ServerResponse) {
    const answered = (req.method === "GET" || req.method === "HEAD") && [200, 404].includes(response.statusCode);
    const tags = answered ? rememberPageTags(pageKey(req.url ?? "/"), page) : undefined;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    if (!html || !tags || response.hasHeader("set-cookie")) return notKept(response);
    for (const [name, value] of Object.entries(cacheTagHeaders(tags))) response.setHeader(name, value);
    response.setHeader(
      "cache-control",
      options.purgeable ? `public, max-age=0, s-maxage=${options.sharedSeconds}` : "public, max-age=0, must-revalidate",
    );
  }
}

// ------------------------------------------------------------------ purge hooks

export type PurgeHook =
  | { kind: "varnish"; url: string }
  | { kind: "webhook"; url: string; secret: string }
  | { kind: "cloudflare"; zone: string; token: string }
  | { kind: "fastly"; service: string; token: string };

/** One HTTP request of a purge. */
export type PurgeRequest = { method: string; url: string; headers: Record<string, string>; body?: string };

/** The remote APIs; tests point them at a local server. */
export const PURGE_API = { cloudflare: "https://api.cloudflare.com", fastly: "https://api.fastly.com" };

/** Tags per request: Cloudflare takes at most 30 tags per purge call, Fastly 256 keys. */
const BATCH = { varnish: 100, webhook: 500, cloudflare: 30, fastly: 256 } as const;

function batches(tags: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < tags.length; i += size) out.push(tags.slice(i, i + size));
  return out;
}

/**
 * The requests that purge `tags` at the hook:
 * - varnish: `PURGE /` with `xkey-purge: <tags>` (space separated), which the VCL in
 *   deploy/varnish/factdesk.vcl hands to the xkey vmod;
 * - webhook: a POST of `{"tags":[…]}` signed with HMAC-SHA256 over `<timestamp>.<body>` in
 *   `X-Factdesk-Signature: sha256=<hex>`, the timestamp (Unix seconds) in `X-Factdesk-Timestamp`
 *   (a receiver refuses old timestamps, so a captured request cannot be replayed later);
 * - cloudflare: `POST /client/v4/zones/<zone>/purge_cache` `{"tags":[…]}` with a bearer API token;
 * - fastly: `POST /service/<service>/purge` with `{"surrogate_keys":[…]}` and `Fastly-Key`.
 */
export function purgeRequests(hook: PurgeHook, tags: readonly string[], now = new Date()): PurgeRequest[] {
  const list = [...new Set(tags)].sort();
  if (list.length === 0) return [];
  return batches(list, BATCH[hook.kind]).map((batch): PurgeRequest => {
    switch (hook.kind) {
      case "varnish":
        return { method: "PURGE", url: new URL("/", hook.url).href, headers: { "xkey-purge": batch.join(" ") } };
      case "webhook": {
        const body = JSON.stringify({ tags: batch });
        const timestamp = String(Math.floor(now.getTime() / 1000));
        const signature = createHmac("sha256", hook.secret).update(`${timestamp}.${body}`).digest("hex");
        const headers = {
          "content-type": "application/json",
          "x-factdesk-timestamp": timestamp,
          "x-factdesk-signature": `sha256=${signature}`,
        };
        return { method: "POST", url: hook.url, headers, body };
      }
      case "cloudflare":
        return {
          method: "POST",
          url: `${PURGE_API.cloudflare}/client/v4/zones/${encodeURIComponent(hook.zone)}/purge_cache`,
          headers: { "content-type": "application/json", authorization: `Bearer ${hook.token}` },
          body: JSON.stringify({ tags: batch }),
        };
      case "fastly":
        return {
          method: "POST",
          url: `${PURGE_API.fastly}/service/${encodeURIComponent(hook.service)}/purge`,
          headers: { "content-type": "application/json", accept: "application/json", "fastly-key": hook.token },
          body: JSON.stringify({ surrogate_keys: batch }),
        };
    }
  });
}

/** Longest wait for the proxy to answer one purge request. */
export const PURGE_TIMEOUT_MS = 5000;

/** Sends the purge; throws with the proxy's answer unless every request succeeded (2xx). */
export async function purge(hook: PurgeHook, tags: readonly string[]): Promise<void> {
  for (const request of purgeRequests(hook, tags)) {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${hook.kind} purge answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  }
}

/**
 * The purge hook of a `CDN_PURGE` setting (`varnish:<url>`, `webhook:<url>`, `cloudflare:<zone id>`,
 * `fastly:<service id>`) and its secret (`CDN_PURGE_SECRET`: the webhook's HMAC key, or the
 * Cloudflare/Fastly API token). Throws a message naming the setting when it is malformed.
 */
export function parsePurgeHook(setting: string | undefined, secret: string | undefined): PurgeHook | null {
  if (!setting) return null;
  const colon = setting.indexOf(":");
  const kind = setting.slice(0, colon);
  const target = setting.slice(colon + 1);
  const url = () => {
    if (!/^https?:\/\/[^/]/.test(target)) throw new Error(`must be ${kind}:<http(s) URL>`);
    return new URL(target).href;
  };
  const needSecret = (what: string) => {
    if (!secret || secret.length < 16) throw new Error(`needs CDN_PURGE_SECRET (${what}, at least 16 characters)`);
    return secret;
  };
  switch (kind) {
    case "varnish":
      return { kind, url: url() };
    case "webhook":
      return { kind, url: url(), secret: needSecret("the key that signs the webhook's requests") };
    case "cloudflare":
      if (!/^[0-9a-f]{32}$/.test(target)) throw new Error("must be cloudflare:<zone id> (32 hexadecimal characters)");
      return { kind, zone: target, token: needSecret("a Cloudflare API token allowed to purge the zone") };
    case "fastly":
      if (!/^[A-Za-z0-9]{10,40}$/.test(target)) throw new Error("must be fastly:<service id>");
      return { kind, service: target, token: needSecret("a Fastly API token allowed to purge the service") };
    default:
      throw new Error("must start with varnish:, webhook:, cloudflare: or fastly:");
  }
}
