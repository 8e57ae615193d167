import { errorResponse, jsonResponse, preflightResponse } from "@/lib/api/http";
import { getVerdictItem } from "@/lib/api/verdicts";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const item = id.length <= 64 ? await getVerdictItem(id) : null;
  if (!item) return errorResponse(request, 404, { code: "not_found", message: "No public verdict has this id." });
  return jsonResponse(request, item);
}

export function OPTIONS() {
  return preflightResponse();
}
