import "server-only";
import { findSimilarClaims, type SimilarClaim } from "@/lib/claims/similar";
import { searchDb } from "@/lib/db";

/**
 * Published fact checks of claims like `text`, by the claim matcher (lib/claims/similar.ts): the
 * verdict page's "Related fact checks" and public search's suggestions when words find nothing.
 * Runs on the search connections (statement timeout), like every public search.
 */
export async function findRelatedFactChecks(
  text: string,
  options: { excludeClaimId?: string; limit?: number } = {},
): Promise<(SimilarClaim & { verdict: NonNullable<SimilarClaim["verdict"]> })[]> {
  const claims = await findSimilarClaims(text, {
    client: searchDb,
    onlyPublished: true,
    excludeClaimId: options.excludeClaimId,
    limit: options.limit ?? 3,
  });
  return claims.filter(
    (claim): claim is SimilarClaim & { verdict: NonNullable<SimilarClaim["verdict"]> } => claim.verdict?.status === "PUBLISHED",
  );
}
