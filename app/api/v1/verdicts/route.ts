import { invalidParameters, jsonResponse, preflightResponse } from "@/lib/api/http";
import { listVerdictItems } from "@/lib/api/verdicts";

export async function GET(request: Request) {
  const result = await listVerdictItems(new URL(request.url).searchParams);
  return result.ok ? jsonResponse(request, result.body) : invalidParameters(request, result.problems);
}

export function OPTIONS() {
  return preflightResponse();
}
