import { errorResponse, invalidParameters, jsonResponse, preflightResponse } from "@/lib/api/http";
import { listVerdictItems } from "@/lib/api/verdicts";
import { SEARCH_TIMEOUT_MESSAGE } from "@/lib/search/timeout";

export async function GET(request: Request) {
  const result = await listVerdictItems(new URL(request.url).searchParams);
  if (result.ok) return jsonResponse(request, result.body);
  if ("timedOut" in result) return errorResponse(request, 503, { code: "search_timeout", message: `q ${SEARCH_TIMEOUT_MESSAGE}` });
  return invalidParameters(request, result.problems);
}

export function OPTIONS() {
  return preflightResponse();
}
