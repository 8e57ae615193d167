import Link from "next/link";
import type { SimilarClaim } from "@/lib/claims/similar";
import { RatingBadge } from "./RatingBadge";

/** Published fact checks of similar claims (lib/search/related.ts), each with its rating. */
export function RelatedFactChecks({
  claims,
  heading,
  id,
}: {
  claims: (SimilarClaim & { verdict: NonNullable<SimilarClaim["verdict"]> })[];
  heading: string;
  id: string;
}) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="font-serif text-2xl font-bold text-slate-900">
        {heading}
      </h2>
      <ul className="mt-4 space-y-3">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <RatingBadge rating={claim.verdict.rating} />
            <p className="mt-2 font-serif text-lg leading-snug break-words text-slate-900">
              <Link href={`/verdicts/${claim.verdict.slug}`} className="underline underline-offset-4 hover:decoration-2">
                “<bdi>{claim.text}</bdi>”
              </Link>
            </p>
            {claim.relation === "same" ? <p className="mt-1 text-sm text-slate-600">Likely the same claim</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
