import { matchesEtag, strongEtag } from "@/lib/etag";
import type { ParameterProblem } from "@/lib/search/filters";
import type { ApiError } from "./schemas";

/** Public, read-only data: any site may read it from a browser. */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
} as const;

/** Shared caches may keep an answer a minute and serve it stale while they refresh it. */
export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/**
 * A JSON answer with a strong ETag (hash of the body); a request whose If-None-Match names it
 * gets 304 without the body.
 */
export function jsonResponse(request: Request, body: unknown, { status = 200, cacheControl = CACHE_CONTROL } = {}): Response {
  const text = JSON.stringify(body);
  const etag = strongEtag(text);
  const headers = { ...CORS_HEADERS, "Cache-Control": cacheControl, ETag: etag, Vary: "Accept-Encoding" };
  if (status === 200 && matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function errorResponse(request: Request, status: 400 | 404 | 503, error: ApiError["error"]): Response {
  return jsonResponse(request, { error }, { status, cacheControl: "no-store" });
}

export function invalidParameters(request: Request, problems: ParameterProblem[]): Response {
  return errorResponse(request, 400, {
    code: "invalid_parameter",
    message: problems.map((p) => `${p.param} ${p.message}`).join("; "),
    details: problems,
  });
}

/** CORS preflight (a browser sends one before a GET with If-None-Match). */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
