import { Badge } from "@/components/ui/Badge";
import type { SimilarClaim } from "@/lib/claims/similar";

const differenceLabel: Record<SimilarClaim["differences"][number], string> = {
  negation: "negation",
  direction: "direction of change",
  figure: "figure",
  year: "year",
  "place or name": "place or name",
};

/**
 * How a claim on file relates to the text being matched (lib/claims/similar.ts): "Likely the
 * same claim", or "Related", naming what differs when the wording is close but a figure, year,
 * place, negation or direction is not the same.
 */
export function MatchRelation({ claim }: { claim: Pick<SimilarClaim, "relation" | "differences" | "similarity"> }) {
  const score = `${Math.round(claim.similarity * 100)}% match`;
  if (claim.relation === "same") {
    return (
      <>
        <Badge tone="green">Likely the same claim</Badge>
        <span>{score}</span>
      </>
    );
  }
  return (
    <>
      <Badge>Related</Badge>
      <span>
        {claim.differences.length ? `different ${claim.differences.map((d) => differenceLabel[d]).join(", ")} · ` : ""}
        {score}
      </span>
    </>
  );
}
