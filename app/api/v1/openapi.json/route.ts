import { jsonResponse, preflightResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument({ siteUrl: env().siteUrl, orgName: env().orgName }));
}

export function OPTIONS() {
  return preflightResponse();
}
