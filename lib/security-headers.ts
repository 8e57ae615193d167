import { createHash } from "node:crypto";
import Negotiator from "negotiator";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import type { IncomingMessage, ServerResponse } from "node:http";
import { matchesEtag, strongEtag } from "@/lib/etag";
import { leanHtml, loadsFile, scriptElements } from "@/lib/script-free";

/**
 * Security headers of every response, set by the web server (scripts/serve.ts) because some
 * depend on the running configuration (SITE_URL), which next.config.js's headers() cannot see (it
 * is read at build time). See docs/decisions/017-security-headers.md.
 *
 * The Content-Security-Policy allows scripts from the site itself and inline scripts by their
 * SHA-256 hash only: no nonce, so that cached public pages (decision 004) stay byte-for-byte
 * cacheable. Next.js writes its page data as inline scripts, different on every page, so the
 * hashes are taken from each HTML response as it is sent: HTML responses are held until complete.
 * Held, a page that reads without scripts also loses Next.js's before it is sent (lib/script-free.ts),
 * and gets an ETag of what is sent.
 */

export type SecuritySettings = { https: boolean };

/** Inline `<script>` elements (without src) of an HTML document: their text, as hashed by browsers. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(scriptElements())) {
    if (loadsFile(match[1] ?? "")) continue;
    scripts.push(match[2] ?? "");
  }
  return scripts;
}

/** The policy for a response; `html` gives the inline scripts to allow by hash. */
export function contentSecurityPolicy(path: string, html: string | null, settings: SecuritySettings): string {
  const hashes = [
    ...new Set((html ? inlineScripts(html) : []).map((text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`)),
  ];
  const embed = path.startsWith("/embed/");
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(" ")}`.trim(),
    // React and Next.js write style attributes and <style> elements; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Embeds are made to be framed by any site; nothing else may be (clickjacking).
    `frame-ancestors ${embed ? "*" : "'self'"}`,
    ...(settings.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers that do not depend on the response's body. */
export function staticSecurityHeaders(path: string, settings: SecuritySettings): Record<string, string> {
  return {
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(path.startsWith("/embed/") ? {} : { "X-Frame-Options": "SAMEORIGIN" }),
    ...(settings.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/**
 * Sets the security headers on `res`. HTML responses are held until complete, then sent with a
 * policy that lists the hashes of their inline scripts; everything else streams as before.
 * `enforceScripts` false (next dev, whose client evaluates code) leaves the policy out.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  settings: SecuritySettings & { enforceScripts: boolean },
): void {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  for (const [name, value] of Object.entries(staticSecurityHeaders(path, settings))) res.setHeader(name, value);
  if (!settings.enforceScripts) return;

  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let held: Buffer[] | null = null; // set once the response turns out to be HTML
  let decided = false;
  let headArgs: unknown[] | null = null;

  const decide = () => {
    if (decided) return;
    decided = true;
    // writeHead may carry the content type; apply its headers first so that it can be read.
    if (headArgs) {
      const headers = headArgs.find((arg) => arg && typeof arg === "object") as Record<string, string | string[]> | undefined;
      if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    }
    const type = String(res.getHeader("content-type") ?? "");
    if (type.startsWith("text/html") && req.method !== "HEAD") {
      held = [];
    } else {
      res.setHeader("Content-Security-Policy", contentSecurityPolicy(path, null, settings));
      flushHead();
    }
  };
  const flushHead = () => {
    passThrough = true;
    if (headArgs) {
      const status = headArgs[0] as number;
      const message = typeof headArgs[1] === "string" ? headArgs[1] : undefined;
      const writeHead = original.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse;
      if (message) writeHead.call(res, status, message);
      else writeHead.call(res, status);
      headArgs = null;
    }
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");

  let passThrough = false; // once the head may go out (Node's own implicit writeHead included)
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (passThrough) return (original.writeHead as (...a: unknown[]) => ServerResponse).apply(res, args);
    headArgs = args;
    return this;
  } as typeof res.writeHead;

  res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (!held) return original.write.call(res, chunk as never, encoding as never, callback as never);
    held.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => (done as () => void)());
    return true;
  } as typeof res.write;

  res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    decide();
    if (!held) return original.end.call(res, chunk as never, encoding as never, callback as never);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") held.push(toBuffer(chunk, encoding));
    // Next.js marks the pages of its page cache "s-maxage=…" (lib/cdn.ts rewrites that later).
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    const shared = /\b(public|s-maxage)\b/.test(cacheControl) && !/\bprivate\b/.test(cacheControl);
    const finished = finishedPage(Buffer.concat(held), path, settings, shared);
    res.setHeader("Content-Security-Policy", finished.policy);
    // The page goes out whole, with its length (or compressed, chunked by Node.js): a streaming
    // header set before would contradict it. Only when set: removing it otherwise would stop
    // Node.js from chunking a compressed page, which then had no length at all.
    if (res.hasHeader("transfer-encoding")) res.removeHeader("transfer-encoding");
    const done = typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback;
    // A kept page is also kept compressed, in the encoding the reader prefers; other pages are
    // compressed by scripts/serve.ts as they are sent.
    const { encoded } = finished;
    const coding = encoded && req.method !== "HEAD" ? preferredEncoding(req.headers["accept-encoding"]) : null;
    const body = encoded && coding ? encodedBody(encoded, finished.body, coding) : finished.body;
    if (encoded) varyByEncoding(res);
    // A browser that has this page already gets 304 (a compressed copy's tag is weak, as it
    // names the same page in another encoding).
    if (((headArgs?.[0] as number | undefined) ?? res.statusCode) === 200) {
      res.setHeader("ETag", coding ? `W/${finished.etag}` : finished.etag);
      if (matchesEtag(req.headers["if-none-match"], finished.etag)) {
        headArgs = [304];
        res.statusCode = 304;
        flushHead();
        return original.end.call(res, undefined as never, done as never);
      }
    }
    if (coding) res.setHeader("Content-Encoding", coding);
    res.setHeader("Content-Length", body.length);
    flushHead();
    return original.end.call(res, body, done as never);
  } as typeof res.end;
}

type Encoding = "br" | "gzip";
/** `encoded`: the kept page's compressed copies, made on first request (kept pages only). */
type FinishedPage = { body: Buffer; policy: string; etag: string; encoded?: Partial<Record<Encoding, Buffer>> };

/** Pages smaller than this go out as they are (compressing them saves less than it costs). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * What is sent for an HTML page: without Next.js's scripts when it reads without them
 * (lib/script-free.ts), its script policy, and the ETag of what is sent (next.config.js turns
 * Next.js's off: it hashed every page in JavaScript, a fifth of the time a cached page took).
 */
function finishPage(raw: Buffer, path: string, settings: SecuritySettings): FinishedPage {
  const html = leanHtml(raw.toString("utf8"));
  const body = Buffer.from(html, "utf8");
  return { body, policy: contentSecurityPolicy(path, html, settings), etag: strongEtag(body) };
}

/**
 * Public pages come from the page cache: the same bytes for every reader until a change, so the
 * work above is done once per page and kept for the most recent few hundred (a third of a cached
 * page's serving time otherwise). A page is found again by its length and then compared whole
 * (a byte comparison takes microseconds; even hashing the bytes cost a tenth of the time). Two
 * pages of the same length take each other's place, which costs only the work. Private pages are
 * never kept.
 */
const finishedPages = new Map<string, { raw: Buffer; finished: FinishedPage }>();
const FINISHED_PAGES_KEPT = 200;

function finishedPage(raw: Buffer, path: string, settings: SecuritySettings, shared: boolean): FinishedPage {
  if (!shared) return finishPage(raw, path, settings);
  // The policy also depends on whether the page is an embed, and on https.
  const key = `${raw.length} ${path.startsWith("/embed/")} ${settings.https}`;
  const kept = finishedPages.get(key);
  if (kept?.raw.equals(raw)) {
    finishedPages.delete(key); // most recently used last
    finishedPages.set(key, kept);
    return kept.finished;
  }
  const finished = finishPage(raw, path, settings);
  if (finished.body.length >= COMPRESS_FROM_BYTES) finished.encoded = {};
  finishedPages.delete(key);
  finishedPages.set(key, { raw, finished });
  if (finishedPages.size > FINISHED_PAGES_KEPT) finishedPages.delete(finishedPages.keys().next().value!);
  return finished;
}

/** Of the encodings kept (Brotli, gzip), the one the reader prefers (Accept-Encoding: weights, then order). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const best = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encoding(["br", "gzip", "identity"]);
  return best === "br" || best === "gzip" ? best : null;
}

function encodedBody(encoded: Partial<Record<Encoding, Buffer>>, body: Buffer, coding: Encoding): Buffer {
  // Once per kept page: Brotli at a quality that a per-request compressor could not afford.
  encoded[coding] ??=
    coding === "br" ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 });
  return encoded[coding];
}

function varyByEncoding(res: ServerResponse) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}
