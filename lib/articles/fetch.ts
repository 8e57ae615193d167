import "server-only";
import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { articleUrlProblem } from "@/lib/articles/url";
import { env } from "@/lib/env";

/**
 * Fetches a web page named by a reviewer, safely (server-side request forgery is the risk: a URL
 * typed into the workspace must not reach the desk's own network). Only http(s); every address a
 * name resolves to is checked by request-filtering-agent, which refuses private, loopback,
 * link-local and other reserved addresses at connection time (so DNS rebinding does not slip
 * through); redirects are followed by hand and each hop is checked again; the body is streamed
 * and cut off at a size limit; the whole fetch has a deadline; only HTML and plain text are read.
 */

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

export type FetchRefusal =
  | "invalid-url"
  | "scheme"
  | "private-address"
  | "not-found"
  | "unreachable"
  | "too-many-redirects"
  | "http-error"
  | "content-type"
  | "too-large"
  | "timeout";

/** A fetch that was refused or failed; `message` is written for the reviewer's form. */
export class ArticleFetchError extends Error {
  constructor(
    readonly reason: FetchRefusal,
    message: string,
  ) {
    super(message);
    this.name = "ArticleFetchError";
  }
}

export type FetchedPage = {
  /** The address the page was finally read from (after redirects). */
  url: string;
  /** "text/html", "application/xhtml+xml" or "text/plain" (or one of `accept`'s types). */
  contentType: string;
  body: string;
  /** 304: the page is unchanged since the validators sent (`conditional`); `body` is empty. */
  notModified: boolean;
  /** Validators for the next conditional request (monitoring keeps them per feed). */
  etag: string | null;
  lastModified: string | null;
};

export type FetchOptions = {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * FOR TESTS ONLY: exact `host:port` origins let through although private (local fixture
   * servers). Defaults to ARTICLE_FETCH_TEST_ALLOW_HOSTS (lib/env.ts), which deployments leave unset.
   */
  testAllowHosts?: readonly string[];
  /** Media types read, in place of HTML and plain text (feeds: XML and JSON). */
  accept?: readonly string[];
  /** Conditional GET: the validators of the last answer; an unchanged page comes back as `notModified`. */
  conditional?: { etag?: string | null; lastModified?: string | null };
};

const READABLE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];

// Agents that refuse private and reserved addresses (the default), and, for the test-only
// allowance, agents that admit them (meta addresses 0.0.0.0 and :: stay refused).
const guarded = { http: new RequestFilteringHttpAgent(), https: new RequestFilteringHttpsAgent() };
const allowed = {
  http: new RequestFilteringHttpAgent({ allowPrivateIPAddress: true }),
  https: new RequestFilteringHttpsAgent({ allowPrivateIPAddress: true }),
};

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} seconds` : `${(ms / 1000).toFixed(1)} seconds`);
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Parses and checks a URL typed by a reviewer: http(s) only. */
export function parseArticleUrl(input: string): URL {
  const problem = articleUrlProblem(input);
  if (problem) throw new ArticleFetchError(problem.reason, problem.message);
  return new URL(input.trim());
}

function originKey(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === "https:" ? "443" : "80")}`.toLowerCase();
}

export async function fetchArticlePage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const testAllowHosts = options.testAllowHosts ?? env().articleFetchTestAllowHosts;

  let url = parseArticleUrl(input);
  const deadline = Date.now() + timeoutMs;
  const timeoutMessage = `The site did not answer within ${seconds(timeoutMs)}.`;

  for (let hop = 0; ; hop++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new ArticleFetchError("timeout", timeoutMessage);
    const outcome = await requestOnce(url, {
      maxBytes,
      remainingMs: remaining,
      timeoutMessage,
      agents: testAllowHosts.includes(originKey(url)) ? allowed : guarded,
      accept: options.accept ?? READABLE_TYPES,
      conditional: options.conditional,
    });
    if (outcome.kind === "page") return outcome.page;
    if (hop >= maxRedirects) {
      throw new ArticleFetchError("too-many-redirects", `The site redirected more than ${maxRedirects} times; giving up.`);
    }
    let next: URL;
    try {
      next = new URL(outcome.location, url);
    } catch {
      throw new ArticleFetchError("invalid-url", "The site redirected to an address that is not valid.");
    }
    if (next.protocol !== "http:" && next.protocol !== "https:") {
      throw new ArticleFetchError("scheme", `The site redirected to a ${next.protocol} address; only http:// and https:// can be fetched.`);
    }
    url = next;
  }
}

type Outcome = { kind: "page"; page: FetchedPage } | { kind: "redirect"; location: string };

function requestOnce(
  url: URL,
  settings: {
    maxBytes: number;
    remainingMs: number;
    timeoutMessage: string;
    agents: typeof guarded;
    accept: readonly string[];
    conditional?: FetchOptions["conditional"];
  },
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: ArticleFetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const succeed = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    const transport = url.protocol === "https:" ? https : http;
    const request = transport.get(url, {
      agent: url.protocol === "https:" ? settings.agents.https : settings.agents.http,
      headers: {
        "User-Agent": "Factdesk article fetcher (fact-checking desk)",
        Accept: settings.accept.join(","),
        // Never compressed: a small compressed body cannot then expand past the size limit.
        "Accept-Encoding": "identity",
        ...(settings.conditional?.etag ? { "If-None-Match": settings.conditional.etag } : {}),
        ...(settings.conditional?.lastModified ? { "If-Modified-Since": settings.conditional.lastModified } : {}),
      },
    });
    const timer = setTimeout(() => fail(new ArticleFetchError("timeout", settings.timeoutMessage)), settings.remainingMs);

    request.on("error", (error) => fail(describeNetworkError(error, url)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        const location = response.headers.location;
        if (!location)
          return fail(new ArticleFetchError("http-error", `The site answered with a redirect (HTTP ${status}) but did not say where to.`));
        return succeed({ kind: "redirect", location });
      }
      const validators = {
        etag: headerValue(response.headers.etag),
        lastModified: headerValue(response.headers["last-modified"]),
      };
      if (status === 304 && settings.conditional) {
        response.resume();
        return succeed({ kind: "page", page: { url: url.toString(), contentType: "", body: "", notModified: true, ...validators } });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return fail(new ArticleFetchError("http-error", `The site answered with an error (HTTP ${status}) instead of the page.`));
      }

      const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!settings.accept.includes(contentType)) {
        response.resume();
        return fail(
          new ArticleFetchError(
            "content-type",
            `That address does not lead to a web page (the site sent ${contentType || "content of no stated type"}). Only HTML pages and plain text can be read; paste the text instead.`,
          ),
        );
      }
      const tooLarge = new ArticleFetchError(
        "too-large",
        `The page is larger than ${megabytes(settings.maxBytes)}; paste the article's text instead.`,
      );
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > settings.maxBytes) return fail(tooLarge);

      const chunks: Buffer[] = [];
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > settings.maxBytes) return fail(tooLarge);
        chunks.push(chunk);
      });
      response.on("error", (error) => fail(describeNetworkError(error, url)));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        succeed({
          kind: "page",
          page: {
            url: url.toString(),
            contentType,
            body: decode(bytes, response.headers["content-type"] ?? "", contentType),
            notModified: false,
            ...validators,
          },
        });
      });
    });
  });
}

function headerValue(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first.slice(0, 500) : null;
}

function describeNetworkError(error: Error & { code?: string }, url: URL): ArticleFetchError {
  if (/is not allowed\. Because,? It is (private|meta) IP address/i.test(error.message) || /denyIPAddressList/.test(error.message)) {
    return new ArticleFetchError(
      "private-address",
      `That address points to a private network, this computer or another reserved address (${url.hostname}); Factdesk only fetches pages from the public internet.`,
    );
  }
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") {
    return new ArticleFetchError("not-found", `No site answers to the name ${url.hostname}. Check the address for typing errors.`);
  }
  if (error.code === "ECONNREFUSED") return new ArticleFetchError("unreachable", `${url.host} refused the connection.`);
  if (error.code?.startsWith("ERR_TLS") || /certificate/i.test(error.message)) {
    return new ArticleFetchError("unreachable", `${url.host} has no valid security certificate, so its page cannot be trusted.`);
  }
  return new ArticleFetchError("unreachable", `The page could not be fetched from ${url.host} (${error.code ?? error.message}).`);
}

/** Text from the bytes: the charset the server names, else an HTML meta charset, else UTF-8. */
function decode(bytes: Buffer, header: string, contentType: string): string {
  let charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(header)?.[1];
  if (!charset && contentType !== "text/plain") {
    const head = bytes.subarray(0, 2048).toString("latin1");
    charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
