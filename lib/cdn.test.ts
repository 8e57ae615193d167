import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PURGE_API, cacheTagHeaders, parsePurgeHook, purge, purgeRequests, setPublicCacheHeaders } from "./cdn";

// The purge requests' formats, sent to a local HTTP server standing in for Cloudflare's and
// Fastly's APIs and for a webhook receiver (Varnish's is tested with a real Varnish:
// e2e/cdn.spec.ts).

type Received = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
let server: Server;
let base: string;
const received: Received[] = [];
let answer = 200;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(answer, { "content-type": "application/json" }).end(JSON.stringify({ success: answer === 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  PURGE_API.cloudflare = base;
  PURGE_API.fastly = base;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  answer = 200;
});

const manyTags = Array.from({ length: 31 }, (_, i) => `verdict:v${String(i).padStart(2, "0")}`);

describe("purge hooks", () => {
  it("Cloudflare: purge_cache by tags with a bearer token, at most 30 tags per request", async () => {
    const zone = "0123456789abcdef0123456789abcdef";
    await purge(parsePurgeHook(`cloudflare:${zone}`, "cf-token-0123456789")!, manyTags);
    expect(received.map((r) => [r.method, r.url])).toEqual([
      ["POST", `/client/v4/zones/${zone}/purge_cache`],
      ["POST", `/client/v4/zones/${zone}/purge_cache`],
    ]);
    expect(received[0]!.headers.authorization).toBe("Bearer cf-token-0123456789");
    expect(received[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(received[0]!.body)).toEqual({ tags: manyTags.slice(0, 30) });
    expect(JSON.parse(received[1]!.body)).toEqual({ tags: manyTags.slice(30) });
  });

  it("Fastly: surrogate-key purge of the service with the API token in Fastly-Key", async () => {
    await purge(parsePurgeHook("fastly:SU1Z0isxPaozGVKXdv0eY", "fastly-token-0123456789")!, ["verdicts", "verdict:v1"]);
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe("POST");
    expect(received[0]!.url).toBe("/service/SU1Z0isxPaozGVKXdv0eY/purge");
    expect(received[0]!.headers["fastly-key"]).toBe("fastly-token-0123456789");
    expect(JSON.parse(received[0]!.body)).toEqual({ surrogate_keys: ["verdict:v1", "verdicts"] });
  });

  it("webhook: a POST of the tags signed with HMAC-SHA256 over the timestamp and the body", async () => {
    const secret = "a-webhook-secret-of-some-length";
    await purge(parsePurgeHook(`webhook:${base}/purge`, secret)!, ["ratings"]);
    const [request] = received;
    expect(request!.url).toBe("/purge");
    expect(JSON.parse(request!.body)).toEqual({ tags: ["ratings"] });
    const timestamp = request!.headers["x-factdesk-timestamp"] as string;
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const expected = createHmac("sha256", secret).update(`${timestamp}.${request!.body}`).digest("hex");
    expect(request!.headers["x-factdesk-signature"]).toBe(`sha256=${expected}`);
    // Another key gives another signature: a receiver can tell a forged request.
    expect(createHmac("sha256", "another-secret-entirely").update(`${timestamp}.${request!.body}`).digest("hex")).not.toBe(expected);
  });

  it("varnish: PURGE with the tags in xkey-purge", () => {
    expect(purgeRequests({ kind: "varnish", url: "http://127.0.0.1:6081" }, ["verdicts", "verdict:v1"])).toEqual([
      { method: "PURGE", url: "http://127.0.0.1:6081/", headers: { "xkey-purge": "verdict:v1 verdicts" } },
    ]);
  });

  it("fails with the CDN's answer when it refuses, and sends nothing for no tags", async () => {
    answer = 403;
    await expect(purge(parsePurgeHook("fastly:SU1Z0isxPaozGVKXdv0eY", "fastly-token-0123456789")!, ["verdicts"])).rejects.toThrow(
      /fastly purge answered 403/,
    );
    received.length = 0;
    await purge({ kind: "varnish", url: base }, []);
    expect(received).toHaveLength(0);
  });

  it("are configured by CDN_PURGE and CDN_PURGE_SECRET, and malformed settings are named", () => {
    expect(parsePurgeHook(undefined, undefined)).toBeNull();
    expect(parsePurgeHook("varnish:http://10.0.0.5:6081", undefined)).toEqual({ kind: "varnish", url: "http://10.0.0.5:6081/" });
    expect(() => parsePurgeHook("webhook:https://cdn.example/purge", undefined)).toThrow(/CDN_PURGE_SECRET/);
    expect(() => parsePurgeHook("cloudflare:example.org", "cf-token-0123456789")).toThrow(/zone id/);
    expect(() => parsePurgeHook("akamai:x", "secret-0123456789abc")).toThrow(/must start with/);
    expect(() => parsePurgeHook("varnish:not-a-url", undefined)).toThrow(/URL/);
  });
});

describe("cache headers of public HTML", () => {
  /** One response of a tiny server that answers like Next.js would, with `tags` collected during it. */
  async function respond(
    path: string,
    {
      tags = [],
      type = "text/html; charset=utf-8",
      cacheControl = "s-maxage=3600, stale-while-revalidate",
    }: { tags?: string[]; type?: string; cacheControl?: string } = {},
    purgeable = true,
  ) {
    const app = createServer((req: IncomingMessage, res: ServerResponse) => {
      const page = new Set<string>(tags);
      setPublicCacheHeaders(req, res, page, { purgeable, sharedSeconds: 3600 });
      res.setHeader("content-type", type);
      res.setHeader("cache-control", cacheControl);
      res.end("<html></html>");
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}${path}`);
      return response.headers;
    } finally {
      await new Promise<void>((resolve) => app.close(() => resolve()));
    }
  }

  it("name the page's tags and let a proxy keep it when a purge hook is configured", async () => {
    const headers = await respond("/verdicts/a", { tags: ["verdict:v1", "verdicts", "ratings"] });
    expect(headers.get("cache-tag")).toBe("ratings,verdict:v1,verdicts");
    expect(headers.get("surrogate-key")).toBe("ratings verdict:v1 verdicts");
    expect(headers.get("cache-control")).toBe("public, max-age=0, s-maxage=3600");
  });

  it("keep the tags of a page's last render for answers served from Next's page cache", async () => {
    await respond("/verdicts/b", { tags: ["verdict:v2", "verdicts"] });
    const fromPageCache = await respond("/verdicts/b");
    expect(fromPageCache.get("surrogate-key")).toBe("verdict:v2 verdicts");
  });

  it("never let a proxy keep HTML without tags, nor any HTML without a purge hook", async () => {
    const untagged = await respond("/never-rendered");
    expect(untagged.get("surrogate-key")).toBeNull();
    expect(untagged.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const noHook = await respond("/verdicts/c", { tags: ["verdict:v3"] }, false);
    expect(noHook.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const flight = await respond("/verdicts/c?_rsc=1", { tags: ["verdict:v3"], type: "text/x-component" });
    expect(flight.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("join what a page's answers collected, also when a client navigation (RSC) rendered it", async () => {
    await respond("/verdicts/d?_rsc=abc", { tags: ["verdict:v4", "sources"], type: "text/x-component" });
    const html = await respond("/verdicts/d", { tags: ["verdicts"] });
    expect(html.get("surrogate-key")).toBe("sources verdict:v4 verdicts");
  });

  it("give Cloudflare and Fastly the same tags", () => {
    expect(cacheTagHeaders(["b", "a", "b"])).toEqual({ "Cache-Tag": "a,b", "Surrogate-Key": "a b" });
  });
});
