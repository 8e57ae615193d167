import { z } from "zod";
import { suggestFilterNames } from "@/lib/search/search-page";
import { isStatementTimeout } from "@/lib/search/timeout";

/**
 * Names for the search form's claimant and source fields as one types (their datalist):
 * GET /search/suggestions?field=claimant&q=hal → { "names": ["Piet Haldane"] }. Public data only
 * (claimants and publishers with published fact checks). Not part of the versioned API.
 */
const querySchema = z.object({
  field: z.enum(["claimant", "source"]),
  q: z.string().trim().min(2).max(100),
});

export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ names: [] }, { status: 400, headers: { "Cache-Control": "no-store" } });
  const { field, q } = parsed.data;
  try {
    const names = await suggestFilterNames(field, q);
    return Response.json({ names }, { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    if (!isStatementTimeout(error)) throw error;
    return Response.json({ names: [] }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
