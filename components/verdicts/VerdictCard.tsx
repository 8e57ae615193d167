import Link from "next/link";
import { FormattedDate } from "@/components/ui/FormattedDate";
import type { PublishedVerdictSummary } from "@/lib/verdicts/queries";
import { RatingBadge } from "./RatingBadge";
import { ratingColor } from "./rating-color";

/** One published verdict in a list: rating, the claim as headline, claimant, conclusion, date. */
export function VerdictCard({ verdict, headingLevel = 2 }: { verdict: PublishedVerdictSummary; headingLevel?: 2 | 3 }) {
  const { claim, rating } = verdict;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      className="relative rounded-lg border border-l-4 border-slate-200 bg-white p-5 shadow-sm transition-shadow hover:shadow-md sm:p-6"
      style={{ borderLeftColor: ratingColor(rating?.color) }}
    >
      <RatingBadge rating={rating} />
      <Heading className="mt-3 font-serif text-xl leading-snug font-semibold text-slate-900 sm:text-2xl">
        {/* The headline link covers the whole card (after:inset-0) so the card is one target. */}
        <Link
          href={`/verdicts/${verdict.slug}`}
          className="after:absolute after:inset-0 after:content-[''] hover:underline hover:decoration-2 hover:underline-offset-4"
        >
          “<bdi>{claim.text}</bdi>”
        </Link>
      </Heading>
      {claim.claimant ? (
        <p className="mt-2 text-sm text-slate-600">
          Claimed by{" "}
          <span className="font-medium text-slate-800">
            <bdi>{claim.claimant.name}</bdi>
          </span>
        </p>
      ) : null}
      {verdict.conclusion ? <p className="mt-3 text-base leading-relaxed text-slate-700">{verdict.conclusion}</p> : null}
      {verdict.publishedAt ? (
        <p className="mt-4 text-sm text-slate-600">
          Published <FormattedDate date={verdict.publishedAt} />
        </p>
      ) : null}
    </article>
  );
}
