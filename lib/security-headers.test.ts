import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { request as httpRequest } from "node:http";
import compression from "compression";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySecurityHeaders, contentSecurityPolicy, inlineScripts, preferredEncoding } from "./security-headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = [
  '<!doctype html><html><head><script src="/_next/app.js"></script><script>self.__next_f=[]</script></head>',
  '<body><p>Hi</p><script>self.__next_f.push([1,"a"])</script>',
  '<script type="application/ld+json">{"@type":"ClaimReview"}</script></body></html>',
];

let server: Server;
let origin: string;
let https = false;
let version = 0;
const large = `<!doctype html><html><body>${"<p>A kept page, long enough to be worth compressing.</p>".repeat(60)}</body></html>`;

// As scripts/serve.ts: compression first, then the held page (here even for a small page).
const compress = compression({ threshold: 0 }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith("/gzip")) return compress(req, res, () => respond(req, res));
    respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

function respond(req: IncomingMessage, res: ServerResponse) {
  {
    applySecurityHeaders(req, res, { https, enforceScripts: true });
    if (req.url?.endsWith("/large")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600", vary: "rsc" });
      res.end(large);
      return;
    }
    if (req.url?.startsWith("/changing")) {
      // A cached page whose text changes (after a correction, say) without changing length.
      version += 1;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600" });
      res.end(`<!doctype html><html><body><p>version ${version}</p><script>self.__next_f=[${version}]</script></body></html>`);
      return;
    }
    if (req.url?.startsWith("/feed")) {
      res.writeHead(200, { "content-type": "application/xml" });
      res.end("<rss/>");
      return;
    }
    // Streamed in pieces, as Next.js does.
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "s-maxage=3600, stale-while-revalidate");
    res.write(page[0]);
    setTimeout(() => {
      res.write(Buffer.from(page[1]!));
      res.end(page[2]);
    }, 5);
  }
}
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("security headers (issue 16, item 14)", () => {
  it("finds inline scripts but not those with src", () => {
    expect(inlineScripts(page.join(""))).toEqual(["self.__next_f=[]", 'self.__next_f.push([1,"a"])', '{"@type":"ClaimReview"}']);
  });

  it("sends an HTML page whole, with a script policy of 'self' and its inline scripts' hashes (no nonce, no unsafe-inline), cache headers kept", async () => {
    https = false;
    const response = await fetch(`${origin}/verdicts/x`);
    expect(await response.text()).toBe(page.join(""));
    const policy = response.headers.get("content-security-policy")!;
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
    expect(scriptSrc).toBe(
      `script-src 'self' ${sha("self.__next_f=[]")} ${sha('self.__next_f.push([1,"a"])')} ${sha('{"@type":"ClaimReview"}')}`,
    );
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).not.toMatch(/nonce|upgrade-insecure-requests/);
    expect(response.headers.get("cache-control")).toBe("s-maxage=3600, stale-while-revalidate");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("lets any site frame the embeds, and adds HSTS and upgrade-insecure-requests when SITE_URL is https", async () => {
    https = true;
    const response = await fetch(`${origin}/embed/verdicts/x`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });

  it("gives a page an ETag of what is sent, and answers 304 without the body to a browser that has it", async () => {
    https = false;
    const first = await fetch(`${origin}/verdicts/x`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await fetch(`${origin}/verdicts/x`, { headers: { "if-none-match": `W/"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await fetch(`${origin}/verdicts/x`, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
  });

  it("never sends a kept page for another text of the same length", async () => {
    const first = await fetch(`${origin}/changing`);
    const second = await fetch(`${origin}/changing`);
    const [a, b] = [await first.text(), await second.text()];
    expect(a).toContain(`version ${version - 1}<`);
    expect(b).toContain(`version ${version}<`);
    expect(first.headers.get("etag")).not.toBe(second.headers.get("etag"));
    expect(first.headers.get("content-security-policy")).toContain(sha(`self.__next_f=[${version - 1}]`));
    expect(second.headers.get("content-security-policy")).toContain(sha(`self.__next_f=[${version}]`));
  });

  it("frames a compressed page (chunked), so that a proxy keeping the connection reads it whole", async () => {
    const { headers, body } = await new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(`${origin}/gzip/verdicts/x`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(headers["transfer-encoding"]).toBe("chunked");
    expect(gunzipSync(body).toString("utf8")).toBe(page.join(""));
  });

  it("sends a kept page compressed once, in the encoding the reader prefers, with its length", async () => {
    const get = (acceptEncoding: string, ifNoneMatch?: string) =>
      new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
        const headers = { "accept-encoding": acceptEncoding, ...(ifNoneMatch ? { "if-none-match": ifNoneMatch } : {}) };
        const req = httpRequest(`${origin}/gzip/large`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on("error", reject);
        req.end();
      });
    const brotli = await get("br;q=1, gzip;q=0.8");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(Number(brotli.headers["content-length"])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).toString("utf8")).toBe(large);
    expect(brotli.headers.vary).toBe("rsc, Accept-Encoding");
    expect(brotli.headers.etag).toMatch(/^W\/"/);
    const gzip = await get("gzip, deflate, br, zstd"); // a browser's: equal weights, in this order
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString("utf8")).toBe(large);
    const plain = await get("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(large);
    expect(plain.headers.vary).toBe("rsc, Accept-Encoding");
    // Its tag, weak or strong, names the page in every encoding.
    expect((await get("br", brotli.headers.etag)).status).toBe(304);
    expect((await get("identity", brotli.headers.etag)).status).toBe(304);
  });

  it("reads Accept-Encoding with its weights", () => {
    expect(preferredEncoding("gzip, deflate, br")).toBe("gzip");
    expect(preferredEncoding("br, gzip")).toBe("br");
    expect(preferredEncoding("gzip;q=0.5, br")).toBe("br");
    expect(preferredEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(preferredEncoding("*;q=0")).toBeNull();
    expect(preferredEncoding("identity")).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });

  it("gives other responses the policy without hashes, written as they come", async () => {
    https = false;
    const response = await fetch(`${origin}/feed.xml`);
    expect(await response.text()).toBe("<rss/>");
    expect(response.headers.get("content-type")).toBe("application/xml");
    expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy("/feed.xml", null, { https: false }));
  });
});
