import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus, VerdictStatus } from "@/lib/generated/prisma/enums";
import { findCandidates } from "./matching/candidates";
import { describeCandidates } from "./matching/features";
import { featureVector, scoreRow, type MatchingModel } from "./matching/model";
import { analyseClaim, differences, type Difference } from "./matching/text";
import shipped from "./matching/weights.json";

export { candidateQueries } from "./matching/candidates";

/**
 * "same": likely the same claim (the score reaches the model's threshold and no figure, year,
 * name, negation or direction differs). "related": same topic, possibly a different claim.
 */
export type ClaimRelation = "same" | "related";

export type SimilarClaim = {
  id: string;
  text: string;
  status: ClaimStatus;
  /**
   * 0..1, calibrated: out of fold on the training data, about this share of candidates with
   * this score were the claim the text repeats (docs/decisions/015-claim-matching.md).
   */
  similarity: number;
  relation: ClaimRelation;
  /** Why a high-scoring claim is only related (empty for "same"). */
  differences: Difference[];
  claimant: { name: string } | null;
  /** The current verdict: the one not retracted, else the last retracted one. */
  verdict: { slug: string; status: VerdictStatus; rating: { label: string; color: string } | null } | null;
  /** A reopened claim's last retracted verdict (its current verdict is another, or none yet: then `verdict` is it). */
  retractedSlug: string | null;
};

export const matchingModel = shipped as MatchingModel;

/**
 * Claims on file that match `text`, best first: the one matcher for the desk (writing a claim,
 * accepting a suggestion), tipline triage and public search. Lexical candidates from the
 * full-text index (lib/claims/matching/candidates.ts) are re-ranked in Node by a logistic
 * regression over BM25, meaning-vector cosine, the verdict's conclusion as second field, shared
 * figures and names, and negation (lib/claims/matching/features.ts, weights in weights.json).
 * `onlyPublished` keeps claims whose verdict is published (for public pages).
 */
export async function findSimilarClaims(
  text: string,
  options: {
    limit?: number;
    excludeClaimId?: string;
    client?: PrismaClient;
    onlyPublished?: boolean;
    /** Keep candidates below the model's "related" threshold (a full ranking, as the CLI prints). */
    keepLowScores?: boolean;
    model?: MatchingModel;
  } = {},
): Promise<SimilarClaim[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 5), 1), 50);
  const model = options.model ?? matchingModel;
  const { query, candidates } = await findCandidates(text, {
    client: options.client ?? db,
    excludeClaimId: options.excludeClaimId,
    onlyPublished: options.onlyPublished,
  });
  if (candidates.length === 0) return [];
  const queryAnalysis = analyseClaim(query.text);
  return describeCandidates(query, candidates, queryAnalysis, model.features)
    .map((row) => ({ row, score: scoreRow(model, featureVector(row, model.features)) }))
    .filter(({ score }) => options.keepLowScores || score >= model.relatedThreshold)
    .sort((a, b) => b.score - a.score || a.row.candidate.id.localeCompare(b.row.candidate.id))
    .slice(0, limit)
    .map(({ row, score }) => {
      const found = differences(queryAnalysis, row.analysis);
      const { candidate } = row;
      return {
        id: candidate.id,
        text: candidate.text,
        status: candidate.status,
        similarity: score,
        relation: score >= model.sameThreshold && found.length === 0 ? "same" : "related",
        differences: found,
        claimant: candidate.claimantName === null ? null : { name: candidate.claimantName },
        verdict: candidate.verdict,
        retractedSlug: candidate.retractedSlug,
      };
    });
}
